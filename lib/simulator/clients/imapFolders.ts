// The IMAP client's folders beyond INBOX (RFC 3501 §5.1): learning which there are with LIST
// (imapList.ts), filing with UID MOVE (RFC 6851), its own sent copies with APPEND (LITERAL+,
// RFC 7888), creating a missing folder when the server answers [TRYCREATE] (RFC 3501 §6.3.11, as
// Thunderbird and Apple Mail do), and looking into each folder it shows: EXAMINE (read-only), the
// UIDs and flags, then summaries of what is new.

import { octetLength } from '@/lib/protocols/wire'
import { toSequenceSet, type ImapReply, type ImapValue } from './imapReply'
import type { LocalMessage } from './localMessage'
import type { PlanItem } from './plan'
import { LIST_ITEM, listedFolders } from './imapList'

/** The folder state an IMAP client keeps besides its INBOX cache. */
export interface ImapFolderState {
  plan: PlanItem[]
  /** The folders this account shows besides INBOX (e.g. Sent, Archive), as the last LIST named them; synced each session. */
  folderNames: string[]
  /** Summaries of each of those folders, as the server listed them at the last sync. */
  folders: Record<string, LocalMessage[]>
  folderValidity: Record<string, number>
  /** Copies of messages this device sent, waiting to be APPENDed to Sent. */
  appends: string[]
  /** The INBOX cache; a message with `movingTo` waits for its UID MOVE. */
  messages: LocalMessage[]
  /** The session came back from IDLE (RFC 2177) on the connection that listed the folders. */
  resumed: boolean
  /** While it idled, the user or the check timer asked for a check: a whole sync, folders too. */
  checkAsked: boolean
  fault: string | null
}

/** The folder a sent copy goes to (a client's "Sent" special folder, RFC 6154 \Sent). */
export const SENT_FOLDER = 'Sent'

const FOLDER_PURPOSES = ['EXAMINE', 'folder-uids', 'folder-summaries'] as const

/** "EXAMINE:Sent" → ["EXAMINE", "Sent"]. */
function splitPurpose(purpose: string): [string, string] {
  const at = purpose.indexOf(':')
  return at === -1 ? [purpose, ''] : [purpose.slice(0, at), purpose.slice(at + 1)]
}

/** Replies to these look at another mailbox than INBOX: the INBOX cache must not read them. */
export function isOtherMailboxPurpose(purpose: string): boolean {
  return (FOLDER_PURPOSES as readonly string[]).includes(splitPurpose(purpose)[0])
}

function appendItem(raw: string): PlanItem {
  // LITERAL+ (advertised by Dovecot and this server): the literal follows without waiting for "+".
  return { kind: 'line', line: `APPEND ${SENT_FOLDER} (\\Seen) {${octetLength(raw)}+}\r\n${raw}`, purpose: `APPEND:${SENT_FOLDER}` }
}

function syncItems(folder: string): PlanItem[] {
  return [
    { kind: 'line', line: `EXAMINE ${folder}`, purpose: `EXAMINE:${folder}` },
    { kind: 'line', line: 'UID FETCH 1:* (UID FLAGS)', purpose: `folder-uids:${folder}` },
  ]
}

/**
 * After INBOX's own changes: LIST the folders, file moved messages, append sent copies. The LIST
 * reply then plans a look into each folder it names (readList), after the moves and appends.
 * A session back from IDLE for new mail or a renewal, that shows no other folder and has nothing
 * to file, does no folder work (its connection listed them when it opened), so a renewal stays
 * DONE, then IDLE; a check asked for while idling lists them again.
 */
export function planFolderWork(context: ImapFolderState): PlanItem[] {
  if (context.resumed && !context.checkAsked && context.folderNames.length === 0 && !hasFolderWork(context)) return []
  const plan: PlanItem[] = [LIST_ITEM]
  for (const message of context.messages) {
    if (message.movingTo && message.uid !== null) {
      plan.push({ kind: 'line', line: `UID MOVE ${message.uid} ${message.movingTo}`, purpose: `MOVE:${message.movingTo}` })
    }
  }
  for (const raw of context.appends) plan.push(appendItem(raw))
  return plan
}

