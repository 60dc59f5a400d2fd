'use client'

import { useSyncExternalStore } from 'react'
import { ConsoleApp } from './ConsoleApp'
import { CONSOLE_DEPS } from './consoleDeps'

const subscribe = () => () => {}

/**
 * The console runs a live simulated server in the browser, so it renders on the client only:
 * the static HTML carries the page's words, and the server starts when the page hydrates.
 */
export function ClientOnlyConsole() {
  const onClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!onClient) return <p className="text-sm text-ink-muted">Starting the simulated mail server…</p>
  return <ConsoleApp deps={CONSOLE_DEPS} />
}
