// The facts the instructors' guide shows (app/instructors, docs/instructors.md, docs/embedding.md):
// what each scenario teaches, the URL parameters, and the postMessage API v1. Plain data, so the
// page and the tests read one source.

export interface ScenarioGuide {
  id: string
  title: string
  /** The seed article's claims it demonstrates (design.md numbering). */
  claims: number[]
  teaches: string
}

export const SCENARIO_GUIDE: readonly ScenarioGuide[] = [
  {
    id: 'download-and-delete',
    title: 'Download and delete',
    claims: [1],
    teaches:
      'POP3 retrieves each message to the device, then deletes it from the server: DELE only marks it, and QUIT commits. IMAP leaves the message on the server.',
  },
  {
    id: 'second-device',
    title: 'A second device',
    claims: [2, 9],
    teaches:
      'A laptop checks mail after the phone did. With POP3 it finds an empty mailbox; with IMAP it sees every message, because they stay on the server.',
  },
  {
    id: 'leave-a-copy',
    title: 'Leave a copy on the server',
    claims: [3],
    teaches:
      'With "leave a copy on server", POP3 skips DELE and a second device gets the mail too, but read and deleted states still do not travel between devices.',
  },
  {
    id: 'offline',
    title: 'Reading offline',
    claims: [4, 11],
    teaches:
      'POP3 mail sits on the device, so it can be read with the network off. IMAP needs the network for bodies it has not cached, unless offline copies are kept.',
  },
  {
    id: 'storage',
    title: 'Who stores what',
    claims: [5, 8, 11],
    teaches:
      'The storage meters show POP3 moving mail off the server onto the device, and IMAP keeping it on the server while the device holds only what it cached.',
  },
  {
    id: 'consolidate',
    title: 'Several accounts, one inbox',
    claims: [6],
    teaches:
      'A POP3 client downloads from two accounts into one local inbox. IMAP keeps each account in its own mailbox on its own server.',
  },
  {
    id: 'read-sync',
    title: 'Read on one device, read everywhere',
    claims: [7],
    teaches:
      'Reading on the phone sets \\Seen on the server over IMAP, and the laptop shows the message as read at its next sync. POP3 has no flags to share.',
  },
  {
    id: 'lost-phone',
    title: 'The lost phone',
    claims: [10],
    teaches:
      'The phone is lost. With POP3 the mail went with it; with IMAP the server still holds everything and a new device gets it all back.',
  },
  {
    id: 'round-trips',
    title: 'Round trips and bytes',
    claims: [12],
    teaches:
      'The same task counted on the wire: POP3 needs fewer commands and round trips; IMAP sends more, in exchange for keeping devices in step.',
  },
  {
    id: 'free-play',
    title: 'Free play',
    claims: [],
    teaches: 'No script: add devices, read, delete, go offline and change settings, and watch both protocols react.',
  },
]

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
  { type: 'answer', fields: 'scenario, questionId, correct', when: 'The learner answered a prediction question.' },
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
