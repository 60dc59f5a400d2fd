'use client'
// One message where it lives (the server or a device), on one line: state dot, subject, flags and
// state in words. Its accessible name carries the subject, the sender and exactly one of "unread",
// "read" or "deleted". A card the last step changed wears an outline (no movement needed to see it).
import { Children, memo, useEffect, useRef, type ReactNode } from 'react'
import type { Protocol } from '@/lib/protocols'
import { pulse, useCardPresence } from './cardMotion'
import { cardContainment, changedRing } from './styles'
import { FlagIcon, HeadersOnlyIcon, TrashIcon } from './icons'
import { formatBytes } from '@/lib/viewModel/formatBytes'
import type { MessageState } from '@/lib/viewModel/messageState'

export interface MessageCardProps {
  protocol: Protocol
  subject: string
  from: string
  size: number
  state: MessageState
  flagged?: boolean
  /** Only the headers/envelope are held (IMAP without an offline copy). */
  headersOnly?: boolean
  /** POP3: DELE marked it; QUIT has not committed the deletion yet. */
  markedForDeletion?: boolean
  /** The last step changed or brought this card: outlined until the next step. */
  changed?: boolean
  /** Where the card sits, for the flight layer: "pop3|server|key" or "pop3|phone|key". */
  cardId?: string
  /** Free-play buttons (small, icon-sized). */
  children?: ReactNode
}

const stateStyle: Record<MessageState, string> = {
  unread: 'border-l-4 font-semibold',
  read: 'border-l-4 border-l-line',
  deleted: 'border-l-4 border-dashed border-l-line text-ink-muted',
}

const unreadAccent: Record<Protocol, string> = { pop3: 'border-l-pop3', imap: 'border-l-imap' }
const dotAccent: Record<Protocol, string> = { pop3: 'bg-pop3', imap: 'bg-imap' }

/** Height of one card and the gap between cards, in px: CardList counts how many fit. */
export const CARD_HEIGHT = 28
export const CARD_GAP = 4

export function messageCardLabel(props: Pick<MessageCardProps, 'subject' | 'from' | 'state' | 'flagged' | 'headersOnly' | 'markedForDeletion'>): string {
  const parts = [props.subject, `from ${props.from}`, props.state]
  if (props.flagged) parts.push('flagged')
  if (props.headersOnly) parts.push('headers only')
  if (props.markedForDeletion) parts.push('marked for deletion')
  return parts.join(' — ')
}

/**
 * Memoised: server cards take plain values, so a step that rebuilds the server's list re-renders
 * only the cards whose values changed. Device cards pass buttons as children and are
 * memoised one level up (DeviceCards' DeviceCard).
 */
export const MessageCard = memo(function MessageCard(props: MessageCardProps) {
  const { protocol, subject, size, state, flagged, headersOnly, markedForDeletion, changed, cardId, children } = props
  const ref = useRef<HTMLLIElement>(null)
  const ring = useRef<HTMLSpanElement>(null)
  const leaving = useCardPresence(ref)
  // IMAP: a card that becomes read pulses once (one that arrives read does not).
  const wasRead = useRef(state === 'read')
  useEffect(() => {
    const read = state === 'read'
    if (read && !wasRead.current && protocol === 'imap') pulse(ring.current)
    wasRead.current = read
  }, [state, protocol])
  const border = state === 'unread' ? unreadAccent[protocol] : ''
  // Free-play buttons take room: the size and the words "headers only" then wait for a wider card.
  const buttons = Children.toArray(children).length > 0
  const outline = markedForDeletion ? 'outline-2 outline-dashed outline-pop3 -outline-offset-2' : ''
  return (
    <li
      ref={ref}
      aria-label={messageCardLabel(props)}
      data-state={state}
      data-card={cardId}
      data-changed={changed || undefined}
      data-leaving={leaving || undefined}
      title={`${subject} — from ${props.from} — ${formatBytes(size)}`}
      className={`@container relative flex h-7 ${cardContainment} min-w-0 items-center gap-1.5 rounded-md border border-line bg-surface-raised px-2 text-[0.8125rem] leading-none shadow-sm transition-colors ${stateStyle[state]} ${border} ${outline} ${headersOnly ? 'border-dashed' : ''} ${changed ? changedRing[protocol] : ''}`}
    >
      {protocol === 'imap' && state === 'read' && <span ref={ring} aria-hidden="true" className="pointer-events-none absolute -inset-px rounded-md opacity-0 ring-4 ring-imap" />}
      {state === 'unread' && <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${dotAccent[protocol]}`} />}
      <span className={`min-w-0 flex-1 truncate ${state === 'deleted' ? 'line-through' : ''}`}>{subject}</span>
      {flagged && <FlagIcon className="size-3.5 text-pop3" />}
      {headersOnly && (
        <span className="inline-flex shrink-0 items-center gap-0.5 text-[0.6875rem] font-normal text-ink-muted">
          <HeadersOnlyIcon className="size-3.5" />
          <span className={`hidden ${buttons ? '@[24rem]:inline' : '@[16rem]:inline'}`}>headers only</span>
        </span>
      )}
      {markedForDeletion && (
        <span className="inline-flex shrink-0 items-center gap-0.5 text-[0.6875rem] font-medium text-pop3">
          <TrashIcon className="size-3.5" />
          <span className="hidden @[16rem]:inline">marked for deletion</span>
        </span>
      )}
      <span className="shrink-0 text-[0.6875rem] font-normal text-ink-muted capitalize">{state}</span>
      <span className={`hidden shrink-0 text-[0.6875rem] font-normal text-ink-muted ${buttons ? '@[22rem]:inline' : '@[14rem]:inline'}`}>{formatBytes(size)}</span>
      {buttons && <span className="flex shrink-0 items-center gap-0.5 font-normal">{children}</span>}
    </li>
  )
})
