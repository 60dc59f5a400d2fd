// The benchmark-only `messages` URL parameter (docs/lab.md): how many messages the first mailbox
// is topped up to (lib/simulator withMessageCount). Plain parsing, light enough for the first paint.

const MAX_MESSAGES = 200

/** The benchmark's `messages` parameter: a whole number from 1 to 200, else none. */
export function parseMessagesParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('messages')
  if (raw === null || !/^\d{1,3}$/.test(raw.trim())) return null
  const n = Number(raw.trim())
  return n >= 1 && n <= MAX_MESSAGES ? n : null
}
