// lib/protocols: a pure, RFC-faithful simulated mail server (no React, no XState, no DOM).
export { createMailServer } from './server'
export type { Connection, MailServer, MailServerOptions } from './server'
export type { Protocol, Pop3State, ImapState, ProtocolState } from './session'
export { MailStore, Mailbox, toCrlf, octetLength, DEFAULT_QUOTA_BYTES, SYSTEM_FLAGS } from './mailstore'
export type { MessageInput, StoredMessage, UserInput, MailboxChange } from './mailstore'
export { pop3CommandsAllowed } from './pop3'
export { imapCommandsAllowed } from './imap'
