'use client'
// A value only the browser knows (the page's address, whether it runs in a frame). The static HTML
// and hydration render `onServer`, so they match; React then renders again with `read()`. Nothing
// subscribes to changes: each later render of the component reads the value again.
import { useSyncExternalStore } from 'react'

const subscribeNothing = () => () => {}

export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(subscribeNothing, read, () => onServer)
}
