// The words a learner meets in the lab, each explained once in plain language. Plain data,
// so the UI can translate it later.

export interface GlossaryEntry {
  /** A stable id, usable in URLs and links from explanations. */
  id: string
  /** The word as the learner sees it. */
  term: string
  /** One or two short sentences a 15-year-old understands. */
  definition: string
  /** Where the word is defined, when an RFC defines it. */
  rfc?: string
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'maildrop',
    term: 'Maildrop',
    definition: 'POP3’s name for your mailbox on the server: the place where new mail waits until a device collects it.',
    rfc: 'RFC 1939 §1',
  },
  {
    id: 'uid',
    term: 'UID',
    definition:
      'Unique identifier: a number IMAP gives each message in a folder. Unlike its position, it never changes, so a device can remember exactly which messages it already has.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  {
    id: 'uidl',
    term: 'UIDL',
    definition:
      'The POP3 command that lists a unique ID string for each message. Clients that leave a copy on the server use it to avoid downloading the same message twice.',
    rfc: 'RFC 1939 §7',
  },
  {
    id: 'uidvalidity',
    term: 'UIDVALIDITY',
    definition:
      'A number that comes with every IMAP folder. As long as it stays the same, the UIDs a device saved are still valid; if it changes, the device must download the folder’s list again.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  {
    id: 'flag',
    term: 'Flag',
    definition: 'A label on a message kept by the IMAP server, such as read, replied, starred or deleted. All your devices see the same flags.',
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'seen',
    term: '\\Seen',
    definition: 'The flag that means “read”. Opening a message on one device sets it on the server, so it shows as read everywhere.',
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'deleted',
    term: '\\Deleted',
    definition: 'The flag that marks a message for removal. The message is really removed only at EXPUNGE (or CLOSE); until then it can be unmarked.',
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'recent',
    term: '\\Recent',
    definition: 'A flag the server sets on mail that is new since the last session looked. Only the first session to see a message gets it.',
    rfc: 'RFC 3501 §2.3.2',
  },
  {
    id: 'expunge',
    term: 'Expunge',
    definition: 'To permanently remove every message marked \\Deleted. In IMAP it is a separate step; in POP3 the same thing happens at QUIT.',
    rfc: 'RFC 3501 §6.4.3',
  },
  {
    id: 'tag',
    term: 'Tag',
    definition:
      'The short label (like a1, a2) an IMAP client puts before each command. The server repeats it in the final answer, so the client knows which command finished.',
    rfc: 'RFC 3501 §2.2.1',
  },
  {
    id: 'untagged-response',
    term: 'Untagged response',
    definition: 'A server line that starts with "*" instead of a tag: extra information, such as “3 EXISTS”, that is not the end of a command.',
    rfc: 'RFC 3501 §2.2.2',
  },
  {
    id: 'literal',
    term: 'Literal',
    definition:
      'A block of exactly counted bytes in IMAP, announced as {n}, such as a whole message. Because it is counted, it can hold any text, even lines that look like commands.',
    rfc: 'RFC 3501 §4.3',
  },
  {
    id: 'octet',
    term: 'Octet',
    definition: 'Eight bits: what most people call a byte. Mail protocols count sizes in octets, including the two characters that end each line (CR LF).',
    rfc: 'RFC 1939 §11',
  },
  {
    id: 'sequence-number',
    term: 'Sequence number',
    definition: 'A message’s position in the folder: 1, 2, 3… When a message is removed, the ones after it move up, so their numbers change.',
    rfc: 'RFC 3501 §2.3.1.2',
  },
  {
    id: 'idle',
    term: 'IDLE',
    definition: 'An IMAP command that keeps the connection open and lets the server push new mail and changes as they happen, instead of the device asking again and again.',
    rfc: 'RFC 2177',
  },
  {
    id: 'smtp',
    term: 'SMTP',
    definition: 'Simple Mail Transfer Protocol: the protocol that sends and relays mail between servers. POP3 and IMAP only collect or manage mail; they never send it.',
    rfc: 'RFC 5321',
  },
  {
    id: 'mda',
    term: 'MDA',
    definition: 'Mail Delivery Agent: the program on the mail server that puts an arriving message into your mailbox, where POP3 or IMAP can find it.',
    rfc: 'RFC 5598',
  },
  {
    id: 'offline-copy',
    term: 'Offline copy',
    definition: 'A copy of messages an IMAP client keeps on the device, so you can read them without a connection. The server still has the original.',
  },
  {
    id: 'leave-a-copy',
    term: 'Leave a copy on server',
    definition:
      'A POP3 client setting: download messages but do not send DELE, so they stay on the server and another device can download them too.',
    rfc: 'RFC 1939 §8',
  },
  {
    id: 'round-trip',
    term: 'Round trip',
    definition: 'One command sent and its answer received. Each round trip waits for the network, so fewer round trips feel faster on a slow connection.',
  },
  {
    id: 'mailbox',
    term: 'Mailbox (folder)',
    definition: 'In IMAP, a folder on the server such as INBOX, Sent or Archive. POP3 only knows one: the maildrop.',
    rfc: 'RFC 3501 §5.1',
  },
  {
    id: 'state',
    term: 'Session state',
    definition:
      'Where a connection is in its life: POP3 goes AUTHORIZATION → TRANSACTION → UPDATE; IMAP goes not authenticated → authenticated → selected → logout. Some commands work only in some states.',
    rfc: 'RFC 1939 §3, RFC 3501 §3',
  },
]

/** Finds a glossary entry by id or by term, ignoring case and a leading backslash. */
export function lookupTerm(word: string): GlossaryEntry | undefined {
  if (typeof word !== 'string') return undefined
  const key = word.trim().toLowerCase().replace(/^\\/, '')
  return glossary.find((g) => g.id === key || g.term.toLowerCase().replace(/^\\/, '') === key)
}
