'use client'
// The cards of one device's shown folder: its messages (with the free-play buttons given), or the
// Outbox's waiting messages. DevicePanel picks the folder.
// Memoised (issue 14, step cost): a step re-renders only the lists whose cards it changed, and in
// them only the cards it changed (AnimatePresence with `presenceAffectsLayout` off hands its cards
// the same presence context from render to render; see cardMotion for how cards arrive and leave).
// The props are chosen to keep identity from step to step: the device's whole message array (the
// view keeps it while the device's mail is unchanged) and the folder, filtered here; `changed` is
// one shared empty set for a place the step left alone; the handlers are DevicePanel's stable ones.
import { AnimatePresence } from 'framer-motion'
import { memo } from 'react'
import type { Protocol } from '@/lib/protocols'
import type { DeviceMessageView, OutboxMessageView } from '@/lib/simulator/view'
import type { DeviceActions } from './DevicePanel'
import { ArchiveIcon, FlagIcon, OpenIcon, TrashIcon } from './icons'
import { MessageCard } from './MessageCard'
import { QueuedCard } from './QueuedCard'
import { cardId } from './ServerPanel'
import { smallButtonClass } from './styles'
import { deviceMessageState } from '@/lib/viewModel/messageState'

export interface DeviceCardsProps extends Pick<DeviceActions, 'onRead' | 'onDelete' | 'onFlag' | 'onMove'> {
  protocol: Protocol
  deviceId: string
  label: string
  /** All the device's messages; only those in `folder` are shown (all of them when `folder` is null). */
  messages: readonly DeviceMessageView[]
  folder?: string | null
  /** Shown instead of the messages when the Outbox is the folder shown. */
  outbox?: readonly OutboxMessageView[]
  changed?: ReadonlySet<string>
}

/** The messages of the folder shown (all when no folder switch is shown). */
export function messagesIn(messages: readonly DeviceMessageView[], folder: string | null | undefined): readonly DeviceMessageView[] {
  return folder == null ? messages : messages.filter((message) => message.folder === folder)
}

/** The outbox as the view gives it is a new array each step: compare its entries, not the array. */
function sameOutbox(a: readonly OutboxMessageView[] | undefined, b: readonly OutboxMessageView[] | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  return a.every((message, i) => {
    const other = b[i]
    return message.key === other.key && message.subject === other.subject && message.to === other.to && message.size === other.size
  })
}

function sameCards(before: DeviceCardsProps, after: DeviceCardsProps): boolean {
  return (
    before.protocol === after.protocol &&
    before.deviceId === after.deviceId &&
    before.label === after.label &&
    before.messages === after.messages &&
    before.folder === after.folder &&
    before.changed === after.changed &&
    before.onRead === after.onRead &&
    before.onDelete === after.onDelete &&
    before.onFlag === after.onFlag &&
    before.onMove === after.onMove &&
    sameOutbox(before.outbox, after.outbox)
  )
}

export const DeviceCards = memo(function DeviceCards({ protocol, deviceId, label, messages: all, folder, outbox, changed, onRead, onDelete, onFlag, onMove }: DeviceCardsProps) {
  const messages = messagesIn(all, folder)
  if (outbox) {
    return (
      <AnimatePresence initial={false} presenceAffectsLayout={false}>
        {outbox.map((message) => (
          <QueuedCard
            key={message.key}
            protocol={protocol}
            cardId={cardId(protocol, deviceId, message.key)}
            subject={message.subject}
            to={message.to}
            size={message.size}
            waiting="waiting to be sent"
            changed={changed?.has(message.key)}
          />
        ))}
      </AnimatePresence>
    )
  }
  return (
    <AnimatePresence initial={false} presenceAffectsLayout={false}>
      {messages.map((message) => (
        <DeviceCard
          key={message.key}
          message={message}
          protocol={protocol}
          deviceId={deviceId}
          label={label}
          changed={changed?.has(message.key) ?? false}
          onRead={onRead}
          onDelete={onDelete}
          onFlag={onFlag}
          onMove={onMove}
        />
      ))}
    </AnimatePresence>
  )
}, sameCards)

interface DeviceCardProps extends Pick<DeviceActions, 'onRead' | 'onDelete' | 'onFlag' | 'onMove'> {
  message: DeviceMessageView
  protocol: Protocol
  deviceId: string
  label: string
  changed: boolean
}

/**
 * One message card with its free-play buttons. Memoised: the view keeps a message's object while
 * it is unchanged and the handlers are stable, so a step that changes one card of a long list
 * renders that card, not all of them with their buttons.
 */
const DeviceCard = memo(function DeviceCard({ message, protocol, deviceId, label, changed, onRead, onDelete, onFlag, onMove }: DeviceCardProps) {
  const state = deviceMessageState(message)
  const quoted = `'${message.subject}' on ${label}`
  const live = state !== 'deleted'
  return (
    <MessageCard
      protocol={protocol}
      cardId={cardId(protocol, deviceId, message.key)}
      subject={message.subject}
      from={message.from}
      size={message.size}
      state={state}
      flagged={message.flagged}
      headersOnly={!message.hasBody}
      changed={changed}
    >
      {onRead && live && (
        <button type="button" className={smallButtonClass} aria-label={`Read ${quoted}`} title="Read" onClick={() => onRead(message.key)}>
          <OpenIcon className="size-3.5" />
        </button>
      )}
      {onFlag && live && (
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
      {onMove && live && message.folder === 'INBOX' && (
        <button
          type="button"
          className={smallButtonClass}
          aria-label={`Move ${quoted} to Archive`}
          title="Move to Archive"
          onClick={() => onMove(message.key, 'Archive')}
        >
          <ArchiveIcon className="size-3.5" />
        </button>
      )}
      {onDelete && live && (
        <button type="button" className={smallButtonClass} aria-label={`Delete ${quoted}`} title="Delete" onClick={() => onDelete(message.key)}>
          <TrashIcon className="size-3.5" />
        </button>
      )}
    </MessageCard>
  )
})
