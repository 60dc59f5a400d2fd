// lib/console: the model behind the protocol console (app/console). One simulated server and the
// connections a learner opens to it, what each device has learned from its replies, help,
// completion, history, literals and challenge checks. No React; learner-facing words arrive
// through ConsoleDeps from content/, wired in components/console/consoleDeps.ts.

export { ConsoleSession } from './session'
export type { ConsoleDeps, ConsoleTab, TranscriptEntry, EntryKind } from './session'
export type { ConsoleWorld } from './world'
export type { ConsoleExchange } from './exchange'
export type { ChallengeId } from './challenges'
export { commandsAllowed } from './commandsAllowed'
export { completeLine } from './completion'
export { EMPTY_HISTORY, historyDown, historyUp, recordLine } from './history'
export { literalPrompt } from './literal'
export type { PendingLiteral } from './literal'
export { nextTag } from './tags'
export { displayLine } from './display'
export { CONNECTION_STEPS, PROTOCOL_STATES, connectionStep } from './states'
export { deviceMessages, outboundMessages, serverMailboxes } from './views'
export { plainCredentials } from './help'
