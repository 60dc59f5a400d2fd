// The end of a scenario: the myth it busts, the fact, and the figures from this run that show it
// (content/mythEvidence reads them off the view). Rendering only.
import Link from 'next/link'
import { evidenceRows } from '@/content/mythEvidence'
import { mythsForScenario, type Myth } from '@/content/myths'
import type { Protocol } from '@/lib/protocols'
import type { SimulationView } from '@/lib/simulator/view'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

const ACCENT: Record<Protocol, string> = { pop3: 'text-pop3', imap: 'text-imap' }

function MythCard({ myth, view }: { myth: Myth; view: SimulationView }) {
  const rows = evidenceRows(myth, view)
  const protocols = (['pop3', 'imap'] as const).filter((protocol) => view.lanes[protocol])
  const cell = 'border-t border-line px-2 py-1.5 align-top'
  return (
    <article aria-labelledby={`myth-${myth.id}`} data-myth={myth.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-4">
      <h3 id={`myth-${myth.id}`} className="text-base font-semibold">
        <span className="text-ink-muted">Myth:</span> {myth.myth}
      </h3>
      <p className="text-sm">
        <strong>Fact:</strong> {myth.fact}
        {myth.rfc && <span className="text-ink-muted"> ({myth.rfc})</span>}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[16rem] border-collapse text-sm">
          <caption className="pb-1 text-left text-xs font-semibold text-ink-muted">The evidence from this run</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium text-ink-muted">
                Measure
              </th>
              {protocols.map((protocol) => (
                <th key={protocol} scope="col" className={`px-2 py-1 text-left font-semibold ${ACCENT[protocol]}`}>
                  {PROTOCOL_LABELS[protocol]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {row.label}
                </th>
                {protocols.map((protocol) => (
                  <td key={protocol} className={`${cell} font-mono tabular-nums`}>
                    {row.values[protocol] ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  )
}

/** Every myth the scenario on screen busts, with this run's figures; nothing when it busts none. */
export function MythCards({ view }: { view: SimulationView }) {
  const myths = mythsForScenario(view.scenarioId)
  if (myths.length === 0) return null
  return (
    <section aria-labelledby="myths-busted" className="flex flex-col gap-2">
      <h2 id="myths-busted" className="text-xl font-semibold tracking-tight">
        {myths.length === 1 ? 'The myth this scenario busts' : 'The myths this scenario busts'}
      </h2>
      <div className="grid gap-3 min-[900px]:grid-cols-2">
        {myths.map((myth) => (
          <MythCard key={myth.id} myth={myth} view={view} />
        ))}
      </div>
      <p className="text-sm">
        <Link href="/myths" className="text-imap underline">
          Every myth, with the step that shows it
        </Link>
      </p>
    </section>
  )
}
