'use client'
// One message where it lives (the server or a device): subject, sender, size and state. Its
// accessible name carries the subject and exactly one of "unread", "read" or "deleted".
import { AnimatePresence, m } from 'framer-motion'
import type { ReactNode } from 'react'
import type { Protocol } from '@/lib/protocols'
import { FlagIcon, HeadersOnlyIcon, TrashIcon } from './icons'
import { formatBytes, type MessageState } from './viewText'

export interface CardAnchor {
  /** React key, e.g. the device id. */
  id: string
  /** The layoutId a device's copy will take over, or undefined once that copy exists. */
  layoutId: string | undefined
}

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
  /** Shared-layout id, so the card animates when it moves or appears from an anchor. */
  layoutId?: string
  /** Server cards: invisible anchors that device copies fly out of (see copyLayoutId). */
  anchors?: CardAnchor[]
  /** Free-play buttons. */
  children?: ReactNode
}

const stateStyle: Record<MessageState, string> = {
  unread: 'border-l-4 font-semibold',
  read: 'border-l-4 border-l-line',
  deleted: 'border-l-4 border-dashed border-l-line text-ink-muted',
}

const unreadAccent: Record<Protocol, string> = { pop3: 'border-l-pop3', imap: 'border-l-imap' }
const dotAccent: Record<Protocol, string> = { pop3: 'bg-pop3', imap: 'bg-imap' }

export function messageCardLabel(props: Pick<MessageCardProps, 'subject' | 'from' | 'state' | 'flagged' | 'headersOnly' | 'markedForDeletion'>): string {
  const parts = [props.subject, `from ${props.from}`, props.state]
  if (props.flagged) parts.push('flagged')
  if (props.headersOnly) parts.push('headers only')
  if (props.markedForDeletion) parts.push('marked for deletion')
  return parts.join(' — ')
}

export function MessageCard(props: MessageCardProps) {
  const { protocol, subject, from, size, state, flagged, headersOnly, markedForDeletion, layoutId, anchors, children } = props
  const border = state === 'unread' ? unreadAccent[protocol] : ''
  const outline = markedForDeletion ? 'outline-2 outline-dashed outline-pop3 -outline-offset-2' : ''
  return (
    <m.li
      layout={layoutId ? undefined : 'position'}
      layoutId={layoutId}
      initial={{ opacity: 0, scale: 0.96 }}
      animate={{ opacity: 1, scale: 1 }}
      exit={{ opacity: 0, scale: 0.96 }}
      aria-label={messageCardLabel(props)}
      data-state={state}
      className={`relative flex flex-col gap-1 rounded-lg border border-line bg-surface-raised px-3 py-2 text-sm shadow-sm transition-colors ${stateStyle[state]} ${border} ${outline} ${headersOnly ? 'border-dashed' : ''}`}
    >
      {anchors?.map((anchor) => (
        <m.span key={anchor.id} layoutId={anchor.layoutId} aria-hidden="true" className="pointer-events-none absolute inset-0 opacity-0" />
      ))}
      <AnimatePresence initial={false}>
        {protocol === 'imap' && state === 'read' && (
          <m.span
            key="pulse"
            aria-hidden="true"
            className="pointer-events-none absolute -inset-px rounded-lg ring-4 ring-imap"
            initial={{ opacity: 0.9, scale: 1 }}
            animate={{ opacity: 0, scale: 1.05 }}
            transition={{ duration: 0.9, ease: 'easeOut' }}
          />
        )}
      </AnimatePresence>
      <div className="flex items-start gap-2">
        {state === 'unread' && <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${dotAccent[protocol]}`} />}
        <span className={`min-w-0 flex-1 break-words ${state === 'deleted' ? 'line-through' : ''}`}>{subject}</span>
        {flagged && <FlagIcon className="size-4 text-pop3" />}
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-normal text-ink-muted">
        <span className="break-words">{from}</span>
        <span aria-hidden="true">·</span>
        <span>{formatBytes(size)}</span>
        <span aria-hidden="true">·</span>
        <span className="capitalize">{state}</span>
        {headersOnly && (
          <span className="inline-flex items-center gap-1">
            <HeadersOnlyIcon className="size-3.5" /> headers only
          </span>
        )}
        {markedForDeletion && (
          <span className="inline-flex items-center gap-1 font-medium text-pop3">
            <TrashIcon className="size-3.5" /> marked for deletion
          </span>
        )}
      </div>
      {children && <div className="flex flex-wrap gap-1.5 pt-1 font-normal">{children}</div>}
    </m.li>
  )
}
