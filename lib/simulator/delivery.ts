// New mail arriving from outside (as SMTP and a delivery agent would put it in the INBOX):
// deterministic RFC 5322 text, so both lanes receive byte-identical messages. Every numbered
// delivery, the lab's and the console's, is written and its subject numbered here and nowhere
// else; each world only says who sends it and how its headers read (its DeliveryHouse).

import type { SimAction } from './actions'

export interface DeliveryInput {
  subject?: string
  from?: string
  body?: string
}

/** Who sends a world's numbered deliveries, and how their headers and body read. */
export interface DeliveryHouse {
  from: string
  to: (user: string) => string
  /** What an unnamed delivery is called: "message" gives "New message 2". */
  noun: string
  date: (n: number) => string
  messageId: (n: number, user: string) => string
  body: (n: number) => string
  /** CRLF as on the wire; the console's words keep the reference's bare LF (the store normalizes). */
  lineEnd: '\r\n' | '\n'
}

/** The lab's deliveries: Dana writes, the date ticks one minute per delivery. */
export const LAB_DELIVERIES: DeliveryHouse = {
  from: 'Dana Example <dana@example.net>',
  to: (user) => `${user} <${user}@example.org>`,
  noun: 'message',
  date: (n) => `Wed, 15 Nov 2023 09:${String(n % 60).padStart(2, '0')}:00 +0000`,
  messageId: (n, user) => `<delivered-${n}.${user}@example.net>`,
  body: (n) => `This message arrived while you were looking (delivery ${n}).`,
  lineEnd: '\r\n',
}

/** The subject of the nth unnamed delivery (from 1). */
export function deliverySubject(n: number, house: DeliveryHouse = LAB_DELIVERIES): string {
  return `New ${house.noun} ${n}`
}

/**
 * The subject the learner's next free-play delivery gets: numbered by the learner's own
 * deliveries (`extra`, the actions after the scenario's), so a scenario's named deliveries do not
 * count. The view carries it (SimulationView.nextDeliverySubject) for the free-play button.
 */
export function nextDeliverySubject(extra: readonly SimAction[]): string {
  return deliverySubject(extra.filter((action) => action.type === 'mail.deliver').length + 1)
}

/** The nth delivered message (from 1) for `user`, as `house` writes it; `input` names what it sets. */
export function deliveredMessage(user: string, n: number, input: DeliveryInput, house: DeliveryHouse = LAB_DELIVERIES): string {
  return [
    `From: ${input.from ?? house.from}`,
    `To: ${house.to(user)}`,
    `Subject: ${input.subject ?? deliverySubject(n, house)}`,
    `Date: ${house.date(n)}`,
    `Message-ID: ${house.messageId(n, user)}`,
    '',
    input.body ?? house.body(n),
    '',
  ].join(house.lineEnd)
}
