'use client'

import { useEffect, useState, type ReactElement } from 'react'

/**
 * The console runs a live simulated server in the browser, so it renders on the client only: the
 * static HTML carries the page's words, and the server starts once the page has hydrated. The
 * console's code (the protocol server, its registries, the explanations) is its own chunk, fetched
 * from here rather than in the page's first load, so hydration does not wait for it.
 */
export function ClientOnlyConsole() {
  const [app, setApp] = useState<ReactElement | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    Promise.all([import('./ConsoleApp'), import('./consoleDeps')]).then(
      ([{ ConsoleApp }, { CONSOLE_DEPS }]) => {
        if (live) setApp(<ConsoleApp deps={CONSOLE_DEPS} />)
      },
      () => {
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [])
  if (app) return app
  if (failed) {
    return (
      <p role="alert" className="text-sm">
        The simulated mail server could not load. Check your connection and reload the page.
      </p>
    )
  }
  return <p className="text-sm text-ink-muted">Starting the simulated mail server…</p>
}
