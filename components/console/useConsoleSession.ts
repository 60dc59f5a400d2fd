'use client'

import { useCallback, useEffect, useReducer, useState } from 'react'
import type { MailProtocol } from '@/lib/protocols'
import { ConsoleSession, type ChallengeId, type ConsoleDeps, type ConsoleWorld } from '@/lib/console'

/**
 * Holds one ConsoleSession (a live simulated server and its connections) and re-renders on every
 * change. `restart` replaces it with a fresh server built from a world, with one tab open.
 */
export function useConsoleSession(deps: ConsoleDeps, world: ConsoleWorld, protocol: MailProtocol) {
  const [session, setSession] = useState(() => startSession(deps, world, protocol))
  const [version, bump] = useReducer((n: number) => n + 1, 0)
  useEffect(() => session.subscribe(bump), [session])
  const restart = useCallback(
    (nextWorld: ConsoleWorld, nextProtocol: MailProtocol) =>
      setSession((previous) => startSession(deps, nextWorld, nextProtocol, previous.solved)),
    [deps],
  )
  return { session, version, restart }
}

function startSession(deps: ConsoleDeps, world: ConsoleWorld, protocol: MailProtocol, solved: Iterable<ChallengeId> = []): ConsoleSession {
  const session = new ConsoleSession(world, deps, solved)
  session.openTab(protocol)
  return session
}
