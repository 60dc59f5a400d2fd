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
  | 'sending'
  | 'folders'
  | 'sync-is-not-backup'
  | 'quota-full'
  | 'push'
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
  'sending',
  'folders',
  'sync-is-not-backup',
  'quota-full',
  'push',
  'free-play',
]

/** A figure the myth card reads off this run's simulation view, for each protocol lane. */
export type Evidence =
  | { measure: 'serverMessages' }
  | { measure: 'deviceMessages'; device: 'phone' | 'laptop' | 'tablet' }
  | { measure: 'deviceBodies'; device: 'phone' | 'laptop' | 'tablet' }
  | { measure: 'readOn'; device: 'phone' | 'laptop' | 'tablet' }
  | { measure: 'flaggedOnServer' }
  | { measure: 'roundTrips' }
  | { measure: 'bytesFromServer' }
  | { measure: 'serverBytes' }
  | { measure: 'deviceBytes'; device: 'phone' | 'laptop' | 'tablet' }
  | { measure: 'commands'; verb: string }

export interface Myth {
  id: string
  /** What people often believe. */
  myth: string
  /** What actually happens, in plain words. */
  fact: string
  /** The scenario that shows it. */
  scenario: ScenarioId
  /** The step of that scenario where the learner sees it (0 is the starting world). */
  step: number
  /** The figures from the run that show it, read off the simulation view at the scenario's end. */
  evidence: readonly Evidence[]
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
    step: 2,
    evidence: [{ measure: 'commands', verb: 'DELE' }, { measure: 'serverMessages' }, { measure: 'deviceMessages', device: 'laptop' }],
    rfc: 'RFC 1939 §6',
  },
  {
    id: 'pop3-deletes-at-download',
    myth: 'With POP3, a message disappears from the server the moment you download it.',
    fact:
      'Downloading (RETR) deletes nothing. DELE only marks the message, and the server deletes it at QUIT. If the connection drops before QUIT, nothing is deleted at all.',
    scenario: 'download-and-delete',
    step: 1,
    evidence: [{ measure: 'commands', verb: 'RETR' }, { measure: 'commands', verb: 'DELE' }, { measure: 'serverMessages' }],
    rfc: 'RFC 1939 §5–6',
  },
  {
    id: 'protocols-send-mail',
    myth: 'POP3 and IMAP send your email.',
    fact:
      'Neither sends mail. SMTP does: your device submits new mail to your provider with it, and servers relay mail to each other with it. POP3 and IMAP only let your devices collect and manage what arrived.',
    scenario: 'leave-a-copy',
    step: 3,
    evidence: [{ measure: 'serverMessages' }, { measure: 'deviceMessages', device: 'phone' }],
    rfc: 'RFC 5321, RFC 6409',
  },
  {
    id: 'setting-on-reading-device',
    myth: 'To get POP3 mail on a second device, change a setting on that device.',
    fact:
      'The device that checks first decides. If it deletes after downloading, the mail is gone before the second device asks. Every POP3 device must leave a copy on the server.',
    scenario: 'second-device',
    step: 2,
    evidence: [{ measure: 'deviceMessages', device: 'phone' }, { measure: 'deviceMessages', device: 'laptop' }, { measure: 'serverMessages' }],
  },
  {
    id: 'imap-always-online',
    myth: 'With IMAP you can only read mail while you are online.',
    fact:
      'IMAP clients keep offline copies of some messages on the device: the ones you opened, or all of them if you ask. You can read those without a connection, and changes go to the server when you are back online.',
    scenario: 'offline',
    step: 6,
    evidence: [{ measure: 'deviceBodies', device: 'phone' }, { measure: 'flaggedOnServer' }],
  },
  {
    id: 'pop3-only-offline',
    myth: 'Only POP3 lets you read mail on a plane.',
    fact:
      'POP3 mail is on the device, so it is readable offline, and so is IMAP mail the device keeps a copy of. The difference is what happens to the server copy, not whether you can read offline.',
    scenario: 'offline',
    step: 2,
    evidence: [{ measure: 'deviceBodies', device: 'phone' }, { measure: 'serverMessages' }],
  },
  {
    id: 'pop3-no-multi-device',
    myth: 'POP3 cannot be used on two devices.',
    fact:
      'It can, if every device leaves a copy on the server. But each device downloads its own copy, and reading or deleting on one is never seen by the other.',
    scenario: 'leave-a-copy',
    step: 2,
    evidence: [{ measure: 'deviceMessages', device: 'phone' }, { measure: 'deviceMessages', device: 'laptop' }],
    rfc: 'RFC 1939 §7',
  },
  {
    id: 'pop3-faster',
    myth: 'POP3 is always faster than IMAP.',
    fact:
      'Count honestly. POP3 needs two round trips per message, one to download it and one to delete it, so it waits more. IMAP fetches many messages per command but receives more bytes. Which is faster depends on the link.',
    scenario: 'round-trips',
    step: 1,
    evidence: [{ measure: 'roundTrips' }, { measure: 'bytesFromServer' }],
  },
  {
    id: 'read-status-syncs-everywhere',
    myth: 'Whatever protocol you use, a message you read on your phone shows as read on your laptop.',
    fact:
      'Only IMAP shares it: the \\Seen flag lives on the server and every IMAP device reads it. POP3 has no command to read or set flags. A server may still record things privately: Dovecot, and this lab, mark a downloaded message \\Seen, but only an IMAP session could see it.',
    scenario: 'read-sync',
    step: 4,
    evidence: [{ measure: 'readOn', device: 'phone' }, { measure: 'readOn', device: 'laptop' }],
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'imap-stores-nothing-on-device',
    myth: 'IMAP keeps nothing on your device.',
    fact:
      'IMAP clients cache headers and the messages you open, and can keep full offline copies. The server copy is the master; the device copy is a cache.',
    scenario: 'storage',
    step: 2,
    evidence: [{ measure: 'deviceBytes', device: 'phone' }, { measure: 'deviceBodies', device: 'phone' }],
  },
  {
    id: 'pop3-saves-all-space',
    myth: 'POP3 frees the server and costs you nothing.',
    fact:
      'POP3 with delete moves the storage to your device: the server gets lighter, the phone gets heavier, and that device holds the only copy.',
    scenario: 'storage',
    step: 1,
    evidence: [{ measure: 'serverBytes' }, { measure: 'deviceBytes', device: 'phone' }],
  },
  {
    id: 'sync-is-backup',
    myth: 'With IMAP the server is your backup, so a lost phone loses nothing.',
    fact:
      'The server keeps what is still in the mailbox, so a new device gets that back. But sync copies deletions too: a message deleted on any device is gone from the server. Sync is not a backup.',
    scenario: 'lost-phone',
    step: 5,
    evidence: [{ measure: 'serverMessages' }, { measure: 'deviceMessages', device: 'tablet' }],
  },
  {
    id: 'only-pop3-consolidates',
    myth: 'Only POP3 can gather several accounts into one inbox.',
    fact:
      'POP3 makes it easy by downloading everything into one local inbox. IMAP apps can show several accounts together too; the mail then stays in each account’s mailbox on the server.',
    scenario: 'consolidate',
    step: 1,
    evidence: [{ measure: 'deviceMessages', device: 'laptop' }, { measure: 'serverMessages' }],
  },
  {
    id: 'new-mail-shows-at-once',
    myth: 'New mail shows up on all your devices the moment it arrives.',
    fact:
      'Only a device that stays connected and waits can be told at once: an IMAP client in IDLE. POP3 has no push, and a device without it learns of new mail at its next check, every few minutes.',
    scenario: 'push',
    step: 3,
    evidence: [{ measure: 'commands', verb: 'IDLE' }, { measure: 'deviceMessages', device: 'laptop' }, { measure: 'deviceMessages', device: 'phone' }],
    rfc: 'RFC 2177',
  },
  {
    id: 'imap-is-only-reading',
    myth: 'IMAP, like POP3, only reads what is on the server.',
    fact:
      'IMAP also changes the mailbox: it stores flags, removes messages, uploads copies and manages folders, all on the server. Try it in free play: flag or delete a message and watch the server.',
    scenario: 'free-play',
    step: 0,
    evidence: [{ measure: 'flaggedOnServer' }, { measure: 'serverMessages' }],
    rfc: 'RFC 3501 §6.4',
  },
  {
    id: 'sent-shows-everywhere',
    myth: 'Mail you send from your phone shows up in Sent on all your devices.',
    fact:
      'Only when the phone files its copy in a Sent folder on the server, which IMAP apps do with APPEND after sending. A POP3 app keeps the sent copy on the device that sent it.',
    scenario: 'sending',
    step: 4,
    evidence: [{ measure: 'commands', verb: 'APPEND' }, { measure: 'deviceMessages', device: 'laptop' }],
    rfc: 'RFC 3501 §6.3.11',
  },
  {
    id: 'folders-exist-everywhere',
    myth: 'A folder you file mail in exists on every device.',
    fact:
      'With IMAP, folders are mailboxes on the server, and moving a message there files it for every device. POP3 reads one mailbox; its folders exist only in the app that made them.',
    scenario: 'folders',
    step: 3,
    evidence: [{ measure: 'commands', verb: 'UID MOVE' }, { measure: 'deviceMessages', device: 'laptop' }],
    rfc: 'RFC 6851',
  },
  {
    id: 'offline-copy-is-backup',
    myth: 'A full offline copy on my laptop protects my mail.',
    fact:
      'An IMAP offline copy mirrors the server: delete a message anywhere and that copy goes too. A POP3 copy survives a delete elsewhere, but nothing protects it if the laptop breaks. A backup is a copy kept apart on purpose.',
    scenario: 'sync-is-not-backup',
    step: 4,
    evidence: [{ measure: 'serverMessages' }, { measure: 'deviceMessages', device: 'laptop' }],
  },
  {
    id: 'full-mailbox-waits',
    myth: 'When my mailbox is full, new mail waits on the server until I make room.',
    fact:
      'A full mailbox refuses new mail during the SMTP conversation (552, mailbox full), and the sender gets a bounce. Deleting old mail, or moving it off the server, makes room.',
    scenario: 'quota-full',
    step: 2,
    evidence: [{ measure: 'serverMessages' }, { measure: 'serverBytes' }],
    rfc: 'RFC 5321 §4.2.3',
  },
]

/** The notes that a scenario illustrates. */
export function mythsForScenario(id: string): Myth[] {
  return myths.filter((m) => m.scenario === id)
}
