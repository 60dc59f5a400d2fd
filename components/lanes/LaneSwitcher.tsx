// Below about 900 px the lanes stack and one shows at a time: two toggle buttons pick which.
import type { Protocol } from '@/lib/protocols'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export interface LaneSwitcherProps {
  protocols: readonly Protocol[]
  selected: Protocol
  onSelect: (protocol: Protocol) => void
  /** Element ids of the lanes, for aria-controls. */
  controls?: Partial<Record<Protocol, string>>
  className?: string
}

const pressed: Record<Protocol, string> = {
  pop3: 'bg-pop3-strong text-on-accent border-pop3-strong',
  imap: 'bg-imap-strong text-on-accent border-imap-strong',
}

export function LaneSwitcher({ protocols, selected, onSelect, controls, className = '' }: LaneSwitcherProps) {
  return (
    <div role="group" aria-label="Show lane" className={`inline-flex rounded-lg border border-line bg-surface-raised p-0.5 ${className}`}>
      {protocols.map((protocol) => {
        const on = protocol === selected
        return (
          <button
            key={protocol}
            type="button"
            aria-pressed={on}
            aria-controls={controls?.[protocol]}
            onClick={() => onSelect(protocol)}
            className={`min-h-10 min-w-20 rounded-md border px-3 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-imap ${
              on ? pressed[protocol] : 'border-transparent text-ink hover:bg-surface-sunken'
            }`}
          >
            {PROTOCOL_LABELS[protocol]}
          </button>
        )
      })}
    </div>
  )
}
