import { LabLink } from '@/components/site/LabLink'

export const metadata = {
  title: 'Page not found',
}

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-prose flex-col justify-center gap-4 px-6 py-16">
      <p className="font-mono text-sm text-pop3">-ERR no such page</p>
      <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-ink-muted">
        There is nothing at this address. The lab itself starts on the home page.
      </p>
      <p>
        <LabLink className="font-medium text-imap underline underline-offset-4">
          Go to Mail Protocol Lab
        </LabLink>
      </p>
    </main>
  )
}
