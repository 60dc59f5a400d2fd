// The POP3 client's work per workflow step (RFC 1939): what it sends in each step and how it
// reads the replies. It remembers UIDLs (§7) so it never downloads a message twice, and it
// only marks with DELE; the server removes marked mail when QUIT commits (§6).

import type { LocalMessage } from './localMessage'
import { parseHeaders } from './localMessage'
import type { PlanContext, PlanHandlers, PlanItem } from './plan'
import { parsePop3Reply, retrBody } from './pop3Reply'
import type { ClientNotice } from './events'
import { octetLength } from '@/lib/protocols/wire'

export interface Pop3Listing {
  n: number
  uidl: string
  size: number
}

export interface Pop3ClientContext extends PlanContext {
  device: string
  user: string
  password: string
  leaveCopy: boolean
  /** The local inbox for this account. */
  messages: LocalMessage[]
  /** UIDLs downloaded before (kept even when the local copy is deleted). */
  known: Record<string, true>
  /** This session's maildrop, from LIST and UIDL. */
  listing: Pop3Listing[]
  /** Retrieved but not yet stored. */
  inFlight: { uidl: string; raw: string; size: number }[]
  /** Message numbers marked with DELE in this session (not committed until QUIT). */
  marked: number[]
  /**
   * Folders that exist only on this device (RFC 1939 has one maildrop, so the server never sees
   * them): what the user filed, and the copies of what this device sent. A local message's `uid`
   * is its number in that folder.
   */
  folders: Record<string, LocalMessage[]>
  /** Local folder numbers handed out so far. */
  localNumbers: number
  /** Counts of the last session, for the outcome line. */
  session: { retrieved: number; stored: number; marked: number; committed: boolean }
  notice: ClientNotice
}

export const pop3Handlers: PlanHandlers<Pop3ClientContext> = {
  draft: (context) => ({
    ...context,
    plan: [...context.plan],
    messages: [...context.messages],
    known: { ...context.known },
    listing: [...context.listing],
    inFlight: [...context.inFlight],
    marked: [...context.marked],
    session: { ...context.session },
  }),
  lineFor: (_draft, item) => (item.kind === 'line' ? item.line : null),
  handle: handlePop3,
}

function handlePop3(draft: Pop3ClientContext, item: PlanItem, reply: string): void {
  if (item.kind === 'local') {
    storeInFlight(draft)
    return
  }
  const purpose = item.kind === 'greeting' ? 'greeting' : item.purpose
  const multiLine = purpose === 'LIST' || purpose === 'UIDL' || purpose.startsWith('RETR')
  const parsed = parsePop3Reply(reply, multiLine)
  if (!parsed) {
    draft.fault = reply === '' ? 'connection-closed' : 'unreadable-reply'
    return
  }
  if (!parsed.ok) {
    draft.fault = purpose === 'PASS' || purpose === 'USER' ? 'login-failed' : 'command-failed'
    return
  }
  if (purpose === 'LIST') {
    draft.listing = parsed.lines.map((line) => {
      const [n, size] = line.split(' ').map(Number)
      return { n, uidl: '', size }
    })
  } else if (purpose === 'UIDL') {
    const uidls = new Map(parsed.lines.map((line) => line.split(' ') as [string, string]))
    draft.listing = draft.listing.map((entry) => ({ ...entry, uidl: uidls.get(String(entry.n)) ?? '' }))
    for (const entry of draft.listing) {
      if (!draft.known[entry.uidl]) draft.plan.push({ kind: 'line', line: `RETR ${entry.n}`, purpose: `RETR ${entry.n}` })
    }
  } else if (purpose.startsWith('RETR')) {
    const entry = draft.listing.find((candidate) => candidate.n === Number(purpose.slice(5)))
    const raw = retrBody(parsed)
    if (entry) draft.inFlight.push({ uidl: entry.uidl, raw, size: entry.size })
    draft.session.retrieved++
  } else if (purpose.startsWith('DELE')) {
    draft.marked.push(Number(purpose.slice(5)))
    draft.session.marked++
  } else if (purpose === 'QUIT') {
    draft.session.committed = true
    draft.marked = []
    draft.listing = []
  }
}

