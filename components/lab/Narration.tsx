// What the step just did, in words: the narration per protocol, and a polite live region that
// announces the step's outcome to screen readers. On phones only the shown lane's narration shows.
import { GlossaryText } from '@/components/glossary/GlossaryText'
import type { Protocol } from '@/lib/protocols'
import { accentBorder, accentText } from '@/components/lanes/styles'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export interface NarrationProps {
  narration: Partial<Record<Protocol, string>>
  /** One sentence announced politely after each step, e.g. "Laptop now shows 'Lunch?' as read". */
  announcement: string
  /** Which protocols to show, in order (default: those with narration). */
  protocols?: Protocol[]
  /** The lane a phone shows: the other lane's narration hides off the stage. */
  shownLane?: Protocol
}

export function Narration({ narration, announcement, protocols, shownLane }: NarrationProps) {
  const shown = protocols ?? (['pop3', 'imap'] as const).filter((protocol) => narration[protocol])
  return (
    <div className="flex flex-col">
      <div className="grid gap-2 stage:grid-cols-2">
        {shown.map((protocol) => (
          <p
            key={protocol}
            data-narration={protocol}
            className={`rounded-lg border-l-4 bg-surface-raised px-2.5 py-1 text-[0.8125rem] leading-snug ${accentBorder[protocol]} ${
              shownLane && shownLane !== protocol ? 'sheet:hidden' : ''
            }`}
          >
            <span className={`mr-1 font-semibold ${accentText[protocol]}`}>{PROTOCOL_LABELS[protocol]}:</span>
            <GlossaryText text={narration[protocol] ?? ''} />
          </p>
        ))}
      </div>
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </div>
  )
}
