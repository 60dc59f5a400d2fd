// What a command handler sees of its IMAP session (RFC 3501 §3 states): the store, the user,
// the selected mailbox, and the few state changes a handler may ask for. One per session.

import type { MailStore, Mailbox } from '@/lib/protocols/mailstore'
import type { ImapState } from '@/lib/protocols/session'
import type { Selection } from './selection'
import type { ImapSession } from './session'
import type { CommandContext, HandlerResult } from './types'

export class SessionContext implements CommandContext {
  tag = ''
  uid = false

  constructor(private readonly session: ImapSession) {}

  get store(): MailStore {
    return this.session.mailStore
  }
  get sessionId(): number {
    return this.session.id
  }
  get state(): ImapState {
    return this.session.state
  }
  get user(): string | undefined {
    return this.session.user
  }
  get selection(): Selection | undefined {
    return this.session.currentSelection
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
