'use client'

import { useEffect } from 'react'
import { ConsoleApp } from './ConsoleApp'
import { CONSOLE_DEPS } from './consoleDeps'

export interface LiveConsoleProps {
  /** Called once the console has hydrated (or mounted) and its handlers are live. */
  onLive: () => void
}

/**
 * The console with its real server and registries: its own chunk, which ConsoleGate loads when
 * the learner is about to use the console. Prerendered at build time into the page's HTML.
 */
export default function LiveConsole({ onLive }: LiveConsoleProps) {
  useEffect(onLive, [onLive])
  return <ConsoleApp deps={CONSOLE_DEPS} />
}
