// The client machine's workflow steps and the protocol states, as two small flows of boxes with
// the current one lit. Steps and states come from props (the simulator derives them from the
// machine definitions); nothing here knows a protocol.
import { useId } from 'react'
import type { MailProtocol } from '@/lib/protocols'
import { ArrowIcon } from '@/components/lanes/icons'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export interface DiagramStep {
  id: string
  label: string
}

export interface StateDiagramProps {
  /** SMTP appears in the console, where a tab may send mail. */
  protocol: MailProtocol
  /** Whose client this is, e.g. "Phone" (the active device). */
  deviceLabel?: string
  steps: readonly DiagramStep[]
  currentStep: string | null
  /** The protocol's states in order, e.g. ["AUTHORIZATION", "TRANSACTION", "UPDATE"]. */
  states: readonly string[]
  currentState: string | null
}

const lit: Record<MailProtocol, string> = {
  pop3: 'border-pop3-strong bg-pop3-strong text-on-accent font-semibold',
  imap: 'border-imap-strong bg-imap-strong text-on-accent font-semibold',
  // SMTP has no hue of its own: ink on surface, which keeps its contrast in both themes.
  smtp: 'border-ink bg-ink text-surface font-semibold',
}

function Flow({ label, items, current, protocol }: { label: string; items: readonly DiagramStep[]; current: string | null; protocol: MailProtocol }) {
  return (
    <ol aria-label={label} className="flex flex-wrap items-center gap-y-1.5 text-xs">
      {items.map((item, i) => {
        const isCurrent = item.id === current
        return (
          <li key={item.id} aria-current={isCurrent ? 'step' : undefined} className="flex items-center">
            <span className={`rounded-md border px-2 py-1 ${isCurrent ? lit[protocol] : 'border-line bg-surface-raised text-ink'}`}>
              {item.label}
              {isCurrent && <span className="sr-only"> (current)</span>}
            </span>
            {i < items.length - 1 && <ArrowIcon className="mx-0.5 size-3.5 text-ink-muted" />}
          </li>
        )
      })}
    </ol>
  )
}

export function StateDiagram({ protocol, deviceLabel, steps, currentStep, states, currentState }: StateDiagramProps) {
  const headingId = useId()
  const name = protocol === 'smtp' ? 'SMTP' : PROTOCOL_LABELS[protocol]
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-3">
      <h3 id={headingId} className="text-base font-semibold">
        {deviceLabel ? `${deviceLabel}'s ${name} client` : `${name} client`}
      </h3>
      <div className="flex flex-col gap-1">
        <p className="text-xs text-ink-muted">Workflow step</p>
        <Flow label="Workflow steps" items={steps} current={currentStep} protocol={protocol} />
      </div>
      <div className="flex flex-col gap-1">
        <p className="text-xs text-ink-muted">{name} protocol state{currentState === null ? ' (not connected)' : ''}</p>
        <Flow
          label={`${name} protocol states`}
          items={states.map((state) => ({ id: state, label: state }))}
          current={currentState}
          protocol={protocol}
        />
      </div>
    </div>
  )
}
