'use client'
// The real clients in the lab's own lanes: the POP3 and IMAP lanes side by side (one at a time
// on a phone), each with its server, its connected clients as devices, the protocol state diagram
// of the client that spoke last, and the lane's transcript with its notes. Copies that came down
// the wire fly from the server's card to the client's, as in the lab.
import { useMemo, useState } from 'react'
import { StateDiagram } from '@/components/diagrams/StateDiagram'
import { sessionMarks } from '@/lib/viewModel/diagramState'
import { FlightLayer } from '@/components/lab/FlightLayer'
import { LabLanes } from '@/components/lab/LabLanes'
import { labDiagrams } from '@/components/lab/diagrams'
import { NO_CHANGES, stepChanges, type StepChanges } from '@/lib/viewModel/stepChanges'
import { TranscriptPanel } from '@/components/lab/TranscriptPanel'
import { Lane, laneNeed } from '@/components/lanes/Lane'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import { LIVE_DELIVER_PATH } from '@/lib/live'
import type { Protocol } from '@/lib/protocols'
import type { DeviceMessageView, LaneView, ServerMessageView, SimulationView, TranscriptEntryView } from '@/lib/simulator/view'
import { liveExplain } from './liveExplain'
import { liveLane, type LiveLane } from '@/lib/live/liveLanes'
import type { LiveState } from '@/lib/live/liveState'

const PROTOCOLS = ['pop3', 'imap'] as const
const DIAGRAMS = labDiagrams()
const LANE_MIN_HEIGHT = 380
const LANE_SLACK = 96

/** The lanes as a view the lab's change finder reads; `step` counts renders that changed them. */
function asView(lanes: Partial<Record<Protocol, LaneView>>, step: number): SimulationView {
  return {
    scenarioId: 'live',
    title: 'Live mode',
    goal: '',
    stepIndex: step,
    totalSteps: step,
    done: false,
    narration: {},
    question: null,
    lanes,
    granularity: 'exchange',
    freePlay: false,
    tick: 0,
    ticksInStep: 1,
    // Live mode delivers through the live server's own button (POST /api/live/deliver), never the lab's.
    nextDeliverySubject: '',
  }
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]))
}

const sameServerMessage = (a: ServerMessageView, b: ServerMessageView) =>
  a.key === b.key && a.subject === b.subject && a.from === b.from && a.size === b.size && a.markedForDeletion === b.markedForDeletion && sameList(a.flags, b.flags, Object.is)

const sameDeviceMessage = (a: DeviceMessageView, b: DeviceMessageView) =>
  a.key === b.key && a.folder === b.folder && a.subject === b.subject && a.from === b.from && a.size === b.size && a.seen === b.seen && a.flagged === b.flagged && a.deleted === b.deleted && a.hasBody === b.hasBody

/**
 * The lane with the message lists of the lane drawn before where they are equal: liveLane builds
 * every list anew for each event, and the lab's card lists are memoised on their identity (issue
 * 14), so an event that moved no message re-renders no card.
 */
function keepUnchanged(before: LaneView, after: LaneView): LaneView {
  const serverMessages = sameList(before.server.messages, after.server.messages, sameServerMessage) ? before.server.messages : after.server.messages
  const server =
    serverMessages === before.server.messages && after.server.outbound.length === 0 && before.server.outbound.length === 0 && after.server.quotaBytes === before.server.quotaBytes
      ? before.server
      : { ...after.server, messages: serverMessages }
  const devices = after.devices.map((device) => {
    const old = before.devices.find((candidate) => candidate.id === device.id)
    return old && old.messages !== device.messages && sameList(old.messages, device.messages, sameDeviceMessage) ? { ...device, messages: old.messages } : device
  })
  return { ...after, server, devices }
}

/** What changed since the last lanes we drew (outlined cards and flights), and the lanes to draw. */
function useLiveChanges(fresh: Partial<Record<Protocol, LaneView>>): { lanes: Partial<Record<Protocol, LaneView>>; changes: StepChanges } {
  // React's "state from the previous render" pattern: compared while rendering, no effect needed.
  const [seen, setSeen] = useState<{ fresh: typeof fresh; view: SimulationView; changes: StepChanges }>(() => ({ fresh, view: asView(fresh, 0), changes: NO_CHANGES }))
  if (seen.fresh === fresh) return { lanes: seen.view.lanes, changes: seen.changes }
  const lanes: Partial<Record<Protocol, LaneView>> = {}
  for (const protocol of PROTOCOLS) {
    const before = seen.view.lanes[protocol]
    const after = fresh[protocol]
    if (after) lanes[protocol] = before ? keepUnchanged(before, after) : after
  }
  const view = asView(lanes, seen.view.stepIndex + 1)
  const changes = stepChanges(seen.view, view)
  setSeen({ fresh, view, changes })
  return { lanes, changes }
}

