// What "Deliver a new message" drops into the console's INBOX: first the reference's recorded new
// mail (test/fixtures/reference/messages/4-delivered.eml, which content/console passes in as
// words), then numbered arrivals, written by the lab's own deliveredMessage (lib/simulator/delivery.ts)
// with the console's sender and dates.
import { deliveredMessage, type DeliveryHouse } from '@/lib/simulator/delivery'

/** The console's numbered arrivals: Erin writes to Alice, a second apart after the first one. */
export const CONSOLE_DELIVERIES: DeliveryHouse = {
  from: 'Erin Example <erin@example.com>',
  to: () => 'Alice Example <alice@example.org>',
  noun: 'arrival',
  date: (n) => new Date(Date.UTC(2023, 10, 14, 22, 13, 24 + n)).toUTCString().replace('GMT', '+0000'),
  messageId: (n) => `<delivery${n}@example.com>`,
  body: (n) => `Delivered by the console (delivery number ${n}).`,
  lineEnd: '\n',
}

/** The nth delivery (from 1) for `user`. */
export function consoleDelivery(n: number, first: string, user = 'alice'): string {
  return n <= 1 ? first : deliveredMessage(user, n, {}, CONSOLE_DELIVERIES)
}