/** The folder work a LIST reply plans ahead of: the moves, appends and creates already queued. */
function isFilingItem(item: PlanItem): boolean {
  if (item.kind !== 'line') return false
  const kind = splitPurpose(item.purpose)[0]
  return kind === 'MOVE' || kind === 'APPEND' || kind === 'CREATE'
}

/**
 * Plans the look into `folders` after the filing still queued and before what ends the session.
 * A session that ends in IDLE selects INBOX again first and reads its UIDs (RFC 2177 idles on the
 * selected mailbox, and EXAMINE selected another), to follow the EXPUNGEs IDLE will report.
 */
function planFolderSyncs(draft: ImapFolderState, folders: readonly string[]): void {
  if (folders.length === 0) return
  const at = draft.plan.findIndex((item) => !isFilingItem(item))
  const head = at === -1 ? draft.plan : draft.plan.slice(0, at)
  const tail = at === -1 ? [] : draft.plan.slice(at)
  const idles = tail.some((item) => item.kind === 'line' && item.purpose === 'IDLE')
  const reselects = tail.some((item) => item.kind === 'line' && item.purpose === 'SELECT')
  draft.plan = [...head, ...folders.flatMap(syncItems), ...(idles && !reselects ? RESELECT_INBOX : []), ...tail]
}

const RESELECT_INBOX: PlanItem[] = [
  { kind: 'line', line: 'SELECT INBOX', purpose: 'SELECT' },
  { kind: 'line', line: 'UID FETCH 1:* (UID FLAGS)', purpose: 'resync' },
]

/**
 * The folders the LIST reply names replace the ones shown: a folder another device created shows
 * from now on, and one deleted on the server goes, with what the device held of it.
 */
function readList(draft: ImapFolderState, reply: ImapReply): void {
  const listed = listedFolders(reply)
  const kept = (record: Record<string, unknown>) => Object.keys(record).every((folder) => listed.includes(folder))
  if (!kept(draft.folders)) draft.folders = Object.fromEntries(Object.entries(draft.folders).filter(([folder]) => listed.includes(folder)))
  if (!kept(draft.folderValidity)) draft.folderValidity = Object.fromEntries(Object.entries(draft.folderValidity).filter(([folder]) => listed.includes(folder)))
  draft.folderNames = listed
  planFolderSyncs(draft, listed)
}

export function hasFolderWork(context: Pick<ImapFolderState, 'appends' | 'messages'>): boolean {
  return context.appends.length > 0 || context.messages.some((message) => message.movingTo !== undefined)
}

/**
 * Reads the reply to a folder item; false when the item is not one. A NO [TRYCREATE] to APPEND or
 * MOVE creates the folder and tries again; any other NO is the session's fault.
 */
export function handleFolderReply(draft: ImapFolderState, item: PlanItem & { kind: 'line' }, reply: ImapReply, summary: (uid: number, attrs: Record<string, ImapValue>) => LocalMessage): boolean {
  const [kind, folder] = splitPurpose(item.purpose)
  const status = reply.tagged?.status
  switch (kind) {
    case 'LIST':
      if (status !== 'OK') draft.fault = 'command-failed'
      else readList(draft, reply)
      return true
    case 'APPEND':
    case 'MOVE':
      if (status === 'OK') {
        if (kind === 'APPEND') draft.appends.shift()
      } else if (reply.tagged?.code === 'TRYCREATE') {
        draft.plan.unshift({ kind: 'line', line: `CREATE ${folder}`, purpose: `CREATE:${folder}` }, { ...item })
      } else draft.fault = 'command-failed'
      return true
    case 'CREATE':
      if (status !== 'OK') draft.fault = 'command-failed'
      else if (!draft.folderNames.includes(folder)) {
        draft.folderNames = [...draft.folderNames, folder]
        planFolderSyncs(draft, [folder])
      }
      return true
    case 'EXAMINE':
      if (status !== 'OK') {
        // The folder is not on the server (yet): nothing to show, and nothing to fetch.
        draft.folders = { ...draft.folders, [folder]: [] }
        draft.plan = draft.plan.filter((next) => !(next.kind === 'line' && next.purpose === `folder-uids:${folder}`))
      } else readExamine(draft, folder, reply)
      return true
    case 'folder-uids':
    case 'folder-summaries':
      if (status !== 'OK') draft.fault = 'command-failed'
      else readFolderFetch(draft, folder, reply, kind === 'folder-summaries', summary)
      return true
    default:
      return false
  }
}