/** "Storing": each retrieved message becomes a local copy, marked new, and its UIDL is remembered. */
function storeInFlight(draft: Pop3ClientContext): void {
  for (const message of draft.inFlight) {
    const headers = parseHeaders(message.raw)
    draft.messages.push({
      uid: null,
      uidl: message.uidl,
      messageId: headers.messageId,
      subject: headers.subject,
      from: headers.from,
      size: message.size,
      headerBytes: headers.headerBytes,
      seen: false,
      flagged: false,
      deleted: false,
      hasBody: true,
    })
    draft.known[message.uidl] = true
    draft.session.stored++
  }
  draft.inFlight = []
}

export const pop3Plans = {
  connecting: (): PlanItem[] => [{ kind: 'greeting' }],
  authorizing: (context: Pop3ClientContext): PlanItem[] => [
    { kind: 'line', line: `USER ${context.user}`, purpose: 'USER' },
    { kind: 'line', line: `PASS ${context.password}`, purpose: 'PASS' },
  ],
  retrieving: (): PlanItem[] => [
    { kind: 'line', line: 'STAT', purpose: 'STAT' },
    { kind: 'line', line: 'LIST', purpose: 'LIST' },
    { kind: 'line', line: 'UIDL', purpose: 'UIDL' },
  ],
  storing: (): PlanItem[] => [{ kind: 'local', purpose: 'store' }],
  /** DELE every message of this maildrop that is safely stored on the device. */
  deleting: (context: Pop3ClientContext): PlanItem[] =>
    context.listing
      .filter((entry) => context.known[entry.uidl])
      .map((entry) => ({ kind: 'line', line: `DELE ${entry.n}`, purpose: `DELE ${entry.n}` })),
  disconnecting: (): PlanItem[] => [{ kind: 'line', line: 'QUIT', purpose: 'QUIT' }],
}

export function hasDeletable(context: Pop3ClientContext): boolean {
  return !context.leaveCopy && context.listing.some((entry) => context.known[entry.uidl])
}

/** Local actions: reading, flagging and deleting touch only the device's copy under POP3. */
export function applyPop3UserAction(
  context: Pop3ClientContext,
  action: 'read' | 'flag' | 'delete',
  messageId: string,
): Pick<Pop3ClientContext, 'messages' | 'notice'> {
  const index = context.messages.findIndex((message) => message.messageId === messageId)
  if (index === -1) return { messages: context.messages, notice: 'unknown-message' }
  const messages = [...context.messages]
  const message = messages[index]
  if (action === 'delete') messages.splice(index, 1)
  else if (action === 'read') messages[index] = { ...message, seen: true }
  else messages[index] = { ...message, flagged: !message.flagged }
  return { messages, notice: null }
}

/** Files a downloaded message in a local folder: the server, and every other device, never know. */
export function fileLocally(context: Pop3ClientContext, messageId: string, folder: string): Pick<Pop3ClientContext, 'messages' | 'folders' | 'localNumbers' | 'notice'> {
  const index = context.messages.findIndex((message) => message.messageId === messageId)
  if (index === -1) return { messages: context.messages, folders: context.folders, localNumbers: context.localNumbers, notice: 'unknown-message' }
  const messages = [...context.messages]
  const [message] = messages.splice(index, 1)
  const localNumbers = context.localNumbers + 1
  const filed = { ...message, uid: localNumbers }
  return { messages, folders: { ...context.folders, [folder]: [...(context.folders[folder] ?? []), filed] }, localNumbers, notice: null }
}

/** The copy of what this device sent, kept in its own Sent folder (POP3 has nowhere else to put it). */
export function keepLocalSentCopy(context: Pop3ClientContext, raw: string): Pick<Pop3ClientContext, 'folders' | 'localNumbers'> {
  const headers = parseHeaders(raw)
  const localNumbers = context.localNumbers + 1
  const copy: LocalMessage = {
    uid: localNumbers,
    uidl: null,
    messageId: headers.messageId,
    subject: headers.subject,
    from: headers.from,
    size: octetLength(raw),
    headerBytes: headers.headerBytes,
    seen: true,
    flagged: false,
    deleted: false,
    hasBody: true,
  }
  return { folders: { ...context.folders, Sent: [...(context.folders.Sent ?? []), copy] }, localNumbers }
}
