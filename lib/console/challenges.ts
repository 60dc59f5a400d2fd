// Challenge checks: pure functions of the console's state (what the server stores, and what each
// connection sent and received). The words for each challenge are in content/console/challenges.ts.

import type { MailProtocol, StoredMessage } from '@/lib/protocols'
import { splitImapResponses } from '@/lib/protocols/wire'
import { parseCount, parseFetch } from './imapResponses'
import type { ConsoleExchange } from './exchange'
import { splitTag } from './tags'

/** What a challenge check reads of an exchange. */
export type CheckExchange = Pick<ConsoleExchange, 'client' | 'reply' | 'via'>

export interface CheckTab {
  protocol: MailProtocol
  /** The user the connection logged in as, if it did. */
  user?: string
  exchanges: readonly CheckExchange[]
  dropped: boolean
  markedAtDrop: readonly number[]
}

export interface CheckState {
  /** The user's INBOX as the server holds it now. */
  inbox: readonly StoredMessage[]
  tabs: readonly CheckTab[]
}

const has = (inbox: readonly StoredMessage[], uid: number) => inbox.find((m) => m.uid === uid)
const ok = (reply: string) => reply.startsWith('+OK')
const imapVerb = (line: string | null) => {
  const words = splitTag(line ?? '').rest.trim().toUpperCase().split(/\s+/)
  return words[0] === 'UID' ? `UID ${words[1] ?? ''}` : words[0] ?? ''
}

/** IMAP, message 2's text fetched, and message 2 still unseen on the server. */
function peek(state: CheckState): boolean {
  const second = has(state.inbox, 2)
  if (!second || second.flags.has('\\Seen')) return false
  return state.tabs.some(
    (tab) =>
      tab.protocol === 'imap' &&
      tab.exchanges.some((ex) =>
        splitImapResponses(ex.reply).some((response) => {
          const fetch = parseFetch(response)
          return fetch !== null && fetch.hasBody && (fetch.uid === 2 || (fetch.uid === undefined && fetch.seq === 2))
        }),
      ),
  )
}

/** POP3: DELE 1, then RSET, then QUIT, all answered +OK, and message 1 still stored. */
function pop3Rset(state: CheckState): boolean {
  if (!has(state.inbox, 1)) return false
  return state.tabs.some((tab) => {
    if (tab.protocol !== 'pop3') return false
    let step = 0
    for (const ex of tab.exchanges) {
      const verb = (ex.client ?? '').trim().toUpperCase().replace(/\s+/g, ' ')
      if (!ok(ex.reply)) continue
      if (step === 0 && verb === 'DELE 1') step = 1
      else if (step === 1 && verb === 'RSET') step = 2
      else if (step === 2 && verb === 'DELE 1') step = 1
      else if (step === 2 && verb === 'QUIT') return true
    }
    return false
  })
}

/** IMAP: one tab learned of a \Seen flag from an untagged FETCH it did not ask for. */
function imapSync(state: CheckState): boolean {
  const imapTabs = state.tabs.filter((tab) => tab.protocol === 'imap')
  if (imapTabs.length < 2) return false
  return imapTabs.some((tab) =>
    tab.exchanges.some((ex) => {
      const verb = imapVerb(ex.client)
      if (ex.via === 'command' && /FETCH|STORE/.test(verb)) return false
      return splitImapResponses(ex.reply).some((response) => parseFetch(response)?.flags?.includes('\\Seen'))
    }),
  )
}

/** IMAP: a tab told of new mail by "* n EXISTS" outside SELECT/EXAMINE, after a delivery. */
function newMail(state: CheckState): boolean {
  return state.tabs.some(
    (tab) =>
      tab.protocol === 'imap' &&
      tab.exchanges.some((ex) => {
        const verb = imapVerb(ex.client)
        if (ex.via === 'greeting' || verb === 'SELECT' || verb === 'EXAMINE' || verb === 'APPEND') return false
        return splitImapResponses(ex.reply).some((response) => parseCount(response)?.kind === 'exists')
      }),
  )
}

/** POP3: a connection dropped with messages marked, and every one of them still stored. */
function pop3Drop(state: CheckState): boolean {
  return state.tabs.some(
    (tab) =>
      tab.protocol === 'pop3' &&
      tab.dropped &&
      tab.markedAtDrop.length > 0 &&
      tab.markedAtDrop.every((uid) => has(state.inbox, uid) !== undefined),
  )
}

/** SMTP: the reply to the lone "." that ends a message: 250 means the server took it (RFC 5321 §4.1.1.4). */
function submitted(tab: CheckTab): boolean {
  return tab.protocol === 'smtp' && tab.exchanges.some((ex) => ex.via === 'command' && ex.client === '.' && ex.reply.startsWith('250 '))
}

/**
 * SMTP and IMAP: a message submitted over SMTP, and an IMAP connection logged in as bob told of
 * it by "* n EXISTS" pushed while it idled (RFC 2177), not in reply to a command of its own.
 */
function smtpPush(state: CheckState): boolean {
  if (!state.tabs.some(submitted)) return false
  return state.tabs.some(
    (tab) =>
      tab.protocol === 'imap' &&
      tab.user === 'bob' &&
      tab.exchanges.some((ex) => ex.via === 'push' && splitImapResponses(ex.reply).some((response) => parseCount(response)?.kind === 'exists')),
  )
}

/** SMTP: a recipient refused with 554 5.7.1 because the connection had not logged in (RFC 6409 §4.1). */
function smtpNoAuth(state: CheckState): boolean {
  return state.tabs.some(
    (tab) =>
      tab.protocol === 'smtp' &&
      tab.exchanges.some((ex) => ex.via === 'command' && /^RCPT\s+TO:/i.test(ex.client ?? '') && ex.reply.startsWith('554 5.7.1 ')),
  )
}

/** The console's challenges, by id; their words are content (content/console/challenges.ts). */
export type ChallengeId = 'peek' | 'pop3-rset' | 'imap-sync' | 'new-mail' | 'pop3-drop' | 'smtp-push' | 'smtp-no-auth'

export const CHECKERS: Readonly<Record<ChallengeId, (state: CheckState) => boolean>> = {
  peek,
  'pop3-rset': pop3Rset,
  'imap-sync': imapSync,
  'new-mail': newMail,
  'pop3-drop': pop3Drop,
  'smtp-push': smtpPush,
  'smtp-no-auth': smtpNoAuth,
}

/** The ids of the challenges the state shows solved. */
export function solvedChallenges(state: CheckState): ChallengeId[] {
  return (Object.keys(CHECKERS) as ChallengeId[]).filter((id) => CHECKERS[id](state))
}
