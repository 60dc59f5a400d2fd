// One POP3 connection (RFC 1939): AUTHORIZATION → TRANSACTION → UPDATE. It owns the state,
// the maildrop view and the bad-command count; the dispatcher and handlers do the rest.

import type { MailStore } from '../mailstore'
import type { Pop3State, ProtocolSession } from '../session'
import { InputFramer } from '../framing'
import { MAX_LINE_OCTETS_AFTER_LOGIN, MAX_LINE_OCTETS_BEFORE_LOGIN, POP3_GREETING_TEXT } from './constants'
import { dispatchLine, type DispatchState } from './dispatcher'
import { formatReply } from './formatter'
import { Maildrop } from './maildrop'
import { AUTH_FAILED, ok } from './replies'
import { stateAfter, POP3_STATE_TABLE } from '../stateTransitions'
import type { Pop3Context, Pop3Reply } from './types'

export class Pop3Session implements ProtocolSession, Pop3Context {
  readonly protocol = 'pop3' as const
  readonly greeting = formatReply(ok(POP3_GREETING_TEXT))
  pendingUser: string | undefined = undefined
  continuation: ((line: string) => Pop3Reply) | undefined = undefined
  private currentState: Pop3State = stateAfter(POP3_STATE_TABLE, null, 'connect')
  private currentMaildrop = Maildrop.empty()
  private loggedInUser: string | undefined = undefined
  private isClosed = false
  private readonly memory: DispatchState = { badCommands: 0 }
  private readonly framer = new InputFramer(MAX_LINE_OCTETS_BEFORE_LOGIN)

  constructor(
    readonly store: MailStore,
    readonly sessionId: number,
  ) {}

  get state(): Pop3State {
    return this.currentState
  }

  get closed(): boolean {
    return this.isClosed
  }

  get user(): string | undefined {
    return this.loggedInUser
  }

  get maildrop(): Maildrop {
    return this.currentMaildrop
  }

  /** Any chunk of what the client wrote, as an octet string; each complete line is answered in order. */
  receive(chunk: string): string {
    if (this.isClosed) return ''
    this.framer.push(chunk)
    let out = ''
    while (!this.isClosed) {
      this.framer.maxLine = this.currentState === 'AUTHORIZATION' ? MAX_LINE_OCTETS_BEFORE_LOGIN : MAX_LINE_OCTETS_AFTER_LOGIN
      const line = this.framer.nextLine()
      if (line === undefined) break
      for (const reply of dispatchLine(this, this.memory, line.text)) {
        out += formatReply(reply)
        if (reply.close) this.close()
      }
    }
    return out
  }

  /** POP3 never speaks unasked. */
  readonly idling = false


  poll(): string {
    return ''
  }

  drop(): void {
    this.close()
  }

  /**
   * PASS and AUTH end here. RFC 4616 §2: an authzid other than the user would be a proxy login,
   * which needs a master user; the simulator has none. Dovecot joins USER and PASS into PLAIN,
   * so a NUL inside either makes the login fail.
   */
  authenticate(authzid: string, user: string, password: string): Pop3Reply {
    const nul = user.includes('\0') || password.includes('\0')
    if (nul || (authzid !== '' && authzid !== user) || !this.store.authenticate(user, password)) return AUTH_FAILED
    const inbox = this.store.inbox(user)
    if (!inbox) return AUTH_FAILED
    this.loggedInUser = user
    this.pendingUser = undefined
    this.currentState = stateAfter(POP3_STATE_TABLE, this.currentState, 'login')
    this.currentMaildrop = Maildrop.open(inbox, this.sessionId)
    return ok('Logged in.')
  }

  enterUpdate(): void {
    this.currentState = stateAfter(POP3_STATE_TABLE, this.currentState, 'quit')
  }

  /** Server or client closed: whatever QUIT did not commit is dropped (RFC 1939 §6). */
  private close(): void {
    if (this.isClosed) return
    this.isClosed = true
    this.framer.clear()
    this.continuation = undefined
    this.currentMaildrop.release()
  }
}
