// The facts the instructors' guide shows (app/instructors, docs/instructors.md, docs/embedding.md):
// what each scenario teaches, the URL parameters, and the postMessage API v1. Plain data, so the
// page and the tests read one source. Figures (round trips, bytes) come from a simulator run.

import { roundTripsSummary } from '@/components/instructors/figures'

/** What each scenario teaches, for instructors (titles, goals and claims come from content/scenarios). */
export const SCENARIO_TEACHES: Readonly<Record<string, string>> = {
  'download-and-delete':
    'POP3 retrieves each message to the phone, then deletes it from the server: DELE only marks it, and QUIT commits. IMAP leaves every message on the server, so the server keeps using the space.',
  'second-device':
    'The laptop checks mail after the phone did. With POP3 it finds an empty mailbox; with IMAP it sees every message, because they stay on the server.',
  'leave-a-copy':
    'With "leave a copy on server", POP3 skips DELE, so the laptop gets the mail too, and UIDL keeps each device from downloading a message twice. Read and deleted states still stay on each device.',
  offline:
    'POP3 mail sits on the phone, so it can be read on a train with no network. IMAP needs the network for any body it has not cached, unless it keeps offline copies; flags set offline reach the server once back online.',
  storage:
    'The storage meters show POP3 moving mail off the server onto the phone, and IMAP keeping it on the server while the phone holds only what it cached.',
  consolidate:
    'A POP3 laptop downloads a personal and a work account into one local inbox. With IMAP each account\'s mail stays in its own mailbox on the server, and the laptop shows both.',
  'read-sync':
    'Reading on the phone sets \\Seen on the server over IMAP, and the laptop shows the message as read at its next sync. POP3 has no command to share read state, so the laptop never learns.',
  'lost-phone':
    'The phone is lost and a tablet replaces it. With POP3 the mail went with the phone. With IMAP the tablet gets back what the server still holds, but not the message deleted on the phone: sync is not backup.',
  'round-trips': roundTripsSummary(),
  sending:
    'A reply written offline waits in the Outbox and goes out over SMTP submission once the phone is online. IMAP files the sent copy in Sent on the server (APPEND), so the laptop sees it; POP3 keeps it on the phone.',
  folders:
    'Filing in Archive on the phone: IMAP moves the message on the server (UID MOVE), so the laptop finds it in Archive. POP3 reads one mailbox, so filing stays on the phone, the laptop still downloads it, and an invoice filed from webmail is never seen.',
  'sync-is-not-backup':
    'A message deleted on the IMAP phone disappears from the server and from the laptop\'s full offline copy. Under POP3 with a copy left, the laptop\'s copy survives, but only as a separate copy: neither is a backup.',
  'quota-full':
    'Under IMAP the mail stays on the server until the quota is full, and the next sender is refused at SMTP time (552 5.2.2) and gets a bounce. Deleting old mail makes room. POP3 had emptied the server.',
  push:
    'The laptop asks for push. Over IMAP it waits in IDLE and the server reports the new message at once (0 minutes); POP3 has no push, so the same laptop finds it at its 10-minute check. The phone polls every 15 minutes under both.',
  'free-play': 'No script: check mail, read, flag, delete, go offline, lose a device or deliver new mail, and watch both protocols react.',
}

export interface ParamGuide {
  name: string
  values: string
  defaultValue: string
  notes: string
}

export const PARAM_GUIDE: readonly ParamGuide[] = [
  { name: 'scenario', values: 'a scenario id', defaultValue: 'download-and-delete', notes: 'Which scenario to open.' },
  { name: 'protocols', values: 'pop3,imap · pop3 · imap', defaultValue: 'pop3,imap', notes: 'The lanes to show.' },
  { name: 'devices', values: '1–4', defaultValue: "the scenario's own", notes: 'Devices per lane.' },
  { name: 'step', values: '0, 1, 2, …', defaultValue: '0', notes: 'The step to start at; 0 is the starting world.' },
  { name: 'autoplay', values: 'autoplay · autoplay=1 · autoplay=0', defaultValue: 'off', notes: 'Play on load.' },
  { name: 'speed', values: '0.5–4', defaultValue: '1', notes: 'Playback speed.' },
  { name: 'transcript', values: 'show · hide', defaultValue: 'show', notes: 'The wire transcript.' },
  { name: 'diagram', values: 'show · hide', defaultValue: 'show', notes: 'The state diagram.' },
  { name: 'theme', values: 'light · dark · auto', defaultValue: 'auto', notes: 'auto follows the system setting.' },
  { name: 'controls', values: 'full · minimal', defaultValue: 'full', notes: 'minimal hides speed and granularity.' },
  {
    name: 'parentOrigin',
    values: 'origins, comma-separated',
    defaultValue: 'any',
    notes: 'Only these origins may send commands. If none is valid, no commands are taken.',
  },
]

export interface EventGuide {
  type: string
  fields: string
  when: string
}

export const EVENT_GUIDE: readonly EventGuide[] = [
  { type: 'ready', fields: 'scenario, totalSteps', when: 'The lab has loaded a scenario.' },
  { type: 'resize', fields: 'height (CSS pixels)', when: 'The content height changed; set the iframe height to it.' },
  {
    type: 'step',
    fields: 'scenario, index, total, tick, ticksInStep, lanes[] (protocol, activeDevice, workflowStep, protocolState, devices)',
    when: 'The lab moved (also once after ready).',
  },
  { type: 'complete', fields: 'scenario', when: 'The last step was reached.' },
  { type: 'answer', fields: 'scenario, questionId, correct, skipped', when: 'The learner answered a prediction question.' },
]

export interface CommandGuide {
  command: string
  effect: string
}

export const COMMAND_GUIDE: readonly CommandGuide[] = [
  { command: 'next', effect: 'Forward, as one press of Next.' },
  { command: 'previous', effect: 'Back, as one press of Back.' },
  { command: 'reset', effect: 'Back to step 0; stops autoplay.' },
  { command: 'goto', effect: 'Jump to step index (a whole number; past the end goes to the end).' },
  { command: 'play', effect: 'Start autoplay.' },
  { command: 'pause', effect: 'Stop autoplay.' },
]
