// The IMAP client's work per workflow step (RFC 3501): LOGIN and SELECT; obtaining flags of
// what it caches (changes from other devices arrive as untagged FETCH/EXPUNGE), summaries of new
// mail and the bodies asked for; pushing local changes with UID STORE and EXPUNGE; LOGOUT.

import type { OfflineCopies } from '../world'
import type { ClientNotice } from './events'
import { flagList, parseImapReply, toSequenceSet, type ImapReply } from './imapReply'
import { octetLength } from '@/lib/protocols/wire'
import { parseHeaders, type LocalMessage } from './localMessage'
import type { PlanContext, PlanHandlers, PlanItem } from './plan'
import { handleFolderReply, isOtherMailboxPurpose, planFolderWork, type ImapFolderState } from './imapFolders'

export type ImapFlag = '\\Seen' | '\\Flagged' | '\\Deleted'

/** A change made on the device, waiting to be pushed to the server. */
export interface PendingChange {
  uid: number
  flag: ImapFlag
  add: boolean
}

export interface ImapClientContext extends PlanContext, ImapFolderState {
  device: string
  user: string
  password: string
  offlineCopies: OfflineCopies
  /** The cached mailbox (summaries, and bodies when held). */
  messages: LocalMessage[]
  uidValidity: number | null
  pending: PendingChange[]
  /** UIDs the user opened that need their body fetched. */
  toOpen: number[]
  /** This connection: tag counter, EXISTS, UIDNEXT and the UID of each sequence number. */
  tag: number
  exists: number
  uidNext: number
  seqUids: number[]
  bodiesPlanned: boolean
  /** Push (RFC 2177): after its work the session waits in IDLE instead of logging out. */
  push: boolean
  /** The session came back from IDLE, which kept the cache current: no flag resync needed. */
  resumed: boolean
  /** EXISTS grew while idling: new mail above the UIDs the client knows. */
  arrived: boolean
  /** IDLE is running on the connection: the next line must be DONE. */
  waiting: boolean
  /** Something asked the idling client to talk to the server (a check, 29 minutes in IDLE). */
  wake: boolean
  session: { summaries: number; bodies: number; stored: number; expunged: number }
  notice: ClientNotice
}

export const imapHandlers: PlanHandlers<ImapClientContext> = {
  draft: (context) => ({
    ...context,
    plan: [...context.plan],
    messages: [...context.messages],
    pending: [...context.pending],
    toOpen: [...context.toOpen],
    seqUids: [...context.seqUids],
    session: { ...context.session },
    appends: [...context.appends],
  }),
  lineFor: (draft, item) => {
    if (item.kind !== 'line') return null
    draft.tag++
    return `a${draft.tag} ${item.line}`
  },
  handle: handleImap,
}

function handleImap(draft: ImapClientContext, item: PlanItem, reply: string): void {
  if (item.kind === 'local') return
  if (item.kind === 'greeting') {
    if (!reply.startsWith('* OK')) draft.fault = reply === '' ? 'connection-closed' : 'unreadable-reply'
    return
  }
  const parsed = parseImapReply(reply)
  if (!parsed.tagged) {
    draft.fault = reply === '' ? 'connection-closed' : 'unreadable-reply'
    return
  }
  if (!isOtherMailboxPurpose(item.purpose)) applyUntagged(draft, parsed, item.purpose)
  if (handleFolderReply(draft, item, parsed, summaryMessage)) return
  if (parsed.tagged.status !== 'OK') {
    draft.fault = item.purpose === 'LOGIN' ? 'login-failed' : 'command-failed'
    return
  }
  if (item.purpose === 'SELECT') readSelect(draft, parsed)
  else if (item.purpose === 'STORE') draft.session.stored++
  else if (item.purpose === 'LOGOUT' && draft.offlineCopies === 'none') {
    draft.messages = draft.messages.map((message) => (message.hasBody ? { ...message, hasBody: false } : message))
  }
  if ((item.purpose === 'STORE' || item.purpose === 'EXPUNGE') && !draft.plan.some(isChange)) draft.pending = []
  if ((item.purpose === 'resync' || item.purpose === 'summaries') && !draft.plan.some(isListFetch)) planBodies(draft)
}

function isListFetch(item: PlanItem): boolean {
  return item.kind === 'line' && (item.purpose === 'resync' || item.purpose === 'summaries')
}

function isChange(item: PlanItem): boolean {
  return item.kind === 'line' && (item.purpose === 'STORE' || item.purpose === 'EXPUNGE')
}

