// The shapes of the simulated mail store: users, mailboxes and messages as an
// RFC 3501 §2.3 server keeps them (UID, flags, RFC822.SIZE, INTERNALDATE).

/**
 * What a caller hands the store: an RFC 5322 message, alone or with its metadata. Bytes are stored
 * exactly as given; text gets CRLF line ends and is stored as UTF-8 (see lib/protocols/mailstore/message.ts).
 */
export type MessageInput = string | Uint8Array | { raw: string | Uint8Array; internalDate?: Date; flags?: readonly string[] }

/** The system flags of RFC 3501 §2.3.2 that a client may set. \Recent is session state, not stored here. */
export const SYSTEM_FLAGS = ['\\Answered', '\\Flagged', '\\Deleted', '\\Seen', '\\Draft'] as const

export interface StoredMessage {
  /** RFC 3501 §2.3.1.1: strictly ascending within a mailbox, never reused. */
  readonly uid: number
  /** The message exactly as stored and served, byte for byte. */
  readonly bytes: Uint8Array
  /** The same octets as an octet string (one code unit per byte), for the protocol code. */
  readonly octets: string
  /** The message decoded for display only: UTF-8 when valid, else Windows-1252. Never sent. */
  readonly text: string
  /** RFC822.SIZE and POP3 LIST: the number of bytes. */
  readonly size: number
  readonly internalDate: Date
  /** Stored flags (system flags and keywords), never \Recent. */
  readonly flags: ReadonlySet<string>
  /**
   * True until a session claims the message as \Recent (RFC 3501 §2.3.2: only one
   * session is notified of a message as recent).
   */
  readonly unclaimedRecent: boolean
}

/** What the store tells the sessions watching a mailbox. `origin` is the session that caused it. */
export type MailboxChange =
  | { kind: 'append'; uid: number; origin?: number }
  | { kind: 'expunge'; uids: readonly number[]; origin?: number }
  | { kind: 'flags'; uid: number; origin?: number }

export type MailboxListener = (change: MailboxChange) => void

export interface UserInput {
  name: string
  password: string
  /** Starting INBOX. */
  messages?: readonly MessageInput[]
  /** Other mailboxes to create at start, with their messages. */
  mailboxes?: Readonly<Record<string, readonly MessageInput[]>>
  /** Storage quota in octets. Defaults to DEFAULT_QUOTA_BYTES. */
  quotaBytes?: number
}

export type StoreResult<T = void> = { ok: true; value: T } | { ok: false; reason: StoreFailure }

export type StoreFailure =
  | 'no-such-user'
  | 'no-such-mailbox'
  | 'mailbox-exists'
  | 'cannot-delete-inbox'
  | 'cannot-rename-inbox'
  | 'rename-to-itself'
  | 'rename-into-child'
  | 'invalid-name'
  | 'over-quota'