function readExamine(draft: ImapFolderState, folder: string, reply: ImapReply): void {
  let exists = 0
  for (const response of reply.untagged) {
    if (response.kind === 'exists') exists = response.count
    if (response.kind === 'status' && response.code?.startsWith('UIDVALIDITY ')) {
      const validity = Number(response.code.split(' ')[1])
      // A new UIDVALIDITY means the cached UIDs mean nothing any more (RFC 3501 §2.3.1.1).
      if (draft.folderValidity[folder] !== validity) draft.folders = { ...draft.folders, [folder]: [] }
      draft.folderValidity = { ...draft.folderValidity, [folder]: validity }
    }
  }
  if (exists === 0) {
    draft.folders = { ...draft.folders, [folder]: [] }
    draft.plan = draft.plan.filter((next) => !(next.kind === 'line' && next.purpose === `folder-uids:${folder}`))
  }
}

function readFolderFetch(draft: ImapFolderState, folder: string, reply: ImapReply, summaries: boolean, summary: (uid: number, attrs: Record<string, ImapValue>) => LocalMessage): void {
  const cached = draft.folders[folder] ?? []
  const byUid = new Map(cached.map((message) => [message.uid, message]))
  const listed: LocalMessage[] = []
  const missing: number[] = []
  for (const response of reply.untagged) {
    if (response.kind !== 'fetch') continue
    const uid = Number(response.attrs.UID)
    const flags = Array.isArray(response.attrs.FLAGS) ? response.attrs.FLAGS.filter((flag): flag is string => typeof flag === 'string') : []
    const known = byUid.get(uid)
    if (summaries) listed.push(summary(uid, response.attrs))
    else if (known) listed.push(withFolderFlags(known, flags))
    else missing.push(uid)
  }
  if (summaries) {
    draft.folders = { ...draft.folders, [folder]: [...cached, ...listed].sort((a, b) => (a.uid ?? 0) - (b.uid ?? 0)) }
    return
  }
  // What the list does not mention is gone from that folder (moved or expunged elsewhere).
  draft.folders = { ...draft.folders, [folder]: listed }
  if (missing.length > 0) {
    draft.plan.unshift({ kind: 'line', line: `UID FETCH ${toSequenceSet(missing)} (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])`, purpose: `folder-summaries:${folder}` })
  }
}

function withFolderFlags(message: LocalMessage, flags: string[]): LocalMessage {
  const seen = flags.includes('\\Seen')
  const flagged = flags.includes('\\Flagged')
  const deleted = flags.includes('\\Deleted')
  return seen === message.seen && flagged === message.flagged && deleted === message.deleted ? message : { ...message, seen, flagged, deleted }
}

/** The user files a cached INBOX message in `folder`; it shows there at once and moves on the next session. */
export function markForMove(messages: readonly LocalMessage[], messageId: string, folder: string): LocalMessage[] | null {
  const index = messages.findIndex((message) => message.messageId === messageId && message.uid !== null)
  if (index === -1) return null
  const next = [...messages]
  next[index] = { ...next[index], movingTo: folder }
  return next
}
