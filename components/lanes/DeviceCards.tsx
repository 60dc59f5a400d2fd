'use client'
// The cards of one device's shown folder: its messages (with the free-play buttons given), or the
// Outbox's waiting messages. DevicePanel picks the folder.
import { AnimatePresence } from 'framer-motion'
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
  messages: readonly DeviceMessageView[]
  /** Shown instead of the messages when the Outbox is the folder shown. */
  outbox?: readonly OutboxMessageView[]
  changed?: ReadonlySet<string>
}

export function DeviceCards({ protocol, deviceId, label, messages, outbox, changed, onRead, onDelete, onFlag, onMove }: DeviceCardsProps) {
  if (outbox) {
    return (
      <AnimatePresence initial={false}>
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
    <AnimatePresence initial={false}>
      {messages.map((message) => {
        const state = deviceMessageState(message)
        const quoted = `'${message.subject}' on ${label}`
        const live = state !== 'deleted'
        return (
          <MessageCard
            key={message.key}
            protocol={protocol}
            cardId={cardId(protocol, deviceId, message.key)}
            subject={message.subject}
            from={message.from}
            size={message.size}
            state={state}
            flagged={message.flagged}
            headersOnly={!message.hasBody}
            changed={changed?.has(message.key)}
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
      })}
    </AnimatePresence>
  )
}
