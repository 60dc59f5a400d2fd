// The state diagrams per protocol, with the coordinates laid out at build time
// (lib/simulator/diagrams/layouts.generated.ts). Plain data, so the prerender can pass it to the
// first-paint shell without the simulator in the first-load JavaScript.
import type { LaneDiagramLayouts } from '@/components/diagrams/DeviceDiagrams'
import type { Protocol } from '@/lib/protocols'
import type { StateGraphId } from '@/lib/simulator/diagrams/graph'
import { STATE_DIAGRAM_LAYOUTS } from '@/lib/simulator/diagrams/layouts.generated'

export type LaneDiagram = LaneDiagramLayouts

export type LabDiagrams = Record<Protocol, LaneDiagram>

function layout(id: StateGraphId) {
  const found = STATE_DIAGRAM_LAYOUTS.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No layout for the ${id} diagram: run npm run diagrams`)
  return found
}

export function labDiagrams(): LabDiagrams {
  return {
    pop3: { client: layout('pop3-client'), session: layout('pop3-session') },
    imap: { client: layout('imap-client'), session: layout('imap-session') },
  }
}
