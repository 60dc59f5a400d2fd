'use client'

// Subscribes to the live server's Server-Sent Events. EventSource reconnects by itself after a
// network drop (the server asks for a 1 s retry); when the stream is refused outright (a static
// host answers 404) it is closed for good, so we try again every few seconds ourselves.

import { useEffect, useReducer } from 'react'
import { LIVE_EVENTS_PATH, type LiveEvent } from '@/lib/live'
import { initialLiveState, liveReducer, type LiveState } from '@/lib/live/liveState'

const RETRY_MS = 3000
const EVENT_TYPES: LiveEvent['type'][] = ['snapshot', 'connect', 'line', 'state', 'name', 'disconnect', 'refused', 'store']

export function useLiveStream(basePath: string): LiveState {
  const [state, dispatch] = useReducer(liveReducer, initialLiveState)
  useEffect(() => {
    let source: EventSource | undefined
    let retry: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const open = () => {
      source = new EventSource(`${basePath}${LIVE_EVENTS_PATH}`)
      for (const type of EVENT_TYPES) {
        source.addEventListener(type, (message) => {
          try {
            dispatch(JSON.parse((message as MessageEvent<string>).data) as LiveEvent)
          } catch {
            // A malformed event is skipped; the next snapshot puts the page right.
          }
        })
      }
      source.onerror = () => {
        dispatch({ type: 'stream-lost' })
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close()
          retry = setTimeout(open, RETRY_MS)
        }
      }
    }
    open()
    return () => {
      stopped = true
      clearTimeout(retry)
      source?.close()
    }
  }, [basePath])
  return state
}
