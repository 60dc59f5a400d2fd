// Shared Tailwind class strings (complete literals, so Tailwind finds them when it scans).
import type { Protocol } from '@/lib/protocols'

export const buttonClass =
  'inline-flex min-h-8 items-center justify-center gap-1 rounded-md border border-line bg-surface-raised px-2.5 py-1 text-xs font-medium text-ink hover:bg-surface-sunken focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-imap disabled:cursor-not-allowed'

export const accentText: Record<Protocol, string> = { pop3: 'text-pop3', imap: 'text-imap' }
export const accentBorder: Record<Protocol, string> = { pop3: 'border-pop3', imap: 'border-imap' }
export const accentSoft: Record<Protocol, string> = { pop3: 'bg-pop3-soft', imap: 'bg-imap-soft' }
/** The ring around a card the last step changed (outlined by stepChanges). */
export const changedRing: Record<Protocol, string> = { pop3: 'ring-2 ring-pop3', imap: 'ring-2 ring-imap' }
export const accentRing: Record<Protocol, string> = { pop3: 'ring-pop3', imap: 'ring-imap' }

/** Icon-sized and compact buttons inside the lanes' panels (free play). */
export const smallButtonClass =
  'inline-flex min-h-6 min-w-6 items-center justify-center gap-1 rounded border border-line bg-surface-raised px-1 text-[0.6875rem] font-medium text-ink hover:bg-surface-sunken focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-imap'

/**
 * Every lane card (issue 14, frame cost): a card the list clips away ("+k more") skips style,
 * layout and paint of its insides until it scrolls into view; it keeps its box (its fixed row
 * height), its place in the accessibility tree and its text for find-in-page, so a screen reader
 * hears every card as before. `content-visibility` also clips what a card paints to its box; the
 * clip margin lets the IMAP read pulse (a ring just outside the card) show.
 */
export const cardContainment = '[content-visibility:auto] [contain-intrinsic-size:auto_28px] [overflow-clip-margin:12px]'
