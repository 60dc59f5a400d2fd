import { afterEach, describe, expect, it } from 'vitest'
import { browserStorage, createVisitStorage, visitStorage } from '@/components/platform/visitStorage'

/** A Storage whose every method throws, as a quota-full or blocked storage does. */
function refusingStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  return { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse }
}

function throwOnRead(name: 'localStorage' | 'sessionStorage') {
  Object.defineProperty(window, name, {
    configurable: true,
    get() {
      throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError')
    },
  })
}

const originals = {
  localStorage: Object.getOwnPropertyDescriptor(window, 'localStorage'),
  sessionStorage: Object.getOwnPropertyDescriptor(window, 'sessionStorage'),
}

afterEach(() => {
  for (const [name, descriptor] of Object.entries(originals)) {
    if (descriptor) Object.defineProperty(window, name, descriptor)
    else delete (window as unknown as Record<string, unknown>)[name]
  }
  localStorage.clear()
  sessionStorage.clear()
})

describe('visitStorage', () => {
  it("uses the browser's storage when it answers", () => {
    const storage = createVisitStorage(() => browserStorage('local'))
    storage.setItem('k', 'v')
    expect(localStorage.getItem('k')).toBe('v')
    expect(storage.getItem('k')).toBe('v')
    storage.removeItem('k')
    expect(localStorage.getItem('k')).toBeNull()
    expect(storage.persistent()).toBe(true)
  })

  it('keeps values in memory for the visit when reading localStorage throws (sandboxed frame, blocked storage)', () => {
    throwOnRead('localStorage')
    throwOnRead('sessionStorage')
    expect(browserStorage('local')).toBeNull()
    expect(browserStorage('session')).toBeNull()
    for (const kind of ['local', 'session'] as const) {
      const storage = createVisitStorage(() => browserStorage(kind))
      expect(storage.getItem('theme')).toBeNull()
      storage.setItem('theme', 'dark')
      expect(storage.getItem('theme')).toBe('dark')
      storage.removeItem('theme')
      expect(storage.getItem('theme')).toBeNull()
      expect(storage.persistent()).toBe(false)
    }
  })

  it('keeps a value the browser refused to save, and lets it win over the stored copy', () => {
    const real = new Map<string, string>([['k', 'old']])
    let refuse = false
    const storage = createVisitStorage(() =>
      refuse
        ? refusingStorage()
        : ({ getItem: (key: string) => real.get(key) ?? null, setItem: (key: string, value: string) => void real.set(key, value), removeItem: (key: string) => void real.delete(key) } as Storage),
    )
    refuse = true
    storage.setItem('k', 'new')
    expect(storage.getItem('k')).toBe('new')
    storage.removeItem('k')
    expect(storage.getItem('k')).toBeNull()
    // Once the browser saves again, its copy is the truth.
    refuse = false
    expect(real.get('k')).toBe('old')
    storage.setItem('k', 'saved')
    expect(real.get('k')).toBe('saved')
    expect(storage.getItem('k')).toBe('saved')
  })

  it('is one shared store per kind, so every caller sees what another kept in memory', () => {
    expect(visitStorage('local')).toBe(visitStorage('local'))
    expect(visitStorage('session')).not.toBe(visitStorage('local'))
  })
})
