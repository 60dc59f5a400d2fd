// The mail in the scenarios: short, realistic messages with fixed dates, so every run of a
// scenario produces the same bytes on the wire.

import type { MessageInput } from '@/lib/protocols'

interface Email {
  from: string
  to?: string
  subject: string
  /** Minutes after 08:00 UTC on Monday 13 November 2023. */
  minute: number
  id: string
  body: string
}

function email({ from, to = 'Alice Example <alice@example.org>', subject, minute, id, body }: Email): MessageInput {
  const date = new Date(Date.UTC(2023, 10, 13, 8, minute))
  const hh = String(date.getUTCHours()).padStart(2, '0')
  const mm = String(date.getUTCMinutes()).padStart(2, '0')
  return {
    raw: [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: Mon, 13 Nov 2023 ${hh}:${mm}:00 +0000`, `Message-ID: <${id}@example.org>`, '', body, ''].join('\r\n'),
    internalDate: date,
  }
}

export const LUNCH = email({
  from: 'Bob Martin <bob@example.org>',
  subject: 'Lunch?',
  minute: 5,
  id: 'lunch-1105',
  body: 'Hi Alice,\r\nAre you free for lunch on Thursday? The noodle place on Elm Street finally opened.\r\nBob',
})

export const TICKETS = email({
  from: 'City Rail <tickets@rail.example.com>',
  subject: 'Your train tickets',
  minute: 20,
  id: 'tickets-8841',
  body: 'Booking 8841: Saturday 18 November, 09:12 to the coast, coach C, seat 42.\r\nShow this email on board.',
})

export const PHOTOS = email({
  from: 'Carol Diaz <carol@example.net>',
  subject: 'Photos from Saturday',
  minute: 47,
  id: 'photos-sat',
  body: 'Here are the photos from the picnic. The one with the kite is my favourite!\r\n' + '[photo album link]\r\n'.repeat(3) + 'Carol',
})

export const INVOICE = email({
  from: 'Studio Nine <billing@studionine.example.com>',
  subject: 'Invoice 2023-114',
  minute: 62,
  id: 'invoice-114',
  body: 'Dear Alice,\r\nplease find the details of invoice 2023-114 below.\r\n' + 'Design work, 1 day ........ 480.00 EUR\r\n'.repeat(6) + 'Total due by 30 November.',
})

export const NEWSLETTER = email({
  from: 'Garden Club <news@gardenclub.example.org>',
  subject: 'November newsletter',
  minute: 95,
  id: 'newsletter-nov',
  body: 'Bulbs to plant now, a frost calendar and the winter meeting dates.\r\n' + 'Tip: mulch before the first frost.\r\n'.repeat(8),
})

export const BUDGET = email({
  from: 'Dana Okafor <dana@work.example.com>',
  to: 'Alice Example <alice@work.example.com>',
  subject: 'Budget review moved',
  minute: 10,
  id: 'budget-review',
  body: 'The budget review is now on Wednesday at 14:00, room 3.\r\nDana',
})

export const OFFSITE = email({
  from: 'Team Lead <lead@work.example.com>',
  to: 'Alice Example <alice@work.example.com>',
  subject: 'Team offsite agenda',
  minute: 33,
  id: 'offsite-agenda',
  body: 'Agenda for Friday: roadmap in the morning, hike in the afternoon. Bring boots.',
})

export const ALICE = { name: 'alice', password: 'secret' }
export const WORK = { name: 'work', password: 'secret' }

/** The inbox most scenarios start from. */
export const STARTER_INBOX = [LUNCH, TICKETS, PHOTOS]
