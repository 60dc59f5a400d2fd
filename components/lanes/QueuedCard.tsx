'use client'
// A message waiting to go somewhere: in a device's Outbox (written while offline, sent when it is
// back online) or in the server's queue for other servers. One line like a message card, with a
// clock mark and the recipient instead of a read state.
import { useRef } from 'react'
import type { Protocol } from '@/lib/protocols'
import { useCardPresence } from './cardMotion'
import { cardContainment, changedRing } from './styles'
import { ClockIcon } from './icons'
import { formatBytes } from '@/lib/viewModel/formatBytes'

export interface QueuedCardProps {
  protocol: Protocol
  subject: string
  to: string
  size: number
  /** What it waits for, in words: "waiting to be sent", "waiting to go to another server". */
  waiting: string
  changed?: boolean
  cardId?: string
}

export function queuedCardLabel({ subject, to, waiting }: Pick<QueuedCardProps, 'subject' | 'to' | 'waiting'>): string {
  return `${subject} — to ${to} — ${waiting}`
}

export function QueuedCard(props: QueuedCardProps) {
  const { protocol, subject, to, size, changed, cardId } = props
  const ref = useRef<HTMLLIElement>(null)
  const leaving = useCardPresence(ref)
  return (
    <li
      ref={ref}
      aria-label={queuedCardLabel(props)}
      data-state="waiting"
      data-card={cardId}
      data-changed={changed || undefined}
      data-leaving={leaving || undefined}
      title={`${subject} — to ${to} — ${formatBytes(size)}`}
      className={`@container flex h-7 ${cardContainment} min-w-0 items-center gap-1.5 rounded-md border border-dashed border-pop3 bg-surface-raised px-2 text-[0.8125rem] leading-none shadow-sm ${changed ? changedRing[protocol] : ''}`}
    >
      <ClockIcon className="size-3.5 text-pop3" />
      <span className="min-w-0 flex-1 truncate">{subject}</span>
      <span className="max-w-[50%] min-w-0 truncate text-[0.6875rem] text-ink-muted">to {to}</span>
      <span className="hidden shrink-0 text-[0.6875rem] text-ink-muted @[24rem]:inline">{formatBytes(size)}</span>
    </li>
  )
}
