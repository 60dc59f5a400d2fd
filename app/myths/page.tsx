// Every myth the lab busts, the fact, and a link that opens the scenario at the step that shows it.

import type { Metadata } from 'next'
import { LabLink } from '@/components/site/LabLink'
import { PageShell } from '@/components/site/PageShell'
import { myths } from '@/content/myths'
import { getScenario } from '@/content/scenarios/catalog'

export const metadata: Metadata = {
  title: 'Myths and facts',
  description: 'Common beliefs about POP3 and IMAP, what actually happens, and the lab step that shows it.',
}

export default function MythsPage() {
  return (
    <PageShell
      layout="reading"
      title="Myths and facts"
      siteLinks={[{ href: '/glossary', label: 'Glossary' }]}
      intro={
        <>
          What people often believe about POP3 and IMAP, and what actually happens. Each link opens the lab at the step that shows it; the
          end of each scenario shows the figures from your own run.
        </>
      }
    >
      <ol className="flex flex-col gap-4">
        {myths.map((myth) => {
          const scenario = getScenario(myth.scenario)
          return (
            <li key={myth.id} id={myth.id} className="flex flex-col gap-2 rounded-lg bg-surface-raised p-4 ring-1 ring-line">
              <h2 className="text-lg font-semibold">
                <span className="text-ink-muted">Myth:</span> {myth.myth}
              </h2>
              <p>
                <strong>Fact:</strong> {myth.fact}
                {myth.rfc && <span className="text-ink-muted"> ({myth.rfc})</span>}
              </p>
              <p className="text-sm">
                <LabLink query={`?scenario=${myth.scenario}&step=${myth.step}`} className="text-imap underline">
                  See it in “{scenario?.title ?? myth.scenario}”, step {myth.step}
                </LabLink>
              </p>
            </li>
          )
        })}
      </ol>
    </PageShell>
  )
}
