import type { Metadata } from 'next'
import { LabLink } from '@/components/site/LabLink'
import { ClientOnlyConsole } from '@/components/console/ClientOnlyConsole'

export const metadata: Metadata = {
  title: 'Console',
  description: 'Type POP3, IMAP and SMTP commands at a simulated mail server, as over telnet, and watch the mailbox react on every device.',
}

export default function ConsolePage() {
  return (
    <main className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <LabLink className="text-imap underline underline-offset-2">
            Back to the lab
          </LabLink>
        </p>
        <h1 className="text-2xl font-bold">Mail protocol console</h1>
        <p className="max-w-prose text-ink-muted">
          Talk to a simulated mail server the way a mail app does, one line at a time, as you would over telnet. Every reply is
          the server&apos;s own. Open a second device to see how a change on one reaches the other, or send mail over SMTP and
          watch it arrive. Type <kbd className="font-mono">help</kbd> (in an SMTP tab, <kbd className="font-mono">?</kbd>) for the
          commands allowed right now; open any line for a plain-language explanation.
        </p>
      </header>
      <ClientOnlyConsole />
    </main>
  )
}
