// The link between the mail server and one device, with the command in flight when that device
// is the one acting. An offline device's link is drawn cut and grey.
import type { Protocol } from '@/lib/protocols'

export interface NetworkLineProps {
  protocol: Protocol
  /** The device's label, for the text alternative ("Link to Phone"). */
  deviceLabel: string
  online: boolean
  /** True while this device is the one talking to the server. */
  active: boolean
  /** The client line of the last exchange, shown while active (null: the server spoke first). */
  command: string | null
}

const activeLine: Record<Protocol, string> = { pop3: 'border-pop3', imap: 'border-imap' }
const activeText: Record<Protocol, string> = { pop3: 'text-pop3 border-pop3', imap: 'text-imap border-imap' }

export function networkLineText({ deviceLabel, online, active, command }: Omit<NetworkLineProps, 'protocol'>): string {
  if (!online) return `Link to ${deviceLabel}: cut (offline)`
  if (!active) return `Link to ${deviceLabel}: idle`
  return command ? `Link to ${deviceLabel}: sending ${command}` : `Link to ${deviceLabel}: server greeting`
}

export function NetworkLine(props: NetworkLineProps) {
  const { protocol, online, active, command } = props
  const line = !online ? 'border-dashed border-line' : active ? `${activeLine[protocol]} motion-safe:animate-pulse` : 'border-line'
  return (
    <div className="flex min-h-12 items-center gap-2 pl-6" data-active={active || undefined} data-online={online}>
      <div aria-hidden="true" className={`h-12 self-stretch border-l-2 ${line} ${online ? '' : 'relative'}`}>
        {!online && <span className="absolute top-1/2 -left-1.5 block w-3 -rotate-45 border-t-2 border-ink-muted" />}
      </div>
      <p className="min-w-0 text-xs">
        <span className="sr-only">{networkLineText(props)}</span>
        <span aria-hidden="true">
          {!online ? (
            <span className="text-ink-muted">offline</span>
          ) : active ? (
            <code className={`rounded border bg-surface-raised px-1.5 py-0.5 font-mono break-all ${activeText[protocol]}`}>
              {command ?? '(greeting)'}
            </code>
          ) : null}
        </span>
      </p>
    </div>
  )
}
