'use client'
// One protocol's lane: the mail server, the network lines with their wire tickers, and the devices,
// named after the protocol ("POP3", "IMAP"). On the stage the lane fills the height it is given:
// the server takes the top, the devices share the rest, and every panel shows as many cards as fit.
import type { ReactNode } from 'react'
import type { Protocol } from '@/lib/protocols'
import type { DeviceId, LaneView } from '@/lib/simulator/view'
import { DevicePanel, type DeviceActions } from './DevicePanel'
import { latestMinutes } from '@/lib/viewModel/placeText'
import { laneUsesFolders } from '@/lib/viewModel/folders'
import { ClockIcon } from './icons'
import { NetworkLine } from './NetworkLine'
import { ServerPanel } from './ServerPanel'
import { accentBorder, accentText } from './styles'
import { formatBytes } from '@/lib/viewModel/formatBytes'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import { formatMinutes, laneUsesClock } from '@/lib/viewModel/timeText'
import { lineTexts } from '@/lib/protocols/wire'

/** What the last step changed in a lane: message keys per place ("server" or a device id). */
export type LaneChanges = ReadonlyMap<string, ReadonlySet<string>>

export interface LaneProps {
  lane: LaneView
  /** Free-play callbacks per device; a device without an entry shows no controls. */
  deviceActions?: Partial<Record<DeviceId, DeviceActions>>
  /** Free play: deliver new mail to the server. */
  onDeliver?: () => void
  /** What the last step changed: outlined cards, pulsing links. */
  changes?: LaneChanges
  /** Rendered inside the lane region, after the devices. */
  children?: ReactNode
  /** Show the simulated clock (default: when the lane uses it). Live mode runs on real time: false. */
  showClock?: boolean
  className?: string
}

/** The status line of a reply: POP3's first line; IMAP's tagged line for the command's tag. */
export function replyStatus(protocol: Protocol, client: string | null, server: string): string | null {
  const lines = lineTexts(server)
  if (lines.length === 0) return null
  if (protocol === 'pop3' || client === null) return lines[0]
  const tag = client.split(' ')[0]
  return lines.find((line) => line.startsWith(`${tag} `)) ?? lines[lines.length - 1]
}

/** The client line (and the reply's status) of the latest exchange the active device made in the last step. */
export function commandInFlight(lane: LaneView): { device: DeviceId; command: string | null; reply: string | null } | null {
  if (!lane.activeDevice || lane.lastExchanges.length === 0) return null
  const latest = [...lane.lastExchanges]
    .sort((a, b) => b - a)
    .map((index) => lane.transcript.find((entry) => entry.index === index))
    .find((entry) => entry?.device === lane.activeDevice)
  const command = latest?.client ?? null
  return { device: lane.activeDevice, command, reply: latest ? replyStatus(lane.protocol, command, latest.server) : null }
}

/**
 * The sender's server talking to ours in the last step (SMTP, role mta): its refused command and
 * the reply when the server refused one (a 4xx or 5xx reply, e.g. 552 mailbox full), else its
 * last command. Null when no relay spoke.
 */
export function relayInFlight(lane: LaneView): { command: string | null; reply: string | null; refused: boolean } | null {
  const entries = lane.lastExchanges.map((index) => lane.transcript.find((entry) => entry.index === index)).filter((entry) => entry?.device === 'relay')
  if (entries.length === 0) return null
  const status = (server: string) => lineTexts(server).at(-1) ?? null
  const refused = entries.find((entry) => /^[45]\d\d/.test(status(entry!.server) ?? '') && entry!.client !== null)
  const shown = refused ?? entries.filter((entry) => entry!.client !== 'QUIT').at(-1) ?? entries.at(-1)
  return { command: shown!.client, reply: status(shown!.server), refused: refused !== undefined }
}

const EMPTY: ReadonlySet<string> = new Set()

/** Cards a panel should show before the dock below the stage gets more room. */
const WANTED_ROWS = 4
/** A device cell's least height on the stage: its link (24 px) and a panel's header lines. */
export const DEVICE_MIN_HEIGHT = 100

/**
 * The height (px) the stage would like for a lane's server and its devices: enough for up to four
 * rows of cards each (server cards in about 3 columns, devices two to a row). The lane shares its
 * height in this proportion, and the lab gives the dock only what is left over.
 */
export function laneShares(lane: LaneView, withActions = false): { server: number; devices: number; rows: number } {
  const serverRows = Math.min(WANTED_ROWS, Math.max(1, Math.ceil(lane.server.messages.length / 3)))
  const rows = Math.max(1, Math.ceil(lane.devices.length / 2))
  const deviceCards = Math.min(WANTED_ROWS, Math.max(1, ...lane.devices.map((device) => device.messages.length)))
  // Free play adds a row of device actions (about 32 px) under each device's cards; folders a row of switches.
  const actions = withActions ? 32 : 0
  // The folder switches' row (20 px, its gap, and the slack a wrapped header line needs).
  const folders = laneUsesFolders(lane) ? 36 : 0
  const queue = lane.server.outbound.length > 0 ? 16 : 0
  // The lane splits its height in proportion to these shares, so a device row asks a little more
  // than its folder row alone, or the server's share would take what a device's card needs.
  const deviceFolders = folders > 0 ? folders + 16 : 0
  return { server: 44 + folders + queue + serverRows * 32, devices: rows * (DEVICE_MIN_HEIGHT + actions + deviceFolders + deviceCards * 32), rows }
}

