import type { Metadata } from 'next'
import { PageShell } from '@/components/site/PageShell'
import { LiveLab } from '@/components/live/LiveLab'

export const metadata: Metadata = {
  title: 'Live mode',
  description: 'Connect a real mail client (Thunderbird, Python, curl) to the lab and watch its conversation as it happens.',
}

export default function LivePage() {
  return (
    <PageShell
      layout="tool"
      title="Live mode: a real mail client, watched"
      intro={
        <>
          Point a mail program at the lab&apos;s server and watch every command it sends and every reply it gets, as it happens. Connect
          two clients at once, one by POP3 and one by IMAP, to see the difference for yourself.
        </>
      }
    >
      <LiveLab />
    </PageShell>
  )
}
