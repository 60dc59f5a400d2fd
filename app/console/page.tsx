import type { Metadata } from 'next'
import { PageShell } from '@/components/site/PageShell'
import { ConsoleGate } from '@/components/console/ConsoleGate'

export const metadata: Metadata = {
  title: 'Console',
  description: 'Type POP3, IMAP and SMTP commands at a simulated mail server, as over telnet, and watch the mailbox react on every device.',
}

export default function ConsolePage() {
  return (
    <PageShell
      layout="tool"
      title="Mail protocol console"
      intro={
        <>
          Talk to a simulated mail server the way a mail app does, one line at a time, as you would over telnet. Every reply is
          the server&apos;s own. Open a second device to see how a change on one reaches the other, or send mail over SMTP and
          watch it arrive. Type <kbd className="font-mono">help</kbd> (in an SMTP tab, <kbd className="font-mono">?</kbd>) for the
          commands allowed right now; open any line for a plain-language explanation.
        </>
      }
    >
      <ConsoleGate />
    </PageShell>
  )
}
