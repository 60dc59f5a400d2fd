// Fixed numbers of the simulated store, kept in one place so tests and docs can cite them.

/** 10 MiB per user: large enough for every scenario, small enough that a meter shows it filling. */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024

/**
 * A message without an internal date gets one from a deterministic clock that starts here
 * (the reference messages use 1700000001…) and ticks one second per message.
 */
export const FIRST_INTERNAL_DATE_SECONDS = 1_700_000_001

/**
 * UIDVALIDITY is clock-based on Dovecot; ours is deterministic: this base plus the order in
 * which the store created the mailbox. RFC 3501 §2.3.1.1 only asks that it change when UIDs
 * could be reused, which for us is when a mailbox is deleted and created again.
 */
export const UIDVALIDITY_BASE = 1_795_693_100

/** The IMAP hierarchy delimiter (Dovecot's default for Maildir++ layouts is "/" with LAYOUT=fs). */
export const HIERARCHY_DELIMITER = '/'
