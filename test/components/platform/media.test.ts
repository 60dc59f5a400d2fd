import { afterEach, describe, expect, it, vi } from 'vitest'
import { mediaMatches, prefersReducedMotion, subscribeMedia } from '@/components/platform/media'

const original = window.matchMedia
afterEach(() => {
  window.matchMedia = original
})

function fakeMatchMedia(matches: boolean) {
  const listeners = new Set<() => void>()
  const list = {
    matches,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }
  window.matchMedia = vi.fn(() => list as unknown as MediaQueryList)
  return listeners
}

describe('media queries', () => {
  it('answers from matchMedia', () => {
    fakeMatchMedia(true)
    expect(mediaMatches('(prefers-reduced-motion: reduce)')).toBe(true)
    expect(prefersReducedMotion()).toBe(true)
    expect(window.matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)')
  })

  it('assumes no preference when matchMedia is missing or throws', () => {
    ;(window as { matchMedia?: unknown }).matchMedia = undefined
    expect(mediaMatches('(prefers-reduced-motion: reduce)')).toBe(false)
    expect(subscribeMedia('(min-width: 1px)', () => {})).toBeTypeOf('function')
    window.matchMedia = () => {
      throw new Error('refused')
    }
    expect(mediaMatches('(prefers-reduced-motion: reduce)')).toBe(false)
    expect(() => subscribeMedia('(min-width: 1px)', () => {})()).not.toThrow()
  })

  it('subscribes to changes and unsubscribes', () => {
    const listeners = fakeMatchMedia(false)
    const unsubscribe = subscribeMedia('(prefers-color-scheme: dark)', () => {})
    expect(listeners.size).toBe(1)
    unsubscribe()
    expect(listeners.size).toBe(0)
  })
})
