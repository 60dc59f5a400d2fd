// "Myth vs fact" notes for the claims the seed article makes about POP3 and IMAP. Each note
// names the scenario (content/scenarios) where the learner can watch the fact happen.

export type ScenarioId =
  | 'download-and-delete'
  | 'second-device'
  | 'leave-a-copy'
  | 'offline'
  | 'storage'
  | 'consolidate'
  | 'read-sync'
  | 'lost-phone'
  | 'round-trips'
  | 'free-play'

export const scenarioIds: readonly ScenarioId[] = [
  'download-and-delete',
  'second-device',
  'leave-a-copy',
  'offline',
  'storage',
  'consolidate',
  'read-sync',
  'lost-phone',
  'round-trips',
  'free-play',
]

export interface Myth {
  id: string
  /** What people often believe. */
  myth: string
  /** What actually happens, in plain words. */
  fact: string
  /** The scenario that shows it. */
  scenario: ScenarioId
  /** Where the rule behind the fact is written down. */
  rfc?: string
}

export const myths: readonly Myth[] = [
  {
    id: 'pop3-always-deletes',
    myth: 'POP3 always deletes your mail from the server.',
    fact:
      'POP3 deletes only what the client marks with DELE, and only when it says QUIT. Many modern clients leave a copy on the server, often for a set number of days.',
    scenario: 'leave-a-copy',
    rfc: 'RFC 1939 §6',
  },
  {
    id: 'pop3-deletes-at-download',
    myth: 'With POP3, a message disappears from the server the moment you download it.',
    fact:
      'Downloading (RETR) changes nothing on the server. DELE only marks the message; if the connection drops before QUIT, nothing is deleted at all.',
    scenario: 'download-and-delete',
    rfc: 'RFC 1939 §5',
  },
  {
    id: 'protocols-send-mail',
    myth: 'POP3 and IMAP send your email.',
    fact: 'Neither sends mail. SMTP carries mail to the recipient’s server; POP3 and IMAP only let your devices collect or manage what arrived there.',
    scenario: 'free-play',
    rfc: 'RFC 5321',
  },
  {
    id: 'imap-always-online',
    myth: 'With IMAP you can only read mail while you are online.',
    fact:
      'IMAP clients can keep offline copies of messages on the device. You can read them without a connection; changes are sent to the server when you are back online.',
    scenario: 'offline',
  },
  {
    id: 'pop3-only-offline',
    myth: 'Only POP3 lets you read mail on a plane.',
    fact:
      'POP3 mail is on the device, so it is readable offline, and IMAP with offline copies is too. The difference is what happens to the server copy, not whether you can read offline.',
    scenario: 'offline',
  },
  {
    id: 'pop3-faster',
    myth: 'POP3 is always faster than IMAP.',
    fact:
      'Count honestly: POP3 needs few round trips but downloads every byte of every message. IMAP can fetch just the headers and open only what you read, so on a big mailbox it can move far fewer bytes.',
    scenario: 'round-trips',
  },
  {
    id: 'pop3-no-multi-device',
    myth: 'POP3 cannot be used on two devices.',
    fact:
      'It can, if every device leaves a copy on the server. But each device downloads its own copy, and reading or deleting on one is never seen by the other.',
    scenario: 'second-device',
    rfc: 'RFC 1939 §7',
  },
  {
    id: 'read-status-syncs-everywhere',
    myth: 'Whatever protocol you use, a message you read on your phone shows as read on your laptop.',
    fact:
      'Only IMAP does this: the \\Seen flag lives on the server and every device sees it. POP3 has no flags on the server at all.',
    scenario: 'read-sync',
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'imap-stores-nothing-on-device',
    myth: 'IMAP keeps nothing on your device.',
    fact:
      'IMAP clients cache headers and the messages you open, and can keep full offline copies. The server copy is the master; the device copy is a cache.',
    scenario: 'storage',
  },
  {
    id: 'pop3-saves-all-space',
    myth: 'POP3 frees the server and costs you nothing.',
    fact:
      'POP3 with delete moves the storage to your device: the server gets lighter, the phone gets heavier, and that device holds the only copy.',
    scenario: 'storage',
  },
  {
    id: 'lost-phone-lost-mail',
    myth: 'If you lose your phone, you lose your email.',
    fact:
      'With IMAP the mail stays on the server, so a new phone gets everything back. With POP3 that deleted from the server, the lost phone had the only copy.',
    scenario: 'lost-phone',
  },
  {
    id: 'only-pop3-consolidates',
    myth: 'Only POP3 can gather several accounts into one inbox.',
    fact:
      'POP3 makes it easy by downloading everything into one local inbox, but IMAP clients can show several accounts together too; the mail then stays in each account.',
    scenario: 'consolidate',
  },
]

/** The notes that a scenario illustrates. */
export function mythsForScenario(id: string): Myth[] {
  return myths.filter((m) => m.scenario === id)
}
