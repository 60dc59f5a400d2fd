// Every glossary term, in alphabetical order, each with an anchor the term popovers link to.

import type { Metadata } from 'next'
import { PageShell } from '@/components/site/PageShell'
import { glossary } from '@/content/glossary'

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The words of the Mail Protocol Lab, each explained in plain language.',
}

const sortKey = (term: string) => term.replace(/^\\/, '').toLowerCase()

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en'))
  return (
    <PageShell
      layout="reading"
      title="Glossary"
      siteLinks={[{ href: '/myths', label: 'Myths and facts' }]}
      intro={
        <>
          The words you meet in the lab. In the lab, a dotted underline marks them: press one (or Tab to it and press Enter) to read its
          definition there.
        </>
      }
    >
      <dl className="flex flex-col gap-4">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="scroll-mt-4 rounded-lg bg-surface-raised p-4 ring-1 ring-line">
            <dt className="font-semibold">{entry.term}</dt>
            <dd className="mt-1">
              {entry.definition}
              {entry.rfc && <span className="block text-sm text-ink-muted">Defined in {entry.rfc}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </PageShell>
  )
}
