// The reply a POP3 handler returns (RFC 1939 §3 status indicators), and small constructors for it.
// The texts follow Dovecot 2.3's, so a learner sees what a real server says. This module imports
// nothing, so the maildrop and the handler shapes (types.ts) can both use it without a cycle.

/** Extended response codes (RFC 2449 §8, RFC 3206) the simulator sends: only [AUTH]. */
export type Pop3ResponseCode = 'AUTH'

/**
 * One server response. `lines` makes it a multi-line list (CAPA, LIST, UIDL); `message` makes it
 * a multi-line message text (RETR, TOP). Both are dot-stuffed by the formatter (RFC 1939 §3).
 */
export interface Pop3Reply {
  /** "+" is a SASL continuation request (RFC 5034 §4). */
  readonly status: '+OK' | '-ERR' | '+'
  readonly code?: Pop3ResponseCode
  readonly text?: string
  readonly lines?: readonly string[]
  readonly message?: string
  /** Counts toward the bad-command limit, as Dovecot's handlers returning failure do. */
  readonly bad?: boolean
  /** The server closes the connection after this reply. */
  readonly close?: boolean
}

export function ok(text?: string): Pop3Reply {
  return text === undefined ? { status: '+OK' } : { status: '+OK', text }
}

export function err(text: string, options: { code?: Pop3ResponseCode; bad?: boolean; close?: boolean } = {}): Pop3Reply {
  return { status: '-ERR', text, ...options }
}

/** RFC 3206 §4: [AUTH] marks a failure caused by the user's credentials. */
export const AUTH_FAILED: Pop3Reply = err('Authentication failed.', { code: 'AUTH' })
