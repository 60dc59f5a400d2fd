// One IMAP connection (RFC 3501 §3 states, §2.2 command/response flow): turns client lines into
// commands, gathers literals (§4.3, RFC 7888), runs IDLE (RFC 2177) and sends pending updates (§7.4.1).

import type { MailStore, Mailbox } from '@/lib/protocols/mailstore'
import { InputFramer } from '@/lib/protocols/framing'
import type { ImapState, ProtocolSession } from '@/lib/protocols/session'
import { IMAP_GREETING_TEXT, MAX_BAD_COMMANDS, MAX_LINE, PREAUTH_CAPABILITIES, PREAUTH_MAX_BAD_COMMANDS, PREAUTH_MAX_LINE } from './constants'
import { lookUp, runCommand, taggedLine, type Dispatch } from './dispatcher'
import { CRLF } from './formatter'
import { splitCommandHead } from './parser'
import { Selection } from './selection'
import { stateAfter, IMAP_STATE_TABLE } from '../stateTransitions'
import { SessionContext, type ContextHost } from './context'
import type { AnyImapCommand, CommandContext, HandlerResult } from './command'

/** A command whose literal is still arriving: parts alternate text and literal contents. */
interface PendingCommand {
  readonly tag: string
  readonly uid: boolean
  readonly command: AnyImapCommand
  readonly parts: string[]
  /** Octets of the literal still to come. */
  remaining: number
  chunks: string[]
  /** The literal is complete; the next line continues the command line. */
  literalDone: boolean
  /** A refused non-synchronising literal is read and thrown away, then this is the reply. */
  refusal?: HandlerResult
}

type Mode =
  | { readonly kind: 'command' }
  | { readonly kind: 'literal'; readonly pending: PendingCommand }
  | { readonly kind: 'idle'; readonly tag: string }
  | { readonly kind: 'auth'; readonly tag: string; readonly finish: (line: string) => HandlerResult }

export class ImapSession implements ProtocolSession, ContextHost {
  readonly protocol = 'imap' as const
  readonly greeting = `* OK [CAPABILITY ${PREAUTH_CAPABILITIES.join(' ')}] ${IMAP_GREETING_TEXT}${CRLF}`
  state: ImapState = stateAfter(IMAP_STATE_TABLE, null, 'connect')
  closed = false
  user: string | undefined
  selection: Selection | undefined
  private mode: Mode = { kind: 'command' }
  private badCommands = 0
  private readonly framer = new InputFramer(PREAUTH_MAX_LINE)

  constructor(
    readonly store: MailStore,
    readonly sessionId: number,
  ) {}

  /**
   * Any chunk of what the client wrote, as an octet string. The framer cuts it into lines and
   * literal octets; each complete piece is handled in order. Returns what the server wrote.
   */
  receive(chunk: string): string {
    if (this.closed) return ''
    this.framer.push(chunk)
    let out = ''
    while (!this.closed) {
      try {
        const step = this.nextStep()
        if (step === undefined) break
        out += step
      } catch {
        out += `* BYE Internal server error${CRLF}`
        this.close()
      }
    }
    return out
  }

  /** Handles the next complete piece of input (a literal's octets or a line), or undefined when none is complete. */
  private nextStep(): string | undefined {
    const mode = this.mode
    if (mode.kind === 'literal' && !mode.pending.literalDone) return this.literalOctets(mode.pending)
    this.framer.maxLine = this.state === 'not authenticated' ? PREAUTH_MAX_LINE : MAX_LINE - 1
    const line = this.framer.nextLine()
    return line === undefined ? undefined : this.receiveLine(line.text)
  }

  get idling(): boolean {
    return !this.closed && this.mode.kind === 'idle'
  }

  poll(): string {
    if (this.closed || this.mode.kind !== 'idle' || !this.selection) return ''
    return this.syncLines('full', false)
  }

  drop(): void {
    this.close()
  }

