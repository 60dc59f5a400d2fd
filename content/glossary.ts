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
  /**
   * The spellings that mark this term in running text (narration, notes, explanations), matched
   * as whole words. Upper-case spellings match case-sensitively (they are protocol keywords);
   * others ignore case. Defaults to the term itself.
   */
  matches?: readonly string[]
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'maildrop',
    term: 'Maildrop',
    definition: 'POP3’s name for your mailbox on the server: the place where new mail waits until a device collects it.',
    rfc: 'RFC 1939 §1',
    matches: ['maildrop'],
  },
  {
    id: 'uid',
    term: 'UID',
    definition:
      'Unique identifier: a number IMAP gives each message in a folder. Unlike its position, it stays the same as long as the folder’s UIDVALIDITY does, so a device can remember which messages it already has.',
    rfc: 'RFC 3501 §2.3.1.1',
    matches: ['UID', 'UIDs'],
  },
  {
    id: 'uidl',
    term: 'UIDL',
    definition:
      'The POP3 command that lists a unique ID string for each message. Clients that leave a copy on the server use it to avoid downloading the same message twice.',
    rfc: 'RFC 1939 §7',
    matches: ['UIDL'],
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
    definition:
      'A label on a message kept by the IMAP server, such as read, replied, starred or marked for deletion. All your devices see the same flags. POP3 has no command to read or set them.',
    rfc: 'RFC 3501 §2.3.2',
    matches: ['flag', 'flags', 'flagged'],
  },
  {
    id: 'seen',
    term: '\\Seen',
    definition:
      'The flag that means “read”. Fetching a message’s body without .PEEK sets it on the server, so it shows as read on every IMAP device.',
    rfc: 'RFC 3501 §2.3.2',
    matches: ['\\Seen'],
  },
  {
    id: 'deleted',
    term: '\\Deleted',
    definition: 'The flag that marks a message for removal. The message is really removed only at EXPUNGE (or CLOSE); until then it can be unmarked.',
    rfc: 'RFC 3501 §2.3.2',
    matches: ['\\Deleted'],
  },
  {
    id: 'recent',
    term: '\\Recent',
    definition: 'A flag the server sets on mail that is new since the last session looked. Only the first session to see a message gets it.',
    rfc: 'RFC 3501 §2.3.2',
    matches: ['\\Recent'],
  },
  {
    id: 'expunge',
    term: 'Expunge',
    definition: 'To permanently remove every message marked \\Deleted. In IMAP it is a separate step; in POP3 the same thing happens at QUIT.',
    rfc: 'RFC 3501 §6.4.3',
    matches: ['expunge', 'expunged', 'EXPUNGE'],
  },
  {
    id: 'tag',
    term: 'Tag',
    matches: ['tag'],
    definition:
      'The short label (like a1, a2) an IMAP client puts before each command. The server repeats it in the final answer, so the client knows which command finished.',
    rfc: 'RFC 3501 §2.2.1',
  },
  {
    id: 'untagged-response',
    term: 'Untagged response',
    matches: ['untagged'],
    definition: 'A server line that starts with "*" instead of a tag: extra information, such as “3 EXISTS”, that is not the end of a command.',
    rfc: 'RFC 3501 §2.2.2',
  },
  {
    id: 'literal',
    term: 'Literal',
    matches: ['literal'],
    definition:
      'A block of exactly counted bytes in IMAP, announced as {n}, such as a whole message. Because it is counted, it can hold any text, even lines that look like commands.',
    rfc: 'RFC 3501 §4.3',
  },
  {
    id: 'octet',
    term: 'Octet',
    matches: ['octet', 'octets'],
    definition: 'Eight bits: what most people call a byte. Mail protocols count sizes in octets, including the two characters that end each line (CR LF).',
    rfc: 'RFC 1939 §11',
  },
  {
    id: 'sequence-number',
    term: 'Sequence number',
    definition:
      'A message’s position in the folder: 1, 2, 3… When a message is removed, every message after it moves down by one: 4 becomes 3. A UID does not change that way.',
    rfc: 'RFC 3501 §2.3.1.2',
    matches: ['sequence number', 'sequence numbers'],
  },
  {
    id: 'idle',
    term: 'IDLE',
    definition:
      'An IMAP command that keeps the connection open, so the server can report new mail and changes in one folder as they happen. Clients should renew it at least every 29 minutes. Many phones use a vendor push service instead.',
    rfc: 'RFC 2177',
    matches: ['IDLE', 'IDLEs'],
  },
  {
    id: 'smtp',
    term: 'SMTP',
    definition:
      'Simple Mail Transfer Protocol: the protocol that sends mail. Your device uses it to hand new mail to your provider (submission), and servers use it to pass mail on (relay). POP3 and IMAP never send mail.',
    rfc: 'RFC 5321',
    matches: ['SMTP'],
  },
  {
    id: 'mda',
    term: 'MDA',
    matches: ['MDA'],
    definition: 'Mail Delivery Agent: the program on the mail server that puts an arriving message into your mailbox, where POP3 or IMAP can find it.',
    rfc: 'RFC 5598',
  },
  {
    id: 'offline-copy',
    term: 'Offline copy',
    definition: 'A copy of messages an IMAP client keeps on the device, so you can read them without a connection. The server still has the original.',
    matches: ['offline copy', 'offline copies'],
  },
  {
    id: 'leave-a-copy',
    term: 'Leave a copy on server',
    definition:
      'A POP3 client setting: download messages but do not send DELE, so they stay on the server and another device can download them too.',
    rfc: 'RFC 1939 §8',
    matches: ['leave a copy', 'leaves a copy', 'leave copies'],
  },
  {
    id: 'round-trip',
    term: 'Round trip',
    definition: 'One command sent and its answer received. Each round trip waits for the network, so fewer round trips feel faster on a slow connection.',
    matches: ['round trip', 'round trips'],
  },
  {
    id: 'mailbox',
    term: 'Mailbox (folder)',
    definition:
      'IMAP’s word for a folder on the server, such as INBOX, Sent or Archive. Every device sees the same folders. POP3 knows only one: the maildrop, which is the inbox.',
    rfc: 'RFC 3501 §5.1',
    matches: ['mailbox', 'mailboxes', 'folder', 'folders'],
  },
  {
    id: 'state',
    term: 'Session state',
    matches: ['TRANSACTION', 'AUTHORIZATION', 'UPDATE state'],
    definition:
      'Where a connection is in its life: POP3 goes AUTHORIZATION → TRANSACTION → UPDATE; IMAP goes not authenticated → authenticated → selected → logout. Some commands work only in some states.',
    rfc: 'RFC 1939 §3, RFC 3501 §3',
  },
  {
    id: 'header',
    term: 'Headers',
    definition:
      'The lines at the top of a message: who sent it, to whom, when, and the subject. A mail app can fetch just these to show your inbox list, and the body later.',
    rfc: 'RFC 5322 §2.2',
    matches: ['header', 'headers'],
  },
  {
    id: 'ports-tls',
    term: 'Ports and TLS',
    definition:
      'TLS encrypts the connection. Each protocol has a port for TLS from the first byte and a plain port that can switch to TLS: POP3 995 and 110, IMAP 993 and 143, mail submission 465 and 587.',
    rfc: 'RFC 8314 §3',
    matches: ['TLS', 'port', 'ports'],
  },
  {
    id: 'starttls',
    term: 'STARTTLS / STLS',
    definition:
      'A command that turns a plain connection into an encrypted one before you log in. IMAP and SMTP call it STARTTLS; POP3 calls it STLS. This lab leaves encryption out.',
    rfc: 'RFC 2595 §3–4, RFC 3207',
    matches: ['STARTTLS', 'STLS'],
  },
  {
    id: 'submission',
    term: 'SMTP submission',
    definition:
      'Your device handing a new message to your own provider’s server, after logging in, usually on port 587 or 465. From there the provider delivers it.',
    rfc: 'RFC 6409',
    matches: ['submission', 'submits'],
  },
  {
    id: 'relay',
    term: 'SMTP relay',
    definition:
      'One mail server passing a message to the next, usually to the recipient’s server on port 25. No user logs in: the receiving server decides whether to accept it.',
    rfc: 'RFC 5321 §2.1',
    matches: ['relay', 'relays'],
  },
  {
    id: 'webmail',
    term: 'Webmail',
    definition:
      'Reading mail in a web browser. The mail app runs on the provider’s servers and often reaches your mailbox over IMAP itself; your browser only talks to it over the web.',
    matches: ['webmail'],
  },
]

/** The spellings that mark an entry in running text. */
export function termMatches(entry: GlossaryEntry): readonly string[] {
  return entry.matches ?? [entry.term]
}

/** Finds a glossary entry by id or by term, ignoring case and a leading backslash. */
export function lookupTerm(word: string): GlossaryEntry | undefined {
  if (typeof word !== 'string') return undefined
  const key = word.trim().toLowerCase().replace(/^\\/, '')
  return glossary.find((g) => g.id === key || g.term.toLowerCase().replace(/^\\/, '') === key)
}
