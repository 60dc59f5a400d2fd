// New mail arriving from outside (as SMTP and a delivery agent would put it in the INBOX):
// deterministic RFC 5322 text, so both lanes receive byte-identical messages. The subject of a
// delivery nobody named ("New message 2") is decided here and nowhere else.

import type { SimAction } from './actions'

export interface DeliveryInput {
  subject?: string
  from?: string
  body?: string
}

/** The subject of the nth unnamed delivery (from 1). */
export function deliverySubject(n: number): string {
  return `New message ${n}`
}

/**
 * The subject the learner's next free-play delivery gets: numbered by the learner's own
 * deliveries (`extra`, the actions after the scenario's), so a scenario's named deliveries do not
 * count. The view carries it (SimulationView.nextDeliverySubject) for the free-play button.
 */
export function nextDeliverySubject(extra: readonly SimAction[]): string {
  return deliverySubject(extra.filter((action) => action.type === 'mail.deliver').length + 1)
}

/** The nth delivered message (from 1) for `user`; the date ticks one minute per delivery. */
export function deliveredMessage(user: string, n: number, input: DeliveryInput): string {
  const minute = String(n % 60).padStart(2, '0')
  const from = input.from ?? 'Dana Example <dana@example.net>'
  return [
    `From: ${from}`,
    `To: ${user} <${user}@example.org>`,
    `Subject: ${input.subject ?? deliverySubject(n)}`,
    `Date: Wed, 15 Nov 2023 09:${minute}:00 +0000`,
    `Message-ID: <delivered-${n}.${user}@example.net>`,
    '',
    input.body ?? `This message arrived while you were looking (delivery ${n}).`,
    '',
  ].join('\r\n')
}