  private close(): void {
    this.framer.clear()
    this.selection?.close()
    this.selection = undefined
    this.closed = true
    this.state = stateAfter(IMAP_STATE_TABLE, this.state, 'logout')
    this.mode = { kind: 'command' }
  }

  private receiveLine(line: string): string {
    if (this.state === 'not authenticated' && line.length > PREAUTH_MAX_LINE) {
      // imap-login's input buffer is full before the line ends (imap-long-lines.json).
      this.close()
      return `* BYE Input buffer full, aborting${CRLF}`
    }
    switch (this.mode.kind) {
      case 'idle':
        return this.idleLine(this.mode.tag, line)
      case 'auth': {
        const { tag, finish } = this.mode
        this.mode = { kind: 'command' }
        return this.reply(tag, finish(line), undefined, false)
      }
      case 'literal':
        // Only reached once the literal is complete: the line continues the command.
        return this.continueAfterLiteral(this.mode.pending, line)
      case 'command':
        return this.commandLine(line)
    }
  }

  private commandLine(line: string): string {
    const head = splitCommandHead(line)
    if (this.state !== 'not authenticated' && line.length >= MAX_LINE) {
      // Dovecot: a word longer than the input buffer is "Too long argument" (client_input).
      const tagTooLong = head.tag.length >= MAX_LINE - 2
      const name = head.name ? `${head.uid ? 'UID ' : ''}${head.name.toUpperCase()}` : undefined
      const text = tagTooLong ? 'Error in IMAP tag: Too long argument.' : name ? `Error in IMAP command ${name}: Too long argument.` : 'Error in IMAP command: Too long argument.'
      return this.reply(tagTooLong ? '*' : head.tag, { status: 'BAD', text, invalid: true }, undefined, false)
    }
    const found = lookUp(head, this.state)
    if ('reply' in found) {
      const { result, untaggedTag } = found.reply as Extract<Dispatch, { kind: 'reply' }>
      return this.reply(untaggedTag ? '*' : head.tag, result, undefined, false)
    }
    const pending: PendingCommand = { tag: head.tag, uid: head.uid, command: found.command, parts: [head.rest], remaining: 0, chunks: [], literalDone: false }
    return this.advance(pending)
  }

  /** Runs the command if its arguments are complete, else asks for (or skips) the next literal. */
  private advance(pending: PendingCommand): string {
    const ctx = this.context(pending.tag, pending.uid)
    const outcome = runCommand(pending.command, pending.parts, ctx)
    switch (outcome.kind) {
      case 'bye':
        this.close()
        return `* BYE ${outcome.text}${CRLF}`
      case 'reply':
        return this.reply(pending.tag, outcome.result, outcome.command, this.state !== 'not authenticated', pending.uid)
      case 'literal': {
        if (outcome.refusal && outcome.sync) return this.reply(pending.tag, outcome.refusal, pending.command, true, pending.uid)
        pending.remaining = outcome.size
        pending.chunks = []
        pending.literalDone = outcome.size === 0
        pending.refusal = outcome.refusal
        this.mode = { kind: 'literal', pending }
        // RFC 3501 §7.5: a synchronising literal waits for the server's continuation request.
        return outcome.sync ? `+ OK${CRLF}` : ''
      }
    }
  }

  /** Reads literal octets as they arrive: CR, LF and NUL inside a literal are data (RFC 3501 §4.3). */
  private literalOctets(pending: PendingCommand): string | undefined {
    const octets = this.framer.take(pending.remaining)
    if (octets.length === 0) return undefined
    if (!pending.refusal) pending.chunks.push(octets)
    pending.remaining -= octets.length
    if (pending.remaining === 0) pending.literalDone = true
    return ''
  }

  private continueAfterLiteral(pending: PendingCommand, text: string): string {
    this.mode = { kind: 'command' }
    if (pending.refusal) return this.reply(pending.tag, pending.refusal, pending.command, true, pending.uid)
    pending.parts.push(pending.chunks.join(''), text)
    pending.chunks = []
    pending.literalDone = false
    return this.advance(pending)
  }

