// What a command handler sees of its IMAP session (RFC 3501 §3 states): the store, the user,
// the selected mailbox, and the few state changes a handler may ask for. One per session.

import type { MailStore, Mailbox } from '@/lib/protocols/mailstore'
import type { ImapState } from '@/lib/protocols/session'
import type { Selection } from './selection'
import type { CommandContext, HandlerResult } from './command'

/**
 * The session as its context sees it: what a handler sees (CommandContext, declared once), except
 * that the session is told the command's tag. ImapSession implements it; deriving it here, not
 * importing the session class, keeps context.ts and session.ts from importing each other.
 */
export type ContextHost = Pick<CommandContext, 'store' | 'sessionId' | 'state' | 'user' | 'selection' | 'login' | 'select' | 'unselect'> & {
  beginIdle(tag: string): void
  awaitAuthResponse(tag: string, finish: (line: string) => HandlerResult): void
}

export class SessionContext implements CommandContext {
  tag = ''
  uid = false

  constructor(private readonly session: ContextHost) {}

  get store(): MailStore {
    return this.session.store
  }
  get sessionId(): number {
    return this.session.sessionId
  }
  get state(): ImapState {
    return this.session.state
  }
  get user(): string | undefined {
    return this.session.user
  }
  get selection(): Selection | undefined {
    return this.session.selection
  }
  login(user: string): void {
    this.session.login(user)
  }
  select(mailbox: Mailbox, readOnly: boolean): Selection {
    return this.session.select(mailbox, readOnly)
  }
  unselect(expunge: boolean): void {
    this.session.unselect(expunge)
  }
  beginIdle(): void {
    this.session.beginIdle(this.tag)
  }
  awaitAuthResponse(finish: (line: string) => HandlerResult): void {
    this.session.awaitAuthResponse(this.tag, finish)
  }
}