export function LiveLanes({ state, ports }: { state: LiveState; ports: Record<Protocol, number> }) {
  const live = useMemo(() => Object.fromEntries(PROTOCOLS.map((protocol) => [protocol, liveLane(state, protocol)])) as Record<Protocol, LiveLane>, [state])
  const fresh = useMemo(() => ({ pop3: live.pop3.lane, imap: live.imap.lane }), [live])
  const { lanes: kept, changes } = useLiveChanges(fresh)
  const lanes = kept as Record<Protocol, LaneView>
  const [delivered, setDelivered] = useState('')

  const deliver = async (user: string | undefined) => {
    if (!user) return
    try {
      const response = await fetch(LIVE_DELIVER_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) })
      const result = (await response.json()) as { uid?: number; error?: string }
      setDelivered(response.ok ? `New message delivered to ${user} (UID ${result.uid}). Idling IMAP clients hear it at once.` : (result.error ?? 'Delivery failed.'))
    } catch {
      setDelivered('The live server did not answer. Is npm run live still running?')
    }
  }

  // Both lanes as tall as the taller one wants, so they line up side by side. laneNeed is what a
  // lane asks of the lab's stage before its panels wrap (the server's Deliver button takes a row
  // of its own here), so each lane gets a little more, and never less than a screenful's half.
  const laneHeight = Math.max(LANE_MIN_HEIGHT, Math.max(laneNeed(lanes.pop3), laneNeed(lanes.imap)) + LANE_SLACK)
  const rendered = Object.fromEntries(
    PROTOCOLS.map((protocol) => {
      const { labels, hidden, account } = live[protocol]
      const lane = lanes[protocol]
      const speaker = (entry: TranscriptEntryView) => (entry.device === 'relay' ? 'Relay' : (labels[entry.device] ?? entry.device))
      const shown = lane.devices.find((device) => device.id === lane.activeDevice) ?? lane.devices[0]
      const marks = sessionMarks(shown)
      return [
        protocol,
        <div key={protocol} className="flex min-w-0 flex-col gap-2">
          {/* The lane lays its server and devices out for a stage of fixed height (as in the lab): give it the height it asks for. */}
          <div className="flex flex-col stage:h-(--lane-height)" style={{ '--lane-height': `${laneHeight}px` } as React.CSSProperties}>
            <Lane lane={lane} showClock={false} changes={changes.lanes[protocol]} onDeliver={account ? () => deliver(account) : undefined} className="flex-1" />
          </div>
          <p className="text-xs text-ink-muted">
            {lane.devices.length === 0
              ? `No ${PROTOCOL_LABELS[protocol]} client connected. Point one at port ${ports[protocol]}.`
              : `Mail server: ${account ?? 'nobody'}'s mailboxes. A client's cards are the messages its commands downloaded (or only the headers of) in this connection.`}
            {lane.devices.some((device) => !device.online)
              ? ` An Offline client has disconnected: it stays here with what it downloaded until a new ${PROTOCOL_LABELS[protocol]} connection needs its place.`
              : ''}
            {hidden > 0 ? ` ${hidden} more ${PROTOCOL_LABELS[protocol]} ${hidden === 1 ? 'connection is' : 'connections are'} open but not drawn (the lab shows four devices per lane).` : ''}
          </p>
          <StateDiagram
            layout={DIAGRAMS[protocol].session}
            protocol={protocol}
            current={marks.current}
            taken={marks.taken}
            title={shown ? `${shown.label}: ${PROTOCOL_LABELS[protocol]} protocol state` : `${PROTOCOL_LABELS[protocol]} protocol states`}
            maxHeight={220}
          />
          <TranscriptPanel protocol={protocol} entries={lane.transcript} lastExchanges={lane.lastExchanges} explain={liveExplain} speakerLabel={speaker} />
        </div>,
      ]
    }),
  ) as Record<Protocol, React.ReactNode>

  return (
    <>
      <p role="status" className="min-h-5 text-sm text-ink-muted">
        {delivered}
      </p>
      <LabLanes lanes={rendered} />
      <FlightLayer flights={changes.flights} />
    </>
  )
}
