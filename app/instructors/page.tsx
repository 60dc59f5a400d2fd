// The instructors' guide: what each scenario teaches, the embed parameters, the snippet and the
// events (the same facts as docs/instructors.md and docs/embedding.md, from guideData).

import type { Metadata } from 'next'
import { LabLink, SITE_BASE_PATH } from '@/components/site/LabLink'
import { PageShell } from '@/components/site/PageShell'
import { COMMAND_GUIDE, EVENT_GUIDE, PARAM_GUIDE, SCENARIO_TEACHES } from '@/components/instructors/guideData'
import { KitSections } from '@/components/instructors/KitSections'
import { SnippetExample } from '@/components/instructors/SnippetExample'
import { scenarios } from '@/content/scenarios'

export const metadata: Metadata = {
  title: "Instructors' guide",
  description: 'What each scenario of the Mail Protocol Lab teaches, and how to embed it in a course page.',
}

/** The base path the site was built for (public files are not rewritten by Next's Link). */
const base = SITE_BASE_PATH

const th = 'border-b border-line px-3 py-2 text-left font-semibold'
const td = 'border-b border-line px-3 py-2 align-top'

export default function InstructorsPage() {
  return (
    <PageShell
      layout="guide"
      title={<>Instructors&apos; guide</>}
      intro={
        <>
          Each scenario shows one claim about POP3 and IMAP, run side by side on the same mailbox. Link to any
          scenario and step, or embed it in a course page, where it sizes itself and reports what the learner did.
        </>
      }
      afterIntro={
        <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="#claims" className="text-imap underline">Claims</a>
          <a href="#lesson-plans" className="text-imap underline">Lesson plans and worksheets</a>
          <a href="#answer-key" className="text-imap underline">Answer key</a>
          <a href="#misconceptions" className="text-imap underline">Misconceptions</a>
          <a href="#simplifications" className="text-imap underline">Known simplifications</a>
          <a href="#embedding" className="text-imap underline">Embedding</a>
        </nav>
      }
    >

      <KitSections />

      <section aria-labelledby="scenarios" className="flex flex-col gap-4">
        <h2 id="scenarios" className="text-2xl font-semibold tracking-tight">
          Scenarios
        </h2>
        <dl className="grid gap-3 md:grid-cols-2">
          {scenarios.map((scenario) => (
            <div key={scenario.id} className="rounded-lg bg-surface-raised p-4 ring-1 ring-line">
              <dt className="font-semibold">
                <LabLink query={`?scenario=${scenario.id}`} className="text-imap underline">
                  {scenario.title}
                </LabLink>{' '}
                <code className="font-mono text-sm font-normal text-ink-muted">{scenario.id}</code>
              </dt>
              <dd className="mt-1 text-sm">
                <p>{SCENARIO_TEACHES[scenario.id] ?? scenario.goal}</p>
                <p className="mt-1 text-ink-muted">
                  Learner&apos;s goal: {scenario.goal}
                  {scenario.claims.length > 0 && ` (claim ${scenario.claims.join(', ')})`}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="embedding" className="flex flex-col gap-4">
        <h2 id="embedding" className="text-2xl font-semibold tracking-tight">
          Embedding
        </h2>
        <p className="max-w-prose">
          Paste this into a course page. The iframe loads the lab without the site around it; the script sets its
          height from the lab&apos;s <code className="font-mono">resize</code> messages. The{' '}
          <strong>Share</strong> button in the lab writes the same snippet for the scenario and step on screen. See
          it working on the{' '}
          <a href={`${base}/embed-example.html`} className="text-imap underline">
            example course page
          </a>
          .
        </p>
        <SnippetExample
          route="/instructors"
          query="scenario=read-sync&protocols=imap"
          title="Mail Protocol Lab: Read on one device, read everywhere"
        />
        <p className="max-w-prose">
          The lab also runs in sandboxed frames, on pages that block storage, under a strict Content-Security-Policy,
          and in frames as small as 320 × 400 pixels. The table &ldquo;Where it works&rdquo; in{' '}
          <code className="font-mono">docs/embedding.md</code> says what the learner sees in each.
        </p>
      </section>

      <section aria-labelledby="parameters" className="flex flex-col gap-4">
        <h2 id="parameters" className="text-2xl font-semibold tracking-tight">
          Parameters
        </h2>
        <p className="max-w-prose">
          Add them to <code className="font-mono">/embed</code> or to the lab page itself. A value the lab does not
          understand shows a notice with the default it used, and the lab still runs.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">URL parameters of the lab</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>Parameter</th>
                <th scope="col" className={th}>Values</th>
                <th scope="col" className={th}>Default</th>
                <th scope="col" className={th}>Notes</th>
              </tr>
            </thead>
            <tbody>
              {PARAM_GUIDE.map((param) => (
                <tr key={param.name}>
                  <th scope="row" className={`${td} text-left font-mono font-normal`}>{param.name}</th>
                  <td className={td}>{param.values}</td>
                  <td className={td}>{param.defaultValue}</td>
                  <td className={td}>{param.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="events" className="flex flex-col gap-4">
        <h2 id="events" className="text-2xl font-semibold tracking-tight">
          Events and commands
        </h2>
        <p className="max-w-prose">
          The lab sends <code className="font-mono">{'{ source: "mail-protocol-lab", version: 1, type, … }'}</code> to
          the page that frames it, and takes{' '}
          <code className="font-mono">{'{ target: "mail-protocol-lab", command }'}</code> from it. The full reference,
          with the security notes, is in <code className="font-mono">docs/embedding.md</code>.
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          <table className="w-full text-sm">
            <caption className="mb-2 text-left font-semibold">Events the lab sends</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>type</th>
                <th scope="col" className={th}>Fields</th>
                <th scope="col" className={th}>When</th>
              </tr>
            </thead>
            <tbody>
              {EVENT_GUIDE.map((event) => (
                <tr key={event.type}>
                  <th scope="row" className={`${td} text-left font-mono font-normal`}>{event.type}</th>
                  <td className={td}>{event.fields}</td>
                  <td className={td}>{event.when}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="w-full text-sm">
            <caption className="mb-2 text-left font-semibold">Commands the lab takes</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>command</th>
                <th scope="col" className={th}>Effect</th>
              </tr>
            </thead>
            <tbody>
              {COMMAND_GUIDE.map((command) => (
                <tr key={command.command}>
                  <th scope="row" className={`${td} text-left font-mono font-normal`}>{command.command}</th>
                  <td className={td}>{command.effect}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </PageShell>
  )
}
