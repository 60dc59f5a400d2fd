'use client'
// The first-visit welcome: what the lab is and how to use it, in a small panel over the lanes (not
// modal, so the controls stay usable). Dismissed once, it stays away (localStorage); "About" in the
// header bar brings it back. A corrupted saved value is discarded, and the welcome says so.
import Link from 'next/link'
import { useEffect, useId, useRef, useSyncExternalStore } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import { dismissWelcome, subscribeWelcome, welcomeSnapshot } from './welcomeStorage'

export function Welcome() {
  const headingId = useId()
  // The prerender shows the welcome (a first visit's largest text, so it paints with the page
  // rather than after hydration: issue 14's largest contentful paint); WelcomeSeenScript hides it
  // first for a returning learner, and once hydrated the stored value decides.
  const snapshot = useSyncExternalStore(subscribeWelcome, welcomeSnapshot, () => 'open|')
  const [state, discarded] = snapshot.split('|')
  const startRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // Hydrated: from here the stored value decides, so "About" can show it again.
    document.documentElement.removeAttribute('data-welcome-seen')
  }, [])
  useEffect(() => {
    // Reopened from "About": move focus into it, so keyboard users land on it.
    if (state === 'reopened') startRef.current?.focus()
  }, [state])
  if (state === 'closed') return null
  // On phones its height is the window's, not the lanes' (which grow as the page lays out and
  // again when the lab swaps in): a welcome that grows after first paint is a later, larger
  // contentful paint (issue 14).
  return (
    <section
      data-welcome=""
      aria-labelledby={headingId}
      className="absolute inset-x-2 top-2 z-30 mx-auto flex stage:max-h-[calc(100%-1rem)] sheet:max-h-[70dvh] max-w-2xl flex-col gap-2 overflow-y-auto rounded-xl border-2 border-imap-strong bg-surface-raised p-4 text-sm shadow-lg"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Welcome to the Mail Protocol Lab
      </h2>
      {discarded && (
        <p role="status" className="rounded border border-pop3 bg-pop3-soft px-2 py-1 text-xs">
          The saved welcome setting could not be read, so it was discarded.
        </p>
      )}
      <p>
        POP3 and IMAP both fetch mail from a server, yet they leave your devices in very different places. Here the two run side by side,
        on identical copies of the same mailbox, with the same actions.
      </p>
      <p>
        Press <strong>Next step</strong> (or the → key) and watch each message get copied, marked read or deleted on the mail server and on
        every device. The panel at the bottom holds the real protocol conversation (hover or focus a line for a note on what it means), the
        state diagrams and, at the end, a comparison.
      </p>
      <p className="text-ink-muted">
        Neither POP3 nor IMAP sends mail: SMTP does, both from your device to your provider and between servers. POP3 only downloads and
        deletes. IMAP also keeps flags, removes, uploads and files messages in folders, all on the server. The simulated server answers as a
        real Dovecot 2.3 server does.
      </p>
      <p>
        New to the words? The <Link href="/glossary" prefetch={false} className="text-imap underline underline-offset-2">glossary</Link> explains them, and{' '}
        <Link href="/myths" prefetch={false} className="text-imap underline underline-offset-2">myths and facts</Link> lists what people often get wrong, each
        with the scenario that shows it.
      </p>
      <button ref={startRef} type="button" className={`${buttonClass} self-start border-imap-strong px-4 text-sm`} onClick={dismissWelcome}>
        Start the lab
      </button>
    </section>
  )
}
