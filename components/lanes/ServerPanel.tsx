'use client'
// The simulated mail server of one lane: a one-line header (mailbox, count, storage) and its
// mailbox as message cards, as many as fit, in columns when the panel is wide.
import { AnimatePresence } from 'framer-motion'
import type { Protocol } from '@/lib/protocols'
import type { LaneView } from '@/lib/simulator/view'
import { CardList } from './CardList'
import { MessageCard } from './MessageCard'
import { StorageMeter } from './StorageMeter'
import { smallButtonClass } from './styles'
import { serverMessageState } from './messageState'
import { placeRegionName } from './protocolNames'

export interface ServerPanelProps {
  protocol: Protocol
  server: LaneView['server']
  /** Full bar of the storage meter (defaults to the quota). */
  scaleBytes?: number
  /** Free play: new mail arrives. Rendered as a button only when given. */
  onDeliver?: () => void
  /** Keys of the messages the last step changed here. */
  changed?: ReadonlySet<string>
  className?: string
  style?: React.CSSProperties
}

export function cardId(protocol: Protocol, place: string, key: string): string {
  return `${protocol}|${place}|${key}`
}

export function ServerPanel({ protocol, server, scaleBytes, onDeliver, changed, className = '', style }: ServerPanelProps) {
  const count = server.messages.length
  return (
    <section
      aria-label={placeRegionName('Mail server', protocol)}
      data-place={`${protocol}|server`}
      data-changed={changed && changed.size > 0 ? true : undefined}
      style={style}
      className={`flex min-h-0 scroll-mt-2 scroll-mb-(--sheet-h) flex-col gap-1.5 overflow-hidden rounded-xl border border-line bg-surface-raised p-2 shadow-sm ${className}`}
    >
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-0.5">
        <h3 className="text-sm font-semibold">Mail server</h3>
        <span className="text-[0.6875rem] text-ink-muted">
          INBOX · {count} {count === 1 ? 'message' : 'messages'}
        </span>
        <StorageMeter label="Mail server storage" bytesUsed={server.bytesUsed} capacityBytes={server.quotaBytes} scaleBytes={scaleBytes} protocol={protocol} />
        {onDeliver && (
          <button type="button" onClick={onDeliver} className={`${smallButtonClass} ml-auto px-2`}>
            Deliver a new message
          </button>
        )}
      </div>
      {count === 0 && <p className="text-xs text-ink-muted">The mailbox is empty.</p>}
      <CardList label="Messages on the mail server" count={count} minCardWidth={170}>
        <AnimatePresence initial={false}>
          {server.messages.map((message) => (
            <MessageCard
              key={message.key}
              protocol={protocol}
              cardId={cardId(protocol, 'server', message.key)}
              subject={message.subject}
              from={message.from}
              size={message.size}
              state={serverMessageState(message)}
              flagged={message.flags.includes('\\Flagged')}
              markedForDeletion={message.markedForDeletion}
              changed={changed?.has(message.key)}
            />
          ))}
        </AnimatePresence>
      </CardList>
    </section>
  )
}
