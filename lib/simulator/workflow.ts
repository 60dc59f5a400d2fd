// The workflow steps of each client machine, read from the machine definitions, and the
// protocol states of each protocol in order (RFC 1939 §3, RFC 3501 §3), for the state diagrams.

import { IMAP_STATE_TABLE, POP3_STATE_TABLE, type ImapState, type Pop3State, type Protocol, type ProtocolState } from '@/lib/protocols'
import { imapClientMachine } from './machines/imapClientMachine'
import { pop3ClientMachine } from './machines/pop3ClientMachine'

export interface WorkflowStep {
  /** The state name, as DeviceView.clientStep and TranscriptEntryView.step spell it. */
  id: string
  label: string
  /** True for the steps of a session (connected); false for idle, offline and error. */
  inSession: boolean
}

const machines = { pop3: pop3ClientMachine, imap: imapClientMachine } as const

/** The article's steps in order (session steps), then the resting states. */
export function workflowSteps(protocol: Protocol): WorkflowStep[] {
  const root = machines[protocol].root
  const session = root.states.session
  const steps: WorkflowStep[] = Object.entries(session.states).map(([id, node]) => ({ id, label: labelOf(node.meta, id), inSession: true }))
  for (const [id, node] of Object.entries(root.states)) {
    if (id !== 'session') steps.push({ id, label: labelOf(node.meta, id), inSession: false })
  }
  return steps
}

function labelOf(meta: unknown, fallback: string): string {
  if (meta && typeof meta === 'object' && 'label' in meta && typeof meta.label === 'string') return meta.label
  return fallback
}

export const POP3_STATES: readonly Pop3State[] = POP3_STATE_TABLE.states
export const IMAP_STATES: readonly ImapState[] = IMAP_STATE_TABLE.states

export function protocolStates(protocol: Protocol): readonly ProtocolState[] {
  return protocol === 'pop3' ? POP3_STATES : IMAP_STATES
}
