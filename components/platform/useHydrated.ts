'use client'
// Whether this component has hydrated: false in the static HTML and while React hydrates it, true
// from then on. The switch is a transition (issue 14): React renders what it changes in slices
// that yield to the browser. The usual `useSyncExternalStore(…, () => true, () => false)` forces a
// synchronous re-render of everything below the component right after hydration, which on the
// lab's shell was one of the longest tasks of the page's load.
import { startTransition, useEffect, useState } from 'react'

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => {
    startTransition(() => setHydrated(true))
  }, [])
  return hydrated
}
