// One factual sentence per lane for the live region: which device did what on the wire, or
// why it could not. Built from the exchanges of the unit, so it never disagrees with them.

import type { LaneFrame } from './capture'
import type { Exchange } from './exchange'
import { DEVICE_LABELS, RELAY_LABEL } from './view'

const NOTICES: Record<string, string> = {
  offline: 'is offline and cannot reach the server',
  'not-available-offline': 'cannot open that message offline: its body was never downloaded',
  'unknown-message': 'does not have that message',
  'no-such-device': 'is not part of this world',
  'queued-offline': 'is offline: the message waits in its Outbox until the device is back online',
  'send-refused': 'could not send: the server refused the message, so it stays in the Outbox',
  'relay-refused': 'could not hand over the message: our server refused it at SMTP time, and the sender gets a bounce (see the reply in the transcript)',
  'no-account': 'has no account to send from',
  'over-quota': 'refused the new message: the mailbox is over its quota. A real server refuses it during the SMTP delivery, and the sender gets a bounce',
}

export function describeOutcome(frame: LaneFrame, transcript: readonly Exchange[]): string {
  const [from, to] = frame.exchanges
  const relayed = !frame.activeDevice && to > from && transcript[from].device === 'relay'
  const who = frame.activeDevice ? DEVICE_LABELS[frame.activeDevice] : relayed ? RELAY_LABEL : 'The server'
  if (frame.notices[0] === 'time-passed') return `Time passed: the clock shows minute ${frame.clockMinutes}, and no device was due to check mail.`
  if (frame.notices.length > 0) return `${who} ${NOTICES[frame.notices[0]] ?? frame.notices[0]}.`
  if (to === from) return frame.activeDevice ? `${who}: nothing went over the wire.` : 'New mail arrived at the server (delivered by SMTP, not by POP3 or IMAP).'
  const counts = new Map<string, number>()
  for (let i = from; i < to; i++) {
    const line = transcript[i].client
    // Not a command: the greeting, an update pushed during IDLE, or the message text after SMTP DATA.
    const verb =
      line === null
        ? transcript[i].step === 'idling'
          ? 'pushed update'
          : 'greeting'
        : transcript[i - 1]?.client === 'DATA' && transcript[i].protocol === 'smtp'
          ? 'message'
          : commandVerb(line)
    counts.set(verb, (counts.get(verb) ?? 0) + 1)
  }
  const parts = [...counts].map(([verb, count]) => (count > 1 ? `${verb} ×${count}` : verb))
  return `${who}: ${parts.join(', ')}.`
}

/** "a3 UID FETCH 1:* (FLAGS)" → "UID FETCH"; "RETR 2" → "RETR". */
export function commandVerb(line: string): string {
  const words = line.split(' ')
  const rest = /^[a-z]\d+$/.test(words[0]) ? words.slice(1) : words
  return rest[0] === 'UID' ? `UID ${rest[1] ?? ''}`.trim() : (rest[0] ?? '')
}
