// A printable one-page worksheet for a lesson plan: the opening question, each scenario's
// prediction questions with boxes to tick and room for what the learner saw, and an exit ticket.
// The print rules (A4, margins, light colours, no site chrome) live in the <style> below.
import Link from 'next/link'
import type { LessonPlan } from '@/content/instructors/kit'
import { choiceLetter } from '@/content/instructors/answerKey'
import { getScenario } from '@/content/scenarios/catalog'
import { PrintButton } from './PrintButton'

const PRINT_CSS = `
@page { size: A4; margin: 12mm 14mm; }
@media print {
  :root { color-scheme: light; }
  html, body { background: #fff !important; color: #000 !important; font-size: 10pt; }
  .worksheet a { color: #000 !important; text-decoration: none; }
  .worksheet section { break-inside: avoid; }
}
`

function Lines({ count }: { count: number }) {
  return (
    <span aria-hidden="true" className="flex flex-col">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="block h-6 border-b border-dotted border-ink-muted" />
      ))}
    </span>
  )
}

export function Worksheet({ plan }: { plan: LessonPlan }) {
  const steps = plan.activities.filter((activity) => activity.scenario)
  return (
    <main className="worksheet mx-auto flex max-w-3xl flex-col gap-4 px-5 py-8 print:max-w-none print:gap-2.5 print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href="/instructors#lesson-plans" className="text-sm text-imap underline">
          Back to the instructors&apos; guide
        </Link>
        <PrintButton />
      </div>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight print:text-[15pt]">Mail Protocol Lab: worksheet</h1>
        <p className="font-medium">{plan.title}</p>
        <p className="text-sm">Before each step, tick the answer you predict. Then run it and write what you saw.</p>
        <p className="mt-1 flex gap-6 text-sm">
          <span className="flex-1">Name: ______________________</span>
          <span className="flex-1">Date: ____________</span>
        </p>
      </header>
      <section className="flex flex-col gap-1">
        <h2 className="font-semibold">Before you start</h2>
        <p className="text-sm">If you lose your phone, do you lose your email? Write your guess, and one reason.</p>
        <Lines count={1} />
      </section>
      {steps.map((activity, index) => {
        const scenario = getScenario(activity.scenario!)
        if (!scenario) return null
        return (
          <section key={scenario.id} className="flex flex-col gap-1">
            <h2 className="font-semibold">
              {index + 1}. {scenario.title} <span className="text-sm font-normal text-ink-muted">({activity.minutes} min)</span>
            </h2>
            <p className="text-sm text-ink-muted">{scenario.goal}</p>
            {(scenario.questions ?? []).map((question) => (
              <div key={question.id} className="flex flex-col gap-0.5 text-sm">
                <p>
                  <span className="font-medium">Predict (before step {question.beforeStep}):</span> {question.prompt}
                </p>
                <ul className="flex flex-wrap gap-x-5 gap-y-0.5 pl-2">
                  {question.choices.map((choice, choiceIndex) => (
                    <li key={choice}>
                      <span aria-hidden="true">☐ </span>
                      {choiceLetter(choiceIndex)}. {choice}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <p className="text-sm">What did you see? Were you right?</p>
            <Lines count={1} />
          </section>
        )
      })}
      <section className="flex flex-col gap-1">
        <h2 className="font-semibold">Exit ticket</h2>
        <p className="text-sm">
          Go back to your first guess. Would you change it? Name one thing the server keeps under IMAP that POP3 (deleting after download)
          does not.
        </p>
        <Lines count={2} />
      </section>
    </main>
  )
}
