// The two state diagrams of one device's client: where its machine is in the workflow, and the
// protocol state of its connection (RFC 1939 §3 / RFC 3501 §3). Laid out at build time; this only
// draws them, so it can sit in any panel from about 360 px wide.
import type { Protocol } from '@/lib/protocols'
import type { DiagramLayout } from '@/lib/simulator/diagrams/graph'
import { clientMarks, sessionMarks, type DiagramDevice } from '@/lib/viewModel/diagramState'
import { StateDiagram } from './StateDiagram'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

/** One protocol's two diagrams with their coordinates. */
export interface LaneDiagramLayouts {
  client: DiagramLayout
  session: DiagramLayout
}

export interface DeviceDiagramsProps {
  protocol: Protocol
  layouts: LaneDiagramLayouts
  /** The device whose client is shown (the acting one); undefined shows the diagrams unlit. */
  device: (DiagramDevice & { label: string }) | undefined
  /** Passed to each diagram: the tallest it may be, in CSS pixels. */
  maxHeight?: number
}

export function DeviceDiagrams({ protocol, layouts, device, maxHeight }: DeviceDiagramsProps) {
  const name = PROTOCOL_LABELS[protocol]
  const client = clientMarks(device)
  const session = sessionMarks(device)
  return (
    <div className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,24rem),1fr))] items-start gap-3">
      <StateDiagram
        layout={layouts.client}
        protocol={protocol}
        current={client.current}
        taken={client.taken}
        title={device ? `${device.label}'s ${name} client` : `${name} client`}
        maxHeight={maxHeight}
      />
      <StateDiagram layout={layouts.session} protocol={protocol} current={session.current} taken={session.taken} title={`${name} protocol state`} maxHeight={maxHeight} />
    </div>
  )
}
