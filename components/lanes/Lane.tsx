'use client'
// One protocol's lane: the mail server, the network lines and the devices, named after the
// protocol ("POP3", "IMAP"). The page adds the state diagram and the transcript as children.
import type { ReactNode } from 'react'
import type { DeviceId, LaneView } from '@/lib/simulator/view'
import { DevicePanel, type DeviceActions } from './DevicePanel'
import { NetworkLine } from './NetworkLine'
import { ServerPanel } from './ServerPanel'
import { accentBorder, accentText } from './styles'
import { PROTOCOL_LABELS, formatBytes } from './viewText'

export interface LaneProps {
  lane: LaneView
  /** Free-play callbacks per device; a device without an entry shows no controls. */
  deviceActions?: Partial<Record<DeviceId, DeviceActions>>
  /** Free play: deliver new mail to the server. */
  onDeliver?: () => void
  /** Rendered inside the lane region, after the devices (state diagram, transcript). */
  children?: ReactNode
  className?: string
}

/** The client line of the latest exchange the active device made in the last step, if any. */
export function commandInFlight(lane: LaneView): { device: DeviceId; command: string | null } | null {
  if (!lane.activeDevice || lane.lastExchanges.length === 0) return null
  const latest = [...lane.lastExchanges]
    .sort((a, b) => b - a)
    .map((index) => lane.transcript.find((entry) => entry.index === index))
    .find((entry) => entry?.device === lane.activeDevice)
  return { device: lane.activeDevice, command: latest?.client ?? null }
}

export function Lane({ lane, deviceActions, onDeliver, children, className = '' }: LaneProps) {
  const { protocol } = lane
  const name = PROTOCOL_LABELS[protocol]
  const headingId = `lane-${protocol}`
  const inFlight = commandInFlight(lane)
  const scale = Math.max(lane.server.bytesUsed, ...lane.devices.map((device) => device.bytesUsed), 1)
  const { roundTrips, bytesToServer, bytesFromServer } = lane.metrics
  return (
    <section
      id={`lane-${protocol}-region`}
      aria-labelledby={headingId}
      className={`@container flex min-w-0 flex-col gap-3 rounded-2xl border-t-4 bg-surface p-3 ring-1 ring-line sm:p-4 ${accentBorder[protocol]} ${className}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className={`text-2xl font-semibold tracking-tight ${accentText[protocol]}`}>
          {name}
        </h2>
        <p className="text-xs text-ink-muted">
          {roundTrips} {roundTrips === 1 ? 'round trip' : 'round trips'} · {formatBytes(bytesToServer)} sent ·{' '}
          {formatBytes(bytesFromServer)} received
        </p>
      </header>
      <ServerPanel protocol={protocol} server={lane.server} devices={lane.devices} onDeliver={onDeliver} />
      <div className="grid gap-x-3 @md:grid-cols-2">
        {lane.devices.map((device) => {
          const active = inFlight?.device === device.id
          return (
            <div key={device.id} className="flex min-w-0 flex-col">
              <NetworkLine
                protocol={protocol}
                deviceLabel={device.label}
                online={device.online}
                active={active}
                command={active ? inFlight.command : null}
              />
              <DevicePanel protocol={protocol} device={device} active={active} scaleBytes={scale} {...deviceActions?.[device.id]} />
            </div>
          )
        })}
      </div>
      {children}
    </section>
  )
}
