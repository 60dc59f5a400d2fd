import type { Metadata } from 'next'
import { LabLink } from '@/components/site/LabLink'
import { LiveLab } from '@/components/live/LiveLab'

export const metadata: Metadata = {
  title: 'Live mode',
  description: 'Connect a real mail client (Thunderbird, Python, curl) to the lab and watch its conversation as it happens.',
}

export default function LivePage() {
  return (
    <main className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <LabLink className="text-imap underline underline-offset-2">
            Back to the lab
          </LabLink>
        </p>
        <h1 className="text-2xl font-bold">Live mode: a real mail client, watched</h1>
        <p className="max-w-prose text-ink-muted">
          Point a mail program at the lab&apos;s server and watch every command it sends and every reply it gets, as it happens. Connect
          two clients at once, one by POP3 and one by IMAP, to see the difference for yourself.
        </p>
      </header>
      <LiveLab />
    </main>
  )
}
