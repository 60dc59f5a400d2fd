// Every glossary term, in alphabetical order, each with an anchor the term popovers link to.

import type { Metadata } from 'next'
import Link from 'next/link'
import { LabLink } from '@/components/site/LabLink'
import { glossary } from '@/content/glossary'

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The words of the Mail Protocol Lab, each explained in plain language.',
}

const sortKey = (term: string) => term.replace(/^\\/, '').toLowerCase()

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en'))
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-8 px-5 py-10 sm:px-8">
      <header className="flex flex-col gap-3">
        <nav aria-label="Site" className="flex flex-wrap gap-x-4 text-sm">
          <LabLink className="text-imap underline">
            Back to the lab
          </LabLink>
          <Link href="/myths" className="text-imap underline">
            Myths and facts
          </Link>
        </nav>
        <h1 className="text-4xl font-semibold tracking-tight">Glossary</h1>
        <p className="text-lg">
          The words you meet in the lab. In the lab, a dotted underline marks them: press one (or Tab to it and press Enter) to read its
          definition there.
        </p>
      </header>
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
    </main>
  )
}
