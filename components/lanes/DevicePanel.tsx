'use client'
// One device of a lane, compact: a header line (name, online state, client step and protocol
// state), one line of storage, one line per account, then its local inbox as many cards as fit.
// Free-play controls appear only for the callbacks given: icon buttons on each card, and a row of
// device actions.
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { Protocol } from '@/lib/protocols'
import type { DeviceView, FolderName } from '@/lib/simulator/view'
import { CardList } from './CardList'
import { DeviceCards, messagesIn } from './DeviceCards'
import { OUTBOX, deviceFolders, folderLabel } from '@/lib/viewModel/folders'
import { FolderTabs, useFolderChoice } from './FolderTabs'
import { OfflineBadge } from './OfflineBadge'
import { StorageMeter } from './StorageMeter'
import { accentRing, smallButtonClass } from './styles'
import { PROTOCOL_LABELS, placeRegionName } from '@/lib/protocols/names'

export interface DeviceActions {
  onRead?: (key: string) => void
  onDelete?: (key: string) => void
  onFlag?: (key: string) => void
  onToggleOnline?: () => void
  onLose?: () => void
  onToggleLeaveCopy?: () => void
  /** File a message in another folder (IMAP: UID MOVE). */
  onMove?: (key: string, folder: FolderName) => void
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
  /** Show the folder switch (Inbox, Sent, Archive, Outbox); else every message, as one inbox. */
  showFolders?: boolean
  className?: string
}

const OFFLINE_COPIES = { none: 'none', headers: 'headers only', full: 'full messages' } as const
const NO_KEYS: ReadonlySet<string> = new Set()

/**
 * The card handlers, stable for the panel's life: the caller may build new ones every step, and
 * new functions would re-render every card (see DeviceCards). Each calls the latest one given.
 */
function useCardHandlers({ onRead, onDelete, onFlag, onMove }: Pick<DeviceActions, 'onRead' | 'onDelete' | 'onFlag' | 'onMove'>) {
  const latest = useRef({ onRead, onDelete, onFlag, onMove })
  useLayoutEffect(() => {
    latest.current = { onRead, onDelete, onFlag, onMove }
  })
  const read = useCallback((key: string) => latest.current.onRead?.(key), [])
  const remove = useCallback((key: string) => latest.current.onDelete?.(key), [])
  const flag = useCallback((key: string) => latest.current.onFlag?.(key), [])
  const move = useCallback((key: string, folder: FolderName) => latest.current.onMove?.(key, folder), [])
  return { onRead: onRead && read, onDelete: onDelete && remove, onFlag: onFlag && flag, onMove: onMove && move }
}

/**
 * Memoised (issue 14, step cost): the simulator keeps a device's view object while it is unchanged
 * and the lab keeps its free-play callbacks with it, so a step re-renders only the devices it changed
 * (or whose link, highlight or storage scale moved).
 */
export const DevicePanel = memo(function DevicePanel(props: DevicePanelProps) {
  const { protocol, device, active = false, scaleBytes, changed = NO_KEYS, showFolders = false, className = '' } = props
  const { onRead, onDelete, onFlag, onMove, onToggleOnline, onLose, onToggleLeaveCopy } = props
  const handlers = useCardHandlers({ onRead, onDelete, onFlag, onMove })
  const label = device.label
  const tabs = useMemo(() => deviceFolders(device, protocol), [device, protocol])
  const folderOfKey = useMemo(
    () => new Map([...device.messages.map((message) => [message.key, message.folder] as const), ...device.outbox.map((message) => [message.key, OUTBOX] as const)]),
    [device],
  )
  const [folder, setFolder] = useFolderChoice(tabs, changed, folderOfKey)
  const shownCount = showFolders && folder === OUTBOX ? device.outbox.length : messagesIn(device.messages, showFolders ? folder : null).length
  const folderName = folder === OUTBOX ? 'the Outbox' : folderLabel(folder)
  const listLabel = showFolders ? `Messages in ${folderName} on ${label}` : `Messages on ${label}`
  const emptyText = showFolders ? `No messages in ${folderName}.` : 'No messages on this device.'
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
      {showFolders && <FolderTabs label={`Folders on ${label}`} tabs={tabs} selected={folder} onSelect={setFolder} />}
      {shownCount === 0 && <p className="text-xs text-ink-muted">{emptyText}</p>}
      <CardList label={listLabel} count={shownCount} changed={changed}>
        {/* Keyed by folder: turning to another folder swaps the cards at once (no fade-out of the old folder's). */}
        <DeviceCards
          key={showFolders ? folder : 'all'}
          protocol={protocol}
          deviceId={device.id}
          label={label}
          messages={device.messages}
          folder={showFolders ? folder : null}
          outbox={folder === OUTBOX && showFolders ? device.outbox : undefined}
          changed={changed}
          {...handlers}
        />
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
})
