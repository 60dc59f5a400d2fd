'use client'

import { useId } from 'react'
import { CHALLENGES, type ChallengeId } from '@/content/console/challenges'

export interface ChallengesPanelProps {
  solved: ReadonlySet<ChallengeId>
  /** The latest "solved" news, for the polite live region. */
  announcement: string
}

/** The challenges, each with a hint on request and its explanation once solved. */
export function ChallengesPanel({ solved, announcement }: ChallengesPanelProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-line bg-surface-raised p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Challenges
        </h2>
        <p className="text-sm text-ink-muted">
          {solved.size} of {CHALLENGES.length} solved
        </p>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ol className="flex flex-col gap-3">
        {CHALLENGES.map((challenge) => {
          const done = solved.has(challenge.id)
          return (
            <li
              key={challenge.id}
              aria-label={`${challenge.title}: ${done ? 'solved' : 'not solved yet'}`}
              data-solved={done}
              className={`rounded-lg border p-3 ${done ? 'border-imap bg-imap-soft' : 'border-line'}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{challenge.title}</h3>
                <span className={`text-sm font-medium ${done ? 'text-imap' : 'text-ink-muted'}`}>{done ? '✓ Solved' : 'Not solved yet'}</span>
              </div>
              <p className="mt-1 text-sm">{challenge.task}</p>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-medium text-imap">Hint</summary>
                <p className="mt-1 text-ink-muted">{challenge.hint}</p>
              </details>
              {done && (
                <p className="mt-2 rounded-md border border-line bg-surface-raised p-2 text-sm">
                  <span className="font-semibold">Why it works: </span>
                  {challenge.explanation}
                </p>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
