// What the step just did, in words: the narration per protocol, and a polite live region that
// announces the step's outcome to screen readers.
import { GlossaryText } from '@/components/glossary/GlossaryText'
import type { Protocol } from '@/lib/protocols'
import { accentBorder, accentText } from './styles'
import { PROTOCOL_LABELS } from './viewText'

export interface NarrationProps {
  narration: Partial<Record<Protocol, string>>
  /** One sentence announced politely after each step, e.g. "Laptop now shows 'Lunch?' as read". */
  announcement: string
  /** Which protocols to show, in order (default: those with narration). */
  protocols?: Protocol[]
}

export function Narration({ narration, announcement, protocols }: NarrationProps) {
  const shown = protocols ?? (['pop3', 'imap'] as const).filter((protocol) => narration[protocol])
  return (
    <div className="flex flex-col gap-2">
      <div className="grid gap-2 min-[900px]:grid-cols-2">
        {shown.map((protocol) => (
          <p key={protocol} className={`rounded-lg border-l-4 bg-surface-raised px-3 py-2 text-sm ${accentBorder[protocol]}`}>
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
