// A client's work within one workflow step, as a queue of items: the greeting, a command line,
// or a local operation (storing downloaded mail). Running an item is one "exchange"; running
// the queue dry is one whole workflow step. Handlers edit a draft copy, never the context.

import type { Wire } from '../wire'

export type PlanItem =
  | { kind: 'greeting' }
  /** `step`: the transcript's step for this line when it is not the workflow step's own (IDLE, DONE). */
  | { kind: 'line'; line: string; purpose: string; step?: string }
  | { kind: 'local'; purpose: string }

export interface PlanContext {
  wire: Wire
  plan: PlanItem[]
  fault: string | null
}

export interface PlanHandlers<C extends PlanContext> {
  /** A shallow copy whose arrays and records the handlers may change. */
  draft(context: C): C
  /** Turns an item into the line sent (IMAP adds the tag here); null for local items. */
  lineFor(draft: C, item: PlanItem): string | null
  /** Reads the reply ('' when the connection is gone) and updates the draft; sets draft.fault on failure. */
  handle(draft: C, item: PlanItem, reply: string): void
}

/** Runs up to `limit` items of the plan for `step`; returns the new context. */
export function runPlan<C extends PlanContext>(context: C, step: string, limit: number, handlers: PlanHandlers<C>): C {
  if (context.plan.length === 0 || limit <= 0) return context
  const draft = handlers.draft(context)
  let ran = 0
  while (draft.plan.length > 0 && ran < limit && draft.fault === null) {
    const item = draft.plan.shift() as PlanItem
    ran++
    if (item.kind === 'greeting') {
      const greeting = draft.wire.open(step)
      handlers.handle(draft, item, greeting ?? '')
      continue
    }
    const line = handlers.lineFor(draft, item)
    const reply = line === null ? '' : draft.wire.send(item.kind === 'line' ? (item.step ?? step) : step, line)
    handlers.handle(draft, item, reply)
  }
  if (draft.fault !== null) draft.plan = []
  return draft
}

/** How many items an event runs: a whole step, one exchange, or none. */
export function limitFor(eventType: string): number {
  if (eventType === 'client.step') return Number.POSITIVE_INFINITY
  if (eventType === 'client.exchange') return 1
  return 0
}
