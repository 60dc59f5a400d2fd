// One SMTP connection (RFC 5321 §3, §4.1): greeting, EHLO, optional AUTH (RFC 4954), then mail
// transactions of MAIL, RCPT and DATA. It owns the session's state; the dispatcher, the command
// handlers and the transport do the rest. Between commands and message content it switches
// according to RFC 5321 §4.1.1.4: after 354, every line is content until the lone ".".

import type { MailStore } from '../mailstore'
import type { ProtocolSession, SmtpState } from '../session'
import { InputFramer } from '../framing'
import { MESSAGE_SIZE_LIMIT, SMTP_GREETING_TEXT } from './constants'
import { DataReader } from './data'
import { dispatchCommand, type DispatchState } from './dispatcher'
import { formatReply } from './formatter'
import { reply } from './replies'
import type { MailTransport } from './transport'
import type { Envelope, SmtpContext, SmtpReply, SmtpRole } from './types'

export interface SmtpConnectOptions {
  /** Which port the client connected to (default submission, 587). */
  role?: SmtpRole
  /** How Postfix names the client in Received: "reverse-name [address]". */
  client?: string
}

export class SmtpSession implements ProtocolSession, SmtpContext {
  readonly protocol = 'smtp' as const
  readonly greeting = formatReply(reply(220, undefined, SMTP_GREETING_TEXT))
  readonly role: SmtpRole
  heloName: string | undefined = undefined
  esmtp = false
  continuation: ((line: string) => SmtpReply) | undefined = undefined
  private loggedInUser: string | undefined = undefined
  private currentEnvelope: Envelope | undefined = undefined
  private data: DataReader | undefined = undefined
  private isClosed = false
  private readonly memory: DispatchState = { errors: 0 }
  private readonly client: string
  /**
   * Postfix reads command lines of any length (it cuts them itself, see the dispatcher) and
   * content lines of any length; a line longer than the whole message size limit is cut here so
   * the buffer stays bounded, and such a message is refused as too big anyway.
   */
  private readonly framer = new InputFramer(MESSAGE_SIZE_LIMIT)
  /** SMTP servers speak only when spoken to (RFC 5321 §4.3.1). */
  readonly idling = false

  constructor(
    readonly store: MailStore,
    readonly transport: MailTransport,
    options: SmtpConnectOptions = {},
  ) {
    this.role = options.role ?? 'submission'
    this.client = options.client ?? 'localhost [127.0.0.1]'
  }

  get state(): SmtpState {
    if (this.isClosed) return 'closed'
    if (this.data) return 'data'
    if (this.currentEnvelope) return this.currentEnvelope.recipients.length > 0 ? 'recipients' : 'sender'
    return this.heloName === undefined ? 'connected' : 'greeted'
  }

  get closed(): boolean {
    return this.isClosed
  }

  get user(): string | undefined {
    return this.loggedInUser
  }

  get envelope(): Envelope | undefined {
    return this.currentEnvelope
  }

  /** Any chunk of what the client wrote, as an octet string; each complete line is handled in order (RFC 2920). */
  receive(chunk: string): string {
    if (this.isClosed) return ''
    this.framer.push(chunk)
    let out = ''
    for (let line = this.framer.nextLine(); line && !this.isClosed; line = this.isClosed ? undefined : this.framer.nextLine()) {
      out += this.receiveLine(line.text)
    }
    return out
  }

  private receiveLine(line: string): string {
    if (this.data) return this.contentLine(line)
    let out = ''
    for (const answer of dispatchCommand(this, this.memory, line)) {
      out += formatReply(answer)
      if (answer.close) this.isClosed = true
    }
    return out
  }

  poll(): string {
    return ''
  }

  /** A dropped connection abandons the transaction: nothing is delivered (RFC 5321 §3.8). */
  drop(): void {
    this.isClosed = true
    this.framer.clear()
    this.data = undefined
    this.currentEnvelope = undefined
  }

  startTransaction(envelope: Envelope): void {
    this.currentEnvelope = envelope
  }

  resetTransaction(): void {
    this.currentEnvelope = undefined
    this.data = undefined
  }

  authenticate(user: string, password: string): boolean {
    if (!this.store.authenticate(user, password)) return false
    this.loggedInUser = user
    return true
  }

  beginData(): void {
    this.data = new DataReader()
  }

  private contentLine(line: string): string {
    const reader = this.data as DataReader
    if (!reader.take(line)) return ''
    const envelope = this.currentEnvelope as Envelope
    this.resetTransaction()
    return formatReply(this.finish(envelope, reader))
  }

  /** RFC 5321 §4.1.1.4: the reply after "." says whether the server took responsibility. */
  private finish(envelope: Envelope, reader: DataReader): SmtpReply {
    if (reader.tooBig) return reply(552, '5.3.4', 'Error: message file too big')
    const result = this.transport.accept({
      sender: envelope.sender,
      recipients: envelope.recipients,
      content: reader.content,
      hop: {
        heloName: this.heloName ?? this.client.split(' ')[0],
        client: this.client,
        withProtocol: !this.esmtp ? 'SMTP' : this.loggedInUser ? 'ESMTPA' : 'ESMTP',
      },
    })
    if (!result.ok) return reply(552, '5.2.2', `<${result.fullMailbox}>: Mailbox is full`)
    return reply(250, '2.0.0', `Ok: queued as ${result.queueId}`)
  }
}
