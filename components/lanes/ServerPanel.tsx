'use client'
// The simulated mail server of one lane: its mailbox as message cards and its storage meter.
import { AnimatePresence } from 'framer-motion'
import type { Protocol } from '@/lib/protocols'
import type { DeviceView, LaneView } from '@/lib/simulator/view'
import { MessageCard } from './MessageCard'
import { StorageMeter } from './StorageMeter'
import { buttonClass } from './styles'
import { copyLayoutId, placeRegionName, serverMessageState } from './viewText'

export interface ServerPanelProps {
  protocol: Protocol
  server: LaneView['server']
  /** The lane's devices: a device that lacks a message gets an anchor its copy will fly out of. */
  devices?: DeviceView[]
  /** Full bar of the storage meter (defaults to the quota). */
  scaleBytes?: number
  /** Free play: new mail arrives. Rendered as a button only when given. */
  onDeliver?: () => void
}

export function ServerPanel({ protocol, server, devices = [], scaleBytes, onDeliver }: ServerPanelProps) {
  const held = new Map(devices.map((device) => [device.id, new Set(device.messages.map((message) => message.key))]))
  const count = server.messages.length
  return (
    <section aria-label={placeRegionName('Mail server', protocol)} className="flex flex-col gap-3 rounded-xl border border-line bg-surface-raised p-3 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">
          Mail server
        </h3>
        <span className="text-xs text-ink-muted">
          INBOX · {count} {count === 1 ? 'message' : 'messages'}
        </span>
      </div>
      <StorageMeter
        label="Mail server storage"
        bytesUsed={server.bytesUsed}
        capacityBytes={server.quotaBytes}
        scaleBytes={scaleBytes}
        protocol={protocol}
      />
      {count === 0 && <p className="text-sm text-ink-muted">The mailbox is empty.</p>}
      <ul aria-label="Messages on the mail server" className="flex flex-col gap-2">
        <AnimatePresence initial={false}>
          {server.messages.map((message) => (
            <MessageCard
              key={message.key}
              protocol={protocol}
              subject={message.subject}
              from={message.from}
              size={message.size}
              state={serverMessageState(message)}
              flagged={message.flags.includes('\\Flagged')}
              markedForDeletion={message.markedForDeletion}
              anchors={devices.map((device) => ({
                id: device.id,
                layoutId: held.get(device.id)?.has(message.key) ? undefined : copyLayoutId(protocol, message.key, device.id),
              }))}
            />
          ))}
        </AnimatePresence>
      </ul>
      {onDeliver && (
        <button type="button" onClick={onDeliver} className={buttonClass}>
          Deliver a new message
        </button>
      )}
    </section>
  )
}

