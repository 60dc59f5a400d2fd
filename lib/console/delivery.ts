// What "Deliver a new message" drops into the console's INBOX: first the reference's recorded new
// mail (test/fixtures/reference/messages/4-delivered.eml, which content/console passes in as
// words), then numbered arrivals. The console numbers its deliveries here and nowhere else; the
// lab's deliveries are a different sequence, named in lib/simulator/delivery.ts.

/** The nth delivery (from 1). Dates count on from the first one, a second per delivery. */
export function consoleDelivery(n: number, first: string): string {
  if (n <= 1) return first
  const date = new Date(Date.UTC(2023, 10, 14, 22, 13, 24 + n)).toUTCString().replace('GMT', '+0000')
  return [
    'From: Erin Example <erin@example.com>',
    'To: Alice Example <alice@example.org>',
    `Subject: New arrival ${n}`,
    `Date: ${date}`,
    `Message-ID: <delivery${n}@example.com>`,
    '',
    `Delivered by the console (delivery number ${n}).`,
    '',
  ].join('\n')
}
