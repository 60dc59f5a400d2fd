// The state diagrams' boxes per protocol: the client machine's workflow steps (read from the
// machine definitions) and the protocol states. Plain data, so the prerender can pass it to the
// first-paint shell without the simulator in the first-load JavaScript.
import type { Protocol } from '@/lib/protocols'
import { protocolStates, workflowSteps } from '@/lib/simulator/workflow'

export interface LaneDiagram {
  steps: { id: string; label: string }[]
  states: string[]
}

export type LabDiagrams = Record<Protocol, LaneDiagram>

export function labDiagrams(): LabDiagrams {
  const lane = (protocol: Protocol): LaneDiagram => ({
    steps: workflowSteps(protocol).map(({ id, label }) => ({ id, label })),
    states: [...protocolStates(protocol)],
  })
  return { pop3: lane('pop3'), imap: lane('imap') }
}
