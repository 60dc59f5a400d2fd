import Link from 'next/link'
import { labFirstPaint } from '@/components/labApp/labFirstPaint'
import { LabPage } from '@/components/labApp/LabPage'

/** Step 0 of the default scenario, computed at build time for the static HTML. */
const first = labFirstPaint()

export default function Home() {
  return (
    <main className="mx-auto flex w-full max-w-[1500px] flex-col gap-6 px-3 py-6 sm:px-6 sm:py-8">
      <header className="flex max-w-prose flex-col gap-3">
        <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/console" className="text-imap underline underline-offset-2">
            Console: type POP3 and IMAP yourself
          </Link>
          <Link href="/glossary" className="text-imap underline underline-offset-2">
            Glossary
          </Link>
          <Link href="/myths" className="text-imap underline underline-offset-2">
            Myths and facts
          </Link>
          <Link href="/instructors" className="text-imap underline underline-offset-2">
            Instructors&apos; guide and embedding
          </Link>
        </nav>
        <p className="font-mono text-sm text-ink-muted">POP3 · IMAP · one mailbox</p>
        <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Mail Protocol Lab</h1>
        <p className="text-lg">
          POP3 and IMAP both fetch mail from a server, yet they leave your devices in very different places. Here the two run side by
          side, on identical copies of the same mailbox, with the same actions.
        </p>
        <p>
          Press <strong>Next step</strong> (or the → key) and watch each message get copied, marked read or deleted on the mail server
          and on every device, while the real protocol conversation scrolls beside it. Hover or focus a line of the conversation for a
          note on what it means.
        </p>
      </header>
      <LabPage first={first} />
      <footer className="max-w-prose border-t border-line pt-6 text-sm text-ink-muted">
        Neither POP3 nor IMAP sends mail: SMTP does, both from your device to your provider and between servers. POP3 only
        downloads and deletes. IMAP also keeps flags, removes, uploads and files messages in folders, all on the server. The simulated
        server answers as a real Dovecot 2.3 server does.
      </footer>
    </main>
  )
}