function readSelect(draft: ImapClientContext, reply: ImapReply): void {
  for (const response of reply.untagged) {
    if (response.kind !== 'status' || !response.code) continue
    const [name, value] = response.code.split(' ')
    if (name === 'UIDVALIDITY') {
      const validity = Number(value)
      // A new UIDVALIDITY means the cached UIDs mean nothing any more (RFC 3501 §2.3.1.1).
      if (draft.uidValidity !== null && draft.uidValidity !== validity) draft.messages = []
      draft.uidValidity = validity
    } else if (name === 'UIDNEXT') draft.uidNext = Number(value)
  }
  draft.seqUids = new Array<number>(draft.exists).fill(0)
}

/** Untagged EXISTS, EXPUNGE and FETCH update the cache whatever command they came with. */
export function applyUntagged(draft: ImapClientContext, reply: ImapReply, purpose: string): void {
  const index = new Map(draft.messages.map((message, position) => [message.uid, position]))
  let removed = false
  for (const response of reply.untagged) {
    if (response.kind === 'exists') draft.exists = response.count
    else if (response.kind === 'expunge') {
      const [uid] = draft.seqUids.splice(response.seq - 1, 1)
      const position = index.get(uid)
      if (position !== undefined) {
        draft.messages[position] = { ...draft.messages[position], uid: -1 }
        removed = true
        draft.session.expunged++
      }
      draft.exists = Math.max(0, draft.exists - 1)
    } else if (response.kind === 'fetch') {
      const uidValue = response.attrs.UID
      const uid = typeof uidValue === 'string' ? Number(uidValue) : draft.seqUids[response.seq - 1]
      if (uid) draft.seqUids[response.seq - 1] = uid
      const position = uid ? index.get(uid) : undefined
      if (position === undefined) {
        if (purpose === 'summaries' && uid) addSummary(draft, uid, response.attrs, index)
        continue
      }
      let message = draft.messages[position]
      if (response.attrs.FLAGS !== undefined) message = withFlags(message, flagList(response.attrs.FLAGS), draft.pending)
      if (typeof response.attrs['BODY[]'] === 'string' && !message.hasBody) {
        message = { ...message, hasBody: true }
        draft.session.bodies++
      }
      draft.messages[position] = message
    }
  }
  if (purpose === 'resync') {
    // Whatever the flag resync did not mention was expunged by another device.
    const present = new Set(draft.seqUids)
    draft.messages = draft.messages.filter((message) => message.uid !== null && present.has(message.uid))
  } else if (removed) draft.messages = draft.messages.filter((message) => message.uid !== -1)
}

function addSummary(draft: ImapClientContext, uid: number, attrs: Record<string, ImapValue>, index: Map<number | null, number>): void {
  index.set(uid, draft.messages.length)
  draft.messages.push(withFlags(summaryMessage(uid, attrs), flagList(attrs.FLAGS), draft.pending))
  draft.session.summaries++
}

/** A cached summary from FETCH (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER]); flags as the server says. */
function summaryMessage(uid: number, attrs: Record<string, ImapValue>): LocalMessage {
  const header = typeof attrs['BODY[HEADER]'] === 'string' ? attrs['BODY[HEADER]'] : ''
  const headers = parseHeaders(header)
  const flags = new Set(flagList(attrs.FLAGS))
  return {
    uid,
    uidl: null,
    messageId: headers.messageId,
    subject: headers.subject,
    from: headers.from,
    size: Number(attrs['RFC822.SIZE'] ?? 0),
    headerBytes: octetLength(header),
    seen: flags.has('\\Seen'),
    flagged: flags.has('\\Flagged'),
    deleted: flags.has('\\Deleted'),
    hasBody: false,
  }
}

type ImapValue = import('./imapReply').ImapValue

/** The server's flags, with the device's own unpushed changes laid on top. */
function withFlags(message: LocalMessage, flags: string[], pending: readonly PendingChange[]): LocalMessage {
  const set = new Set(flags)
  for (const change of pending) {
    if (change.uid !== message.uid) continue
    if (change.add) set.add(change.flag)
    else set.delete(change.flag)
  }
  const next = { seen: set.has('\\Seen'), flagged: set.has('\\Flagged'), deleted: set.has('\\Deleted') }
  if (next.seen === message.seen && next.flagged === message.flagged && next.deleted === message.deleted) return message
  return { ...message, ...next }
}

