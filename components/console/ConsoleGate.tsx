'use client'

import { Component, Suspense, lazy, useCallback, useEffect, useRef, type ReactNode } from 'react'
import { whenWanted } from '@/components/platform/whenWanted'
import { holdEarlyInput, type EarlyInput } from './earlyInput'

/**
 * The console's first view is prerendered (the live console's own HTML at its initial state: one
 * POP3 tab on the Phone, the greeting, the mailbox, the challenges), so the page paints complete.
 * Its code (the protocol server, its registries, the explanations) loads only when the learner is
 * about to use it (whenWanted: the first touch, pointer move, key or focus; never on a timer), and
 * then hydrates that HTML in place: React keeps the DOM, so nothing repaints or moves. Until then,
 * what the learner does in it is held and handed over in order (earlyInput).
 */
let markWanted = () => {}
const wanted = typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((resolve) => (markWanted = resolve))
const LiveConsole = lazy(() => wanted.then(() => import('./LiveConsole')))

const STARTING = <p className="text-sm text-ink-muted">Starting the simulated mail server…</p>

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    if (!this.state.failed) return this.props.children
    return (
      <p role="alert" className="text-sm">
        The simulated mail server could not load. Check your connection and reload the page.
      </p>
    )
  }
}

export function ConsoleGate() {
  const ref = useRef<HTMLDivElement>(null)
  const early = useRef<EarlyInput | null>(null)
  const live = useRef(false)

  useEffect(() => {
    const container = ref.current
    // Already live: a client-side visit after the code had loaded mounts the console at once.
    if (live.current || !container) return
    early.current = holdEarlyInput(container)
    const cancel = whenWanted(markWanted)
    return () => {
      cancel()
      early.current?.stop()
    }
  }, [])

  // Stable, so the boundary below never receives an update before it hydrates (React would then
  // throw the prerendered HTML away and render the fallback).
  // Called from the live console's first effect; the handover renders, so it runs just after.
  const onLive = useCallback(() => {
    live.current = true
    queueMicrotask(() => {
      early.current?.handOver()
      ref.current?.setAttribute('data-console', 'live')
    })
  }, [])

  return (
    <div ref={ref} data-console="prerendered">
      <LoadFailure>
        <Suspense fallback={STARTING}>
          <LiveConsole onLive={onLive} />
        </Suspense>
      </LoadFailure>
    </div>
  )
}
