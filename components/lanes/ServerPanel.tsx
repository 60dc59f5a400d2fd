'use client'
// The simulated mail server of one lane: a one-line header (mailbox, count, storage) and its
// mailbox as message cards, as many as fit, in columns when the panel is wide.
import { AnimatePresence } from 'framer-motion'
import { memo, useMemo } from 'react'
import type { Protocol } from '@/lib/protocols'
import { RELAY_LABEL, type LaneView } from '@/lib/simulator/view'
import { CardList } from './CardList'
import { OUTBOUND, folderLabel, outboundKey, serverFolders } from '@/lib/viewModel/folders'
import { FolderTabs, useFolderChoice } from './FolderTabs'
import { MessageCard } from './MessageCard'
import { QueuedCard } from './QueuedCard'
import { StorageMeter } from './StorageMeter'
import { smallButtonClass } from './styles'
import { serverMessageState } from '@/lib/viewModel/messageState'
import { placeRegionName } from '@/lib/protocols/names'

export interface ServerPanelProps {
  protocol: Protocol
  server: LaneView['server']
  /** Full bar of the storage meter (defaults to the quota). */
  scaleBytes?: number
  /** Free play: new mail arrives. Rendered as a button only when given. */
  onDeliver?: () => void
  /** Keys of the messages the last step changed here. */
  changed?: ReadonlySet<string>
  /** Show the folder switch (Inbox, Sent, Archive, the queue for other servers); else one mailbox. */
  showFolders?: boolean
  /** The sender's server talking to this one in the last step (SMTP): shown as a one-line ticker. */
  relay?: { command: string | null; reply: string | null; refused: boolean } | null
  className?: string
  style?: React.CSSProperties
}

const NO_KEYS: ReadonlySet<string> = new Set()

export function cardId(protocol: Protocol, place: string, key: string): string {
  return `${protocol}|${place}|${key}`
}

export function ServerPanel(props: ServerPanelProps) {
  const { protocol, server, scaleBytes, onDeliver, changed = NO_KEYS, showFolders = false, relay = null, className = '', style } = props
  const tabs = useMemo(() => serverFolders(server, protocol), [server, protocol])
  const folderOfKey = useMemo(
    () => new Map([...server.messages.map((message) => [message.key, message.mailbox] as const), ...server.outbound.map((_, i) => [outboundKey(i), OUTBOUND] as const)]),
    [server],
  )
  const [folder, setFolder] = useFolderChoice(tabs, changed, folderOfKey)
  const outbound = showFolders && folder === OUTBOUND
  const count = outbound ? server.outbound.length : showFolders ? server.messages.filter((message) => message.mailbox === folder).length : server.messages.length
  const listLabel = showFolders ? `Messages in ${outbound ? 'the queue to other servers' : folderLabel(folder)} on the mail server` : 'Messages on the mail server'
  return (
    <section
      aria-label={placeRegionName('Mail server', protocol)}
      data-place={`${protocol}|server`}
      data-changed={changed.size > 0 ? true : undefined}
      style={style}
      className={`flex min-h-0 scroll-mt-2 scroll-mb-(--sheet-h) flex-col gap-1.5 overflow-hidden rounded-xl border border-line bg-surface-raised p-2 shadow-sm ${className}`}
    >
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-0.5">
        <h3 className="text-sm font-semibold">Mail server</h3>
        {!showFolders && (
          <span className="text-[0.6875rem] text-ink-muted">
            INBOX · {count} {count === 1 ? 'message' : 'messages'}
          </span>
        )}
        <StorageMeter label="Mail server storage" bytesUsed={server.bytesUsed} capacityBytes={server.quotaBytes} scaleBytes={scaleBytes} protocol={protocol} />
        {onDeliver && (
          <button type="button" onClick={onDeliver} className={`${smallButtonClass} ml-auto px-2`}>
            Deliver a new message
          </button>
        )}
      </div>
      {relay && (
        <p className="flex min-w-0 shrink-0 items-center gap-1 text-[0.6875rem]" data-relay="">
          <span className="shrink-0 text-ink-muted">{RELAY_LABEL} (SMTP):</span>
          <code className={`min-w-0 truncate rounded border px-1 font-mono ${relay.refused ? 'border-ink font-semibold' : 'border-line'}`}>
            {relay.command ?? '(greeting)'}
            {relay.reply && <span className="text-ink"> → {relay.reply}</span>}
          </code>
          {relay.refused && <span className="shrink-0 font-semibold">refused</span>}
        </p>
      )}
      {showFolders && <FolderTabs label="Folders on the mail server" tabs={tabs} selected={folder} onSelect={setFolder} />}
      {outbound && (
        <p className="shrink-0 truncate text-[0.6875rem] text-ink-muted" title="Accepted for other domains, waiting to go to their servers. Nothing leaves this simulation.">
          Waiting to go to other servers. Nothing leaves this simulation.
        </p>
      )}
      {count === 0 && <p className="text-xs text-ink-muted">{showFolders ? `No messages in ${folderLabel(folder)}.` : 'The mailbox is empty.'}</p>}
      <CardList label={listLabel} count={count} minCardWidth={170} changed={changed}>
        {/* Keyed by folder: turning to another folder swaps the cards at once (no fade-out of the old folder's). */}
        <ServerCards key={showFolders ? folder : 'all'} protocol={protocol} server={server} folder={showFolders ? folder : null} changed={changed} />
      </CardList>
    </section>
  )
}

interface ServerCardsProps {
  protocol: Protocol
  server: LaneView['server']
  /** The folder shown (OUTBOUND: the queue to other servers); null: every message, as one mailbox. */
  folder: string | null
  changed: ReadonlySet<string>
}

/**
 * The server's cards. Memoised like DeviceCards (issue 14, step cost): the view keeps the server
 * object while the mailbox and queue are unchanged, and `changed` is a shared empty set for a step
 * that left the server alone, so such a step neither re-renders nor re-measures these cards.
 */
const ServerCards = memo(function ServerCards({ protocol, server, folder, changed }: ServerCardsProps) {
  const outbound = folder === OUTBOUND
  const messages = folder === null ? server.messages : server.messages.filter((message) => message.mailbox === folder)
  return (
    <AnimatePresence initial={false} presenceAffectsLayout={false}>
      {outbound &&
        server.outbound.map((message, i) => (
          <QueuedCard
            key={outboundKey(i)}
            protocol={protocol}
            subject={message.subject}
            to={message.to.join(', ')}
            size={message.size}
            waiting="waiting to go to another server"
            changed={changed.has(outboundKey(i))}
          />
        ))}
      {!outbound &&
        messages.map((message) => (
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
            changed={changed.has(message.key)}
          />
        ))}
    </AnimatePresence>
  )
})
