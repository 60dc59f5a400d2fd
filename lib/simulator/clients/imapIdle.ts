// IMAP push (RFC 2177): instead of LOGOUT the session ends its processing with IDLE, and the
// server answers "+ idling" and then writes updates unasked, such as "* 4 EXISTS" when mail
// arrives. To act on them the client sends DONE (the tagged OK ends the IDLE command) as the
// first line of obtaining, fetches what is new, and sends IDLE again at the end of processing.
// RFC 2177 §3 also asks clients to re-issue IDLE at least every 29 minutes.

import { applyUntagged, IDLE_STEP, imapHandlers, planBodies, type ImapClientContext } from './imapClient'
import { parseImapReply } from './imapReply'
import type { PlanHandlers, PlanItem } from './plan'

export { IDLE_STEP } from './imapClient'

const DONE: PlanItem = { kind: 'line', line: 'DONE', purpose: 'DONE', step: IDLE_STEP }

/** Obtaining after IDLE: DONE first, then the plan the cache needs. */
export function withDone<P extends { plan: PlanItem[] }>(context: Pick<ImapClientContext, 'waiting'>, planned: P): P {
  return context.waiting ? { ...planned, plan: [DONE, ...planned.plan] } : planned
}

/**
 * The IMAP handlers with IDLE: DONE is sent without a tag (RFC 2177 §3, it is not a command), and
 * IDLE's answer is a continuation request, not a tagged reply.
 */
export const imapPushHandlers: PlanHandlers<ImapClientContext> = {
  draft: imapHandlers.draft,
  lineFor: (draft, item) => (item.kind === 'line' && item.purpose === 'DONE' ? 'DONE' : imapHandlers.lineFor(draft, item)),
  handle: (draft, item, reply) => {
    if (item.kind === 'line' && item.purpose === 'IDLE') return handleIdle(draft, reply)
    imapHandlers.handle(draft, item, reply)
    if (item.kind !== 'line') return
    if (item.purpose === 'DONE') {
      draft.waiting = false
      // The bodies wait for the list fetches; with none after DONE, they are planned now.
      if (!draft.plan.some((next) => next.kind === 'line' && (next.purpose === 'resync' || next.purpose === 'summaries'))) planBodies(draft)
    }
    if (item.purpose === 'summaries') draft.arrived = false
  },
}

function handleIdle(draft: ImapClientContext, reply: string): void {
  // "+ idling" (Dovecot's text; RFC 2177 only requires a continuation), maybe with updates after it.
  if (!/^\+ /m.test(reply)) {
    draft.fault = reply === '' ? 'connection-closed' : 'command-failed'
    return
  }
  draft.waiting = true
  readUpdates(draft, reply)
}

/**
 * What the server pushed while the client idled: untagged EXISTS, EXPUNGE and FETCH update the
 * cache; an EXISTS that grows the mailbox means new mail to fetch.
 */
export function readUpdates(draft: ImapClientContext, pushed: string): void {
  const parsed = parseImapReply(pushed)
  let count = draft.exists
  for (const response of parsed.untagged) {
    if (response.kind === 'exists') {
      if (response.count > count) draft.arrived = true
      count = response.count
    } else if (response.kind === 'expunge') count = Math.max(0, count - 1)
  }
  applyUntagged(draft, parsed, 'push')
  if (!draft.wire.connected) draft.fault = 'connection-closed'
}

/** The event `server.push` in IDLE: takes what the server wrote and reads it into the context. */
export function takePush(context: ImapClientContext): Partial<ImapClientContext> {
  const pushed = context.wire.takePushed(IDLE_STEP)
  if (pushed === '') return context.wire.connected ? {} : { fault: 'connection-closed' }
  const draft = imapHandlers.draft(context)
  readUpdates(draft, pushed)
  return { messages: draft.messages, exists: draft.exists, seqUids: draft.seqUids, arrived: draft.arrived, fault: draft.fault, session: draft.session }
}
