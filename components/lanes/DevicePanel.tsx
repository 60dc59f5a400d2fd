'use client'
// One device of a lane, compact: a header line (name, online state, client step and protocol
// state), one line of storage, one line per account, then its local inbox as many cards as fit.
// Free-play controls appear only for the callbacks given: icon buttons on each card, and a row of
// device actions.
import { AnimatePresence } from 'framer-motion'
import type { Protocol } from '@/lib/protocols'
import type { DeviceView } from '@/lib/simulator/view'
import { CardList } from './CardList'
import { FlagIcon, OpenIcon, TrashIcon } from './icons'
import { MessageCard } from './MessageCard'
import { OfflineBadge } from './OfflineBadge'
import { cardId } from './ServerPanel'
import { StorageMeter } from './StorageMeter'
import { accentRing, smallButtonClass } from './styles'
import { deviceMessageState } from './messageState'
import { PROTOCOL_LABELS, placeRegionName } from './protocolNames'

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
  /** Keys of the messages the last step changed or brought here. */
  changed?: ReadonlySet<string>
  className?: string
}

const OFFLINE_COPIES = { none: 'none', headers: 'headers only', full: 'full messages' } as const

export function DevicePanel(props: DevicePanelProps) {
  const { protocol, device, active = false, scaleBytes, changed, className = '' } = props
  const { onRead, onDelete, onFlag, onToggleOnline, onLose, onToggleLeaveCopy } = props
  const label = device.label
  const frame = device.online
    ? `border-solid bg-surface-raised ${active ? `ring-2 ${accentRing[protocol]}` : ''}`
    : 'border-dashed bg-surface-sunken grayscale'
  return (
    <section
      aria-label={placeRegionName(label, protocol)}
      data-online={device.online}
      data-place={`${protocol}|${device.id}`}
      data-changed={changed && changed.size > 0 ? true : undefined}
      className={`flex min-h-0 min-w-0 scroll-mt-2 scroll-mb-(--sheet-h) flex-col gap-1 overflow-hidden rounded-xl border border-line p-2 shadow-sm ${frame} ${className}`}
    >
      <div className="flex min-w-0 items-center gap-1.5">
        <h3 className="text-sm font-semibold">{label}</h3>
        <OfflineBadge online={device.online} />
        <p className="min-w-0 truncate text-[0.6875rem] text-ink-muted" title={`${device.clientStep} · ${device.protocolState ?? 'not connected'}`}>
          Step: <span className="font-medium text-ink">{device.clientStep}</span> ·{' '}
          {device.protocolState ? (
            <>
              {PROTOCOL_LABELS[protocol]} state: <span className="font-mono text-ink">{device.protocolState}</span>
            </>
          ) : (
            'not connected'
          )}
        </p>
      </div>
      <StorageMeter label={`${label} storage`} bytesUsed={device.bytesUsed} scaleBytes={scaleBytes} protocol={protocol} />
      <dl className="flex min-w-0 flex-col text-[0.6875rem] leading-4">
        {device.accounts.map((account) => (
          <div key={account.account} className="flex min-w-0 gap-1 truncate">
            <dt className="sr-only">Account</dt>
            <dd className="truncate">
              {account.account} ({PROTOCOL_LABELS[account.protocol]})
            </dd>
            <dt className="shrink-0 text-ink-muted">· {account.protocol === 'pop3' ? 'Leave a copy' : 'Offline copies'}:</dt>
            <dd className="shrink-0">{account.protocol === 'pop3' ? (account.leaveCopy ? 'yes' : 'no') : OFFLINE_COPIES[account.offlineCopies]}</dd>
          </div>
        ))}
      </dl>
      {device.messages.length === 0 && <p className="text-xs text-ink-muted">No messages on this device.</p>}
      <CardList label={`Messages on ${label}`} count={device.messages.length}>
        <AnimatePresence initial={false}>
          {device.messages.map((message) => {
            const state = deviceMessageState(message)
            const quoted = `'${message.subject}' on ${label}`
            return (
              <MessageCard
                key={message.key}
                protocol={protocol}
                cardId={cardId(protocol, device.id, message.key)}
                subject={message.subject}
                from={message.from}
                size={message.size}
                state={state}
                flagged={message.flagged}
                headersOnly={!message.hasBody}
                changed={changed?.has(message.key)}
              >
                {onRead && state !== 'deleted' && (
                  <button type="button" className={smallButtonClass} aria-label={`Read ${quoted}`} title="Read" onClick={() => onRead(message.key)}>
                    <OpenIcon className="size-3.5" />
                  </button>
                )}
                {onFlag && state !== 'deleted' && (
                  <button
                    type="button"
                    className={smallButtonClass}
                    aria-label={`${message.flagged ? 'Unflag' : 'Flag'} ${quoted}`}
                    title={message.flagged ? 'Unflag' : 'Flag'}
                    onClick={() => onFlag(message.key)}
                  >
                    <FlagIcon className="size-3.5" />
                  </button>
                )}
                {onDelete && state !== 'deleted' && (
                  <button type="button" className={smallButtonClass} aria-label={`Delete ${quoted}`} title="Delete" onClick={() => onDelete(message.key)}>
                    <TrashIcon className="size-3.5" />
                  </button>
                )}
              </MessageCard>
            )
          })}
        </AnimatePresence>
      </CardList>
      {(onToggleOnline || onLose || onToggleLeaveCopy) && (
        <div className="flex shrink-0 flex-wrap items-center gap-1 border-t border-line pt-1">
          {onToggleOnline && (
            <button type="button" className={smallButtonClass} onClick={onToggleOnline}>
              {device.online ? `Take ${label} offline` : `Bring ${label} online`}
            </button>
          )}
          {onLose && (
            <button type="button" className={smallButtonClass} onClick={onLose}>
              Lose {label}
            </button>
          )}
          {onToggleLeaveCopy && device.accounts.some((account) => account.protocol === 'pop3') && (
            <label className="inline-flex min-h-6 items-center gap-1 text-[0.6875rem]">
              <input
                type="checkbox"
                className="size-3.5 accent-pop3-strong"
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
