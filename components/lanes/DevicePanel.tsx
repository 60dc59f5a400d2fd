'use client'
// One device of a lane: its local inbox, online state, storage, account settings and where its
// client is in the workflow. Free-play controls appear only for the callbacks given.
import { AnimatePresence } from 'framer-motion'
import type { Protocol } from '@/lib/protocols'
import type { DeviceView } from '@/lib/simulator/view'
import { MessageCard } from './MessageCard'
import { OfflineBadge } from './OfflineBadge'
import { StorageMeter } from './StorageMeter'
import { accentRing, buttonClass } from './styles'
import { PROTOCOL_LABELS, copyLayoutId, deviceMessageState, placeRegionName } from './viewText'

export interface DeviceActions {
  onRead?: (key: string) => void
  onDelete?: (key: string) => void
  onFlag?: (key: string) => void
  onToggleOnline?: () => void
  onLose?: () => void
  onToggleLeaveCopy?: () => void
}

export interface DevicePanelProps extends DeviceActions {
  protocol: Protocol
  device: DeviceView
  /** This device is the one acting in the current step. */
  active?: boolean
  /** Full bar of the storage meter, e.g. the lane's largest store. */
  scaleBytes?: number
}

const OFFLINE_COPIES = { none: 'none', headers: 'headers only', full: 'full messages' } as const

export function DevicePanel(props: DevicePanelProps) {
  const { protocol, device, active = false, scaleBytes } = props
  const { onRead, onDelete, onFlag, onToggleOnline, onLose, onToggleLeaveCopy } = props
  const label = device.label
  const frame = device.online
    ? `border-solid bg-surface-raised ${active ? `ring-2 ${accentRing[protocol]}` : ''}`
    : 'border-dashed bg-surface-sunken grayscale'
  return (
    <section
      aria-label={placeRegionName(label, protocol)}
      data-online={device.online}
      className={`flex min-w-0 flex-col gap-3 rounded-xl border border-line p-3 shadow-sm ${frame}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold">
          {label}
        </h3>
        <OfflineBadge online={device.online} />
      </div>
      <p className="text-xs text-ink-muted">
        {device.protocolState ? (
          <>
            Step: <span className="font-medium text-ink">{device.clientStep}</span> · {PROTOCOL_LABELS[protocol]} state:{' '}
            <span className="font-mono text-ink">{device.protocolState}</span>
          </>
        ) : (
          <>
            Step: <span className="font-medium text-ink">{device.clientStep}</span> · not connected
          </>
        )}
      </p>
      <StorageMeter label={`${label} storage`} bytesUsed={device.bytesUsed} scaleBytes={scaleBytes} protocol={protocol} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
        {device.accounts.map((account) => (
          <div key={account.account} className="contents">
            <dt className="text-ink-muted">Account</dt>
            <dd>
              {account.account} ({PROTOCOL_LABELS[account.protocol]})
            </dd>
            <dt className="text-ink-muted">{account.protocol === 'pop3' ? 'Leave a copy' : 'Offline copies'}</dt>
            <dd>{account.protocol === 'pop3' ? (account.leaveCopy ? 'yes' : 'no') : OFFLINE_COPIES[account.offlineCopies]}</dd>
          </div>
        ))}
      </dl>
      {device.messages.length === 0 && <p className="text-sm text-ink-muted">No messages on this device.</p>}
      <ul aria-label={`Messages on ${label}`} className="flex flex-col gap-2">
        <AnimatePresence initial={false}>
          {device.messages.map((message) => {
            const state = deviceMessageState(message)
            const quoted = `'${message.subject}' on ${label}`
            return (
              <MessageCard
                key={message.key}
                protocol={protocol}
                layoutId={copyLayoutId(protocol, message.key, device.id)}
                subject={message.subject}
                from={message.from}
                size={message.size}
                state={state}
                flagged={message.flagged}
                headersOnly={!message.hasBody}
              >
                {onRead && state !== 'deleted' && (
                  <button type="button" className={buttonClass} aria-label={`Read ${quoted}`} onClick={() => onRead(message.key)}>
                    Read
                  </button>
                )}
                {onFlag && state !== 'deleted' && (
                  <button
                    type="button"
                    className={buttonClass}
                    aria-label={`${message.flagged ? 'Unflag' : 'Flag'} ${quoted}`}
                    onClick={() => onFlag(message.key)}
                  >
                    {message.flagged ? 'Unflag' : 'Flag'}
                  </button>
                )}
                {onDelete && state !== 'deleted' && (
                  <button type="button" className={buttonClass} aria-label={`Delete ${quoted}`} onClick={() => onDelete(message.key)}>
                    Delete
                  </button>
                )}
              </MessageCard>
            )
          })}
        </AnimatePresence>
      </ul>
      {(onToggleOnline || onLose || onToggleLeaveCopy) && (
        <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2">
          {onToggleOnline && (
            <button type="button" className={buttonClass} onClick={onToggleOnline}>
              {device.online ? `Take ${label} offline` : `Bring ${label} online`}
            </button>
          )}
          {onLose && (
            <button type="button" className={buttonClass} onClick={onLose}>
              Lose {label}
            </button>
          )}
          {onToggleLeaveCopy && device.accounts.some((account) => account.protocol === 'pop3') && (
            <label className="inline-flex min-h-8 items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                className="size-4 accent-pop3-strong"
                checked={device.accounts.some((account) => account.protocol === 'pop3' && account.leaveCopy)}
                onChange={onToggleLeaveCopy}
              />
              Leave a copy on the server
            </label>
          )}
        </div>
      )}
    </section>
  )
}
