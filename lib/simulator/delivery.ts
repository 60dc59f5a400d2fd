// New mail arriving from outside (as SMTP and a delivery agent would put it in the INBOX):
// deterministic RFC 5322 text, so both lanes receive byte-identical messages.

export interface DeliveryInput {
  subject?: string
  from?: string
  body?: string
}

/** The nth delivered message (from 1) for `user`; the date ticks one minute per delivery. */
export function deliveredMessage(user: string, n: number, input: DeliveryInput): string {
  const minute = String(n % 60).padStart(2, '0')
  const from = input.from ?? 'Dana Example <dana@example.net>'
  return [
    `From: ${from}`,
    `To: ${user} <${user}@example.org>`,
    `Subject: ${input.subject ?? `New message ${n}`}`,
    `Date: Wed, 15 Nov 2023 09:${minute}:00 +0000`,
    `Message-ID: <delivered-${n}.${user}@example.net>`,
    '',
    input.body ?? `This message arrived while you were looking (delivery ${n}).`,
    '',
  ].join('\r\n')
}