/** After the list is known: fetch the bodies the user opened, then (offline copies "full") every other body. */
export function planBodies(draft: ImapClientContext): void {
  if (draft.bodiesPlanned) return
  draft.bodiesPlanned = true
  const cached = new Map(draft.messages.map((message) => [message.uid, message]))
  for (const uid of draft.toOpen) {
    const message = cached.get(uid)
    if (!message) continue
    if (!message.hasBody) draft.plan.push({ kind: 'line', line: `UID FETCH ${uid} BODY[]`, purpose: 'open' })
    else if (!message.seen) addPending(draft.pending, { uid, flag: '\\Seen', add: true })
  }
  draft.toOpen = []
  if (draft.offlineCopies === 'full') {
    const missing = draft.messages.filter((message) => !message.hasBody && message.uid !== null).map((message) => message.uid as number)
    if (missing.length > 0) draft.plan.push({ kind: 'line', line: `UID FETCH ${toSequenceSet(missing)} BODY.PEEK[]`, purpose: 'bodies' })
  }
}

export function addPending(pending: PendingChange[], change: PendingChange): void {
  const existing = pending.findIndex((item) => item.uid === change.uid && item.flag === change.flag)
  if (existing !== -1) pending.splice(existing, 1)
  pending.push(change)
}

/** The transcript's step for everything IDLE does (RFC 2177): IDLE, what the server pushes, DONE. */
export const IDLE_STEP = 'idling'

export const imapPlans = {
  connecting: (context: ImapClientContext): PlanItem[] => [
    { kind: 'greeting' },
    { kind: 'line', line: `LOGIN ${context.user} ${context.password}`, purpose: 'LOGIN' },
    { kind: 'line', line: 'SELECT INBOX', purpose: 'SELECT' },
  ],
  obtaining: (context: ImapClientContext): PlanItem[] => {
    const plan: PlanItem[] = []
    const known = context.messages.filter((message) => message.uid !== null).map((message) => message.uid as number)
    const highest = known.length > 0 ? Math.max(...known) : 0
    if (known.length > 0 && !context.resumed) plan.push({ kind: 'line', line: `UID FETCH 1:${highest} (UID FLAGS)`, purpose: 'resync' })
    if (context.exists > 0 && (context.uidNext > highest + 1 || context.arrived)) {
      plan.push({ kind: 'line', line: `UID FETCH ${highest + 1}:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])`, purpose: 'summaries' })
    }
    return plan
  },
  /** When nothing needs listing (an empty mailbox), the bodies are planned at once. */
  processing: (context: ImapClientContext): PlanItem[] => {
    const groups = new Map<string, number[]>()
    for (const change of context.pending) {
      const key = `${change.add ? '+' : '-'}FLAGS.SILENT (${change.flag})`
      groups.set(key, [...(groups.get(key) ?? []), change.uid])
    }
    const plan: PlanItem[] = [...groups].map(([flags, uids]) => ({ kind: 'line', line: `UID STORE ${toSequenceSet(uids)} ${flags}`, purpose: 'STORE' }))
    if (context.pending.some((change) => change.flag === '\\Deleted' && change.add)) plan.push({ kind: 'line', line: 'EXPUNGE', purpose: 'EXPUNGE' })
    return [...plan, ...planFolderWork(context), ...planIdle(context)]
  },
  disconnecting: (): PlanItem[] => [{ kind: 'line', line: 'LOGOUT', purpose: 'LOGOUT' }],
}

/**
 * Push (RFC 2177): end the session in IDLE on INBOX. When the LIST reply plans a look into other
 * folders, it selects INBOX again before this (imapFolders.ts, planFolderSyncs).
 */
function planIdle(context: ImapClientContext): PlanItem[] {
  return context.push ? [{ kind: 'line', line: 'IDLE', purpose: 'IDLE', step: IDLE_STEP }] : []
}

/** Obtaining starts with the list fetches; with none to send, it plans the bodies straight away. */
export function planObtaining(context: ImapClientContext): Pick<ImapClientContext, 'plan' | 'pending' | 'toOpen' | 'bodiesPlanned'> {
  const draft = imapHandlers.draft({ ...context, plan: imapPlans.obtaining(context), bodiesPlanned: false })
  if (draft.plan.length === 0) planBodies(draft)
  return { plan: draft.plan, pending: draft.pending, toOpen: draft.toOpen, bodiesPlanned: draft.bodiesPlanned }
}
