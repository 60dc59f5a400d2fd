// The link between the mail server and one device, with a one-line "wire ticker": the command in
// flight and its reply's status while that device is the one talking. An offline device's link is
// drawn cut and grey. A link the last step synced a change along pulses (a dot runs down it; under
// reduced motion only its colour shows the change).
import { memo } from 'react'
import type { Protocol } from '@/lib/protocols'
import { BellIcon, ClockIcon } from './icons'
import { formatMinutes } from '@/lib/viewModel/timeText'

export interface NetworkLineProps {
  protocol: Protocol
  /** The device's label, for the text alternative ("Link to Phone"). */
  deviceLabel: string
  online: boolean
  /** True while this device is the one talking to the server. */
  active: boolean
  /** The client line of the last exchange, shown while active (null: the server spoke first). */
  command: string | null
  /** The status line of the server's reply to it ("+OK 2 messages", "a3 OK FETCH completed"). */
  reply?: string | null
  /** A change travelled along this link in the last step. */
  pulse?: boolean
  /** IMAP push: the device waits in IDLE, so the server tells it of new mail at once. */
  idling?: boolean
  /** Polling: the simulated minute of the device's next automatic check. */
  nextCheckAt?: number | null
}

const activeLine: Record<Protocol, string> = { pop3: 'bg-pop3', imap: 'bg-imap' }
const activeText: Record<Protocol, string> = { pop3: 'text-pop3 border-pop3', imap: 'text-imap border-imap' }
const dot: Record<Protocol, string> = { pop3: 'bg-pop3-strong', imap: 'bg-imap-strong' }

/** What an idle link says about when the device will next hear of new mail, if it says anything. */
export function waitingText({ idling, nextCheckAt }: Pick<NetworkLineProps, 'idling' | 'nextCheckAt'>): string | null {
  if (idling) return 'waiting for new mail, told at once (IDLE)'
  if (nextCheckAt !== null && nextCheckAt !== undefined) return `next checks for mail at ${formatMinutes(nextCheckAt)}`
  return null
}

export function networkLineText({ deviceLabel, online, active, command, reply, pulse, idling, nextCheckAt }: Omit<NetworkLineProps, 'protocol'>): string {
  if (!online) return `Link to ${deviceLabel}: cut (offline)`
  if (!active) {
    const waiting = waitingText({ idling, nextCheckAt })
    const state = pulse ? 'a change synced' : 'idle'
    return `Link to ${deviceLabel}: ${waiting && !pulse ? waiting : waiting ? `${state}; ${waiting}` : state}`
  }
  const said = command ? `sending ${command}` : 'server greeting'
  return reply ? `Link to ${deviceLabel}: ${said}; reply ${reply}` : `Link to ${deviceLabel}: ${said}`
}

/** Memoised: its props are plain values, and most links look the same after a step. */
export const NetworkLine = memo(function NetworkLine(props: NetworkLineProps) {
  const { protocol, online, active, command, reply, pulse = false, idling = false, nextCheckAt = null } = props
  const lit = online && (active || pulse)
  return (
    <div
      className="flex h-6 min-w-0 shrink-0 items-stretch gap-2 pl-5"
      data-active={active || undefined}
      data-online={online}
      data-pulse={pulse || undefined}
    >
      <div aria-hidden="true" className="relative w-0.5 shrink-0 overflow-visible">
        <span className={`absolute inset-0 ${!online ? 'border-l-2 border-dashed border-line' : lit ? activeLine[protocol] : 'bg-line'}`} />
        {!online && <span className="absolute top-1/2 -left-1.5 block w-3.5 -rotate-45 border-t-2 border-ink-muted" />}
        {online && pulse && (
          <span key={String(command)} className={`absolute -left-[3px] size-2 rounded-full motion-safe:animate-[wire-pulse_0.9s_ease-in-out_2] motion-reduce:top-1/2 ${dot[protocol]}`} />
        )}
      </div>
      <p className="flex min-w-0 items-center text-[0.6875rem] leading-4">
        <span className="sr-only">{networkLineText(props)}</span>
        <span aria-hidden="true" className="min-w-0 truncate">
          {!online ? (
            <span className="text-ink-muted">offline</span>
          ) : active ? (
            <code className={`rounded border bg-surface-raised px-1 font-mono ${activeText[protocol]}`}>
              {command ?? '(greeting)'}
              {reply && <span className="text-ink"> → {reply}</span>}
            </code>
          ) : pulse ? (
            <span className="text-ink-muted">change synced</span>
          ) : idling ? (
            <span className={`inline-flex items-center gap-1 font-medium ${activeText[protocol].split(' ')[0]}`} data-idling="">
              <BellIcon className="size-3" /> Waiting for new mail (IDLE)
            </span>
          ) : nextCheckAt !== null ? (
            <span className="inline-flex items-center gap-1 text-ink-muted" data-next-check="">
              <ClockIcon className="size-3" /> Next check at {formatMinutes(nextCheckAt)}
            </span>
          ) : null}
        </span>
      </p>
    </div>
  )
})
