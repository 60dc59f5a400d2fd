// localStorage / sessionStorage that never throws. A sandboxed frame (opaque origin), a browser
// that blocks third-party storage, or a private window may throw on the `localStorage` getter
// itself, or on setItem. Then what the lab saves is kept in memory for this visit instead: the
// learner's choices still hold until the page is closed, and nothing is logged.

export type StorageKind = 'local' | 'session'

export interface VisitStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  /** True when the browser's storage answers; false when only memory is used. */
  persistent(): boolean
}

/** The browser's Storage of that kind, or null when reading it throws or it is missing. */
export function browserStorage(kind: StorageKind): Storage | null {
  try {
    if (typeof window === 'undefined') return null
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage
    return storage ?? null
  } catch {
    return null
  }
}

/**
 * A storage that falls back to memory, key by key: a value the browser refused to save, or
 * refused to remove, is remembered in memory and wins over the browser's copy on reading.
 */
export function createVisitStorage(getStorage: () => Storage | null): VisitStorage {
  // key → value kept in memory (null: removed in memory)
  const memory = new Map<string, string | null>()
  return {
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null
      try {
        return getStorage()?.getItem(key) ?? null
      } catch {
        return null
      }
    },
    setItem(key, value) {
      try {
        const storage = getStorage()
        if (storage) {
          storage.setItem(key, value)
          memory.delete(key)
          return
        }
      } catch {
        // refused (opaque origin, blocked, quota): keep it for the visit
      }
      memory.set(key, value)
    },
    removeItem(key) {
      try {
        const storage = getStorage()
        if (storage) {
          storage.removeItem(key)
          memory.delete(key)
          return
        }
      } catch {
        // refused: forget it for the visit
      }
      memory.set(key, null)
    },
    persistent() {
      try {
        const storage = getStorage()
        if (!storage) return false
        const probe = '__mail-protocol-lab-probe__'
        storage.setItem(probe, probe)
        storage.removeItem(probe)
        return true
      } catch {
        return false
      }
    },
  }
}

const shared: Partial<Record<StorageKind, VisitStorage>> = {}

/** The page's one visit storage of that kind (so every caller sees the same in-memory values). */
export function visitStorage(kind: StorageKind): VisitStorage {
  return (shared[kind] ??= createVisitStorage(() => browserStorage(kind)))
}
