// The instructor's kit on /instructors: claims, objectives, prerequisites, lesson plans with their
// worksheets, the answer key, misconceptions, prompts, homework, answer collection,
// simplifications and what lies beyond. All from content/instructors (the doc is generated from
// the same data).
import Link from 'next/link'
import { LabLink } from '@/components/site/LabLink'
import type { ReactNode } from 'react'
import { CHALLENGES } from '@/content/console/challenges'
import { answerKey, choiceLetter, misconceptions } from '@/content/instructors/answerKey'
import { BEYOND, CLAIMS, COLLECT_ANSWERS_SNIPPET, DISCUSSION_PROMPTS, LESSON_PLANS, OBJECTIVES, PREREQUISITES, SIMPLIFICATIONS, type StepRef } from '@/content/instructors/kit'
import { getScenario } from '@/content/scenarios/catalog'

const th = 'border-b border-line px-3 py-2 text-left font-semibold'
const td = 'border-b border-line px-3 py-2 align-top'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  )
}

const title = (id: string) => getScenario(id)?.title ?? id

function StepLink({ at }: { at: StepRef }) {
  return (
    <LabLink query={`?scenario=${at.scenario}&step=${at.step}`} className="text-imap underline">
      {title(at.scenario)}, step {at.step}
    </LabLink>
  )
}

export function KitSections() {
  return (
    <>
      <Section id="claims" title="The twelve claims, and where the lab shows them">
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">The seed article&apos;s claims, what the lab shows, and the steps to open</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>#</th>
                <th scope="col" className={th}>The article says</th>
                <th scope="col" className={th}>What the lab shows</th>
                <th scope="col" className={th}>Where</th>
              </tr>
            </thead>
            <tbody>
              {CLAIMS.map((claim) => (
                <tr key={claim.n}>
                  <th scope="row" className={`${td} text-left font-normal`}>{claim.n}</th>
                  <td className={td}>{claim.claim}</td>
                  <td className={td}>{claim.verdict}</td>
                  <td className={td}>
                    <ul className="flex flex-col gap-1">
                      {claim.shownIn.map((at) => (
                        <li key={`${at.scenario}-${at.step}`}>
                          <StepLink at={at} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <div className="grid gap-10 md:grid-cols-2">
        <Section id="objectives" title="Learning objectives">
          <p>After the lesson, a learner can:</p>
          <ol className="list-decimal space-y-1 pl-6">
            {OBJECTIVES.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ol>
        </Section>
        <Section id="prerequisites" title="Prerequisites">
          <ul className="list-disc space-y-1 pl-6">
            {PREREQUISITES.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id="lesson-plans" title="Lesson plans">
        <div className="grid gap-6 lg:grid-cols-2">
          {LESSON_PLANS.map((plan) => (
            <div key={plan.id} className="flex flex-col gap-2 rounded-lg bg-surface-raised p-4 ring-1 ring-line">
              <h3 className="text-lg font-semibold">{plan.title}</h3>
              <p className="text-sm">
                <Link href={`/instructors/worksheet/${plan.minutes}`} className="text-imap underline">
                  Printable worksheet for the {plan.minutes}-minute lesson
                </Link>
              </p>
              <table className="w-full text-sm">
                <caption className="sr-only">{plan.title}: minutes per activity</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>Min</th>
                    <th scope="col" className={th}>Activity</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.activities.map((activity, index) => (
                    <tr key={index}>
                      <th scope="row" className={`${td} text-left font-normal tabular-nums`}>{activity.minutes}</th>
                      <td className={td}>
                        {activity.scenario && (
                          <>
                            <LabLink query={`?scenario=${activity.scenario}`} className="font-medium text-imap underline">
                              {title(activity.scenario)}
                            </LabLink>
                            {': '}
                          </>
                        )}
                        {activity.activity}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      </Section>

      <Section id="answer-key" title="Answer key">
        <p className="max-w-prose">Built from the scenarios themselves, so it always matches what learners are asked.</p>
        <ol className="flex flex-col gap-3">
          {answerKey().map((entry) => (
            <li key={entry.questionId} className="rounded-lg bg-surface-raised p-4 ring-1 ring-line">
              <p className="text-sm text-ink-muted">
                {entry.scenarioTitle}, before step {entry.beforeStep} · <code className="font-mono">{entry.questionId}</code>
              </p>
              <p className="font-medium">{entry.prompt}</p>
              <ul className="mt-1 text-sm">
                {entry.choices.map((choice, index) => (
                  <li key={choice} className={index === entry.answerIndex ? 'font-semibold' : ''}>
                    {choiceLetter(index)}. {choice}
                    {index === entry.answerIndex && ' (right answer)'}
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-sm">
                {entry.explanation} <span className="text-ink-muted">Misconception tested: {entry.misconception}.</span>
              </p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="misconceptions" title="Misconceptions (from the myths)">
        <ul className="flex flex-col gap-2">
          {misconceptions().map((myth) => (
            <li key={myth.id}>
              <strong>{myth.myth}</strong> {myth.fact} <StepLink at={myth} />
            </li>
          ))}
        </ul>
        <p className="text-sm">
          <Link href="/myths" className="text-imap underline">
            The myths page for learners
          </Link>
        </p>
      </Section>

      <div className="grid gap-10 md:grid-cols-2">
        <Section id="discussion" title="Discussion prompts">
          <ul className="list-disc space-y-2 pl-6">
            {DISCUSSION_PROMPTS.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </Section>
        <Section id="homework" title="Homework: the console challenges">
          <p>
            In the{' '}
            <Link href="/console" className="text-imap underline">
              console
            </Link>
            , learners type POP3 and IMAP themselves. Each challenge ticks itself off when done.
          </p>
          <ul className="list-disc space-y-2 pl-6">
            {CHALLENGES.map((challenge) => (
              <li key={challenge.id}>
                <strong>{challenge.title}.</strong> {challenge.task}
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id="collect-answers" title="Collecting answers from an embedded lab">
        <p className="max-w-prose">
          An embedded lab posts an <code className="font-mono">answer</code> event each time a learner answers a prediction question: the
          scenario, the question id (as in the answer key) and whether it was right. This script on the course page forwards them to your
          own endpoint.
        </p>
        <pre className="overflow-x-auto rounded-lg bg-surface-sunken p-4 font-mono text-xs">
          <code>{COLLECT_ANSWERS_SNIPPET}</code>
        </pre>
      </Section>

      <Section id="simplifications" title="Known simplifications">
        <ul className="list-disc space-y-2 pl-6">
          {SIMPLIFICATIONS.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Section>

      <Section id="beyond" title="Beyond this lab">
        <p className="max-w-prose">{BEYOND}</p>
      </Section>
    </>
  )
}
