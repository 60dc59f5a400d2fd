// Small constructors for the replies POP3 handlers return (RFC 1939 §3 status indicators).
// The texts follow Dovecot 2.3's, so a learner sees what a real server says.

import type { Pop3Reply, Pop3ResponseCode } from './types'

export function ok(text?: string): Pop3Reply {
  return text === undefined ? { status: '+OK' } : { status: '+OK', text }
}

export function err(text: string, options: { code?: Pop3ResponseCode; bad?: boolean; close?: boolean } = {}): Pop3Reply {
  return { status: '-ERR', text, ...options }
}

/** RFC 3206 §4: [AUTH] marks a failure caused by the user's credentials. */
export const AUTH_FAILED: Pop3Reply = err('Authentication failed.', { code: 'AUTH' })