/** The whole lane's wanted height on the stage (its heading and gaps included). */
export function laneNeed(lane: LaneView, withActions = false): number {
  const { server, devices, rows } = laneShares(lane, withActions)
  // The lane's heading, padding and gaps measure about 64 px in Chromium at 1366×768.
  return 64 + server + devices + rows * 4
}

export function Lane({ lane, deviceActions, onDeliver, changes, children, showClock = laneUsesClock(lane), className = '' }: LaneProps) {
  const { protocol } = lane
  const name = PROTOCOL_LABELS[protocol]
  const headingId = `lane-${protocol}`
  const inFlight = commandInFlight(lane)
  const scale = Math.max(lane.server.bytesUsed, ...lane.devices.map((device) => device.bytesUsed), 1)
  const { roundTrips, bytesToServer, bytesFromServer } = lane.metrics
  const serverChanged = changes?.get('server') ?? EMPTY
  const withActions = deviceActions !== undefined && Object.keys(deviceActions).length > 0
  const shares = laneShares(lane, withActions)
  const showFolders = laneUsesFolders(lane)
  const seen = latestMinutes(lane)
  const rowMin = DEVICE_MIN_HEIGHT + (withActions ? 32 : 0) + (showFolders ? 36 : 0)
  return (
    <section
      id={`lane-${protocol}-region`}
      aria-labelledby={headingId}
      className={`@container flex min-h-0 min-w-0 flex-col gap-1.5 rounded-2xl border-t-4 bg-surface p-2 ring-1 ring-line ${accentBorder[protocol]} ${className}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 stage:flex-nowrap">
        <h2 id={headingId} className={`shrink-0 text-lg leading-6 font-semibold tracking-tight ${accentText[protocol]}`}>
          {name}
        </h2>
        {showClock && (
          <p className="flex min-w-0 flex-1 items-center gap-1 text-xs font-medium" data-clock="">
            <ClockIcon className="size-3.5" />
            <span className="shrink-0 whitespace-nowrap">
              <span className="sr-only">{name} </span>Simulated time: <span className="tabular-nums">{formatMinutes(lane.clockMinutes)}</span>
            </span>
            {seen && (
              <span className="min-w-0 truncate font-normal text-ink-muted" data-minutes-to-see="" title={`First seen: ${seen}`}>
                · first seen: {seen}
              </span>
            )}
          </p>
        )}
        <p className="min-w-0 truncate text-[0.6875rem] text-ink-muted">
          {roundTrips} {roundTrips === 1 ? 'round trip' : 'round trips'} · {formatBytes(bytesToServer)} sent · {formatBytes(bytesFromServer)} received
        </p>
      </header>
      <ServerPanel
        protocol={protocol}
        server={lane.server}
        onDeliver={onDeliver}
        changed={serverChanged}
        showFolders={showFolders}
        relay={relayInFlight(lane)}
        className="stage:min-h-[4.5rem] stage:flex-(--server-share)"
        style={{ '--server-share': `${shares.server} 1 0px` } as React.CSSProperties}
      />
      <div
        className="grid min-h-0 gap-x-2 gap-y-1 @md:grid-cols-2 stage:flex-(--device-share)"
        style={
          {
            '--device-share': `${shares.devices} 1 0px`,
            gridTemplateRows: `repeat(${shares.rows}, minmax(${rowMin}px, 1fr))`,
            minHeight: shares.rows * rowMin + (shares.rows - 1) * 4,
          } as React.CSSProperties
        }
      >
        {lane.devices.map((device) => {
          const active = inFlight?.device === device.id
          const changed = changes?.get(device.id) ?? EMPTY
          return (
            <div key={device.id} className="flex min-h-0 min-w-0 flex-col">
              <NetworkLine
                protocol={protocol}
                deviceLabel={device.label}
                online={device.online}
                active={active}
                command={active ? inFlight.command : null}
                reply={active ? inFlight.reply : null}
                pulse={changed.size > 0 || (active && serverChanged.size > 0)}
                idling={device.idling}
                nextCheckAt={device.nextCheckAt}
              />
              <DevicePanel
                protocol={protocol}
                device={device}
                active={active}
                scaleBytes={scale}
                changed={changed}
                showFolders={showFolders}
                className="stage:flex-1"
                {...deviceActions?.[device.id]}
              />
            </div>
          )
        })}
      </div>
      {children}
    </section>
  )
}
