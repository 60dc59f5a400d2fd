'use client'
// Autoplay is view state (design: timing lives in the view, never in the machine): while playing,
// "next" is sent every 1.2 s ÷ speed; it stops by itself at the end or when a question waits.
import { useCallback, useEffect, useState } from 'react'

export const AUTOPLAY_INTERVAL_MS = 1200

export interface AutoplayOptions {
  speed: number
  /** Whether the machine can take "next" now (snapshot.can). */
  canNext: () => boolean
  next: () => void
  initiallyPlaying?: boolean
}

export function useAutoplay({ speed, canNext, next, initiallyPlaying = false }: AutoplayOptions) {
  const [playing, setPlaying] = useState(initiallyPlaying)
  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(() => {
      if (!canNext()) {
        setPlaying(false)
        return
      }
      next()
      if (!canNext()) setPlaying(false)
    }, AUTOPLAY_INTERVAL_MS / speed)
    return () => window.clearInterval(timer)
  }, [playing, speed, canNext, next])
  const play = useCallback(() => {
    if (canNext()) setPlaying(true)
  }, [canNext])
  const pause = useCallback(() => setPlaying(false), [])
  return { playing, play, pause, toggle: playing ? pause : play }
}