  private idleLine(tag: string, line: string): string {
    this.mode = { kind: 'command' }
    // RFC 2177 §3: the client ends IDLE with DONE.
    const result: HandlerResult = line.toUpperCase() === 'DONE' ? { status: 'OK', text: 'Idle completed.' } : { status: 'BAD', text: 'Expected DONE.' }
    return this.reply(tag, result, undefined, true)
  }

  /** Writes the handler's untagged lines, the pending updates, the tagged line and what follows. */
  private reply(tag: string, result: HandlerResult, command: AnyImapCommand | undefined, sync: boolean, uid = false): string {
    let out = ''
    for (const line of result.untagged ?? []) out += line + CRLF
    const ctx = this.context(tag, uid)
    if (result.continuation !== undefined) {
      out += `+ ${result.continuation}${CRLF}`
      if (this.mode.kind === 'idle' && this.selection) out += this.syncLines('full', false)
      return out
    }
    let deleted = false
    if (sync && result.status !== 'BAD' && this.selection && !this.closed) {
      if (this.store.mailbox(this.user ?? '', this.selection.mailbox.name) !== this.selection.mailbox) deleted = true
      else out += this.syncLines(command?.sync?.(ctx) ?? 'full', uid)
    }
    out += taggedLine(tag, result) + CRLF
    for (const line of result.after ?? []) out += line + CRLF
    if (result.close) {
      this.close()
      return out
    }
    if (deleted) {
      this.close()
      return `${out}* BYE Selected mailbox was deleted, have to disconnect.${CRLF}`
    }
    if (result.invalid) {
      this.badCommands++
      const preauth = this.state === 'not authenticated'
      if (this.badCommands >= (preauth ? PREAUTH_MAX_BAD_COMMANDS : MAX_BAD_COMMANDS)) {
        this.close()
        const bye = `* BYE Too many invalid IMAP commands.${CRLF}`
        // imap-login sends the BYE instead of the BAD; imap sends the BAD, then the BYE.
        return preauth ? bye : out + bye
      }
    } else if (this.state !== 'not authenticated') {
      this.badCommands = 0
    }
    return out
  }

  private syncLines(mode: 'full' | 'no-expunge' | 'none', withUid: boolean): string {
    if (!this.selection || mode === 'none') return ''
    const lines = this.selection.sync(mode === 'full', withUid)
    return lines.length > 0 ? lines.join(CRLF) + CRLF : ''
  }

  /** The one context handlers see; only the tag and the UID prefix change per command. */
  private readonly ctx = new SessionContext(this)

  private context(tag: string, uid: boolean): CommandContext {
    this.ctx.tag = tag
    this.ctx.uid = uid
    return this.ctx
  }

  /** State changes handlers may ask for, through SessionContext. */
  login(user: string): void {
    this.user = user
    this.state = stateAfter(IMAP_STATE_TABLE, this.state, 'login')
  }

  select(mailbox: Mailbox, readOnly: boolean): Selection {
    this.selection?.close()
    this.selection = new Selection(mailbox, readOnly, this.sessionId)
    this.state = stateAfter(IMAP_STATE_TABLE, this.state, 'select')
    return this.selection
  }

  unselect(expunge: boolean): void {
    const selection = this.selection
    if (!selection) return
    selection.close()
    if (expunge && !selection.readOnly) {
      const doomed = selection.messages.filter((message) => message.flags.has('\\Deleted')).map((message) => message.uid)
      selection.mailbox.expunge(doomed, this.sessionId)
    }
    this.selection = undefined
    this.state = stateAfter(IMAP_STATE_TABLE, this.state, 'unselect')
  }

  beginIdle(tag: string): void {
    this.mode = { kind: 'idle', tag }
  }

  awaitAuthResponse(tag: string, finish: (line: string) => HandlerResult): void {
    this.mode = { kind: 'auth', tag, finish }
  }
}
