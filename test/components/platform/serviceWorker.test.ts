import { afterEach, describe, expect, it } from 'vitest'
import { serviceWorkerContainer } from '@/components/platform/serviceWorker'

afterEach(() => {
  delete (navigator as { serviceWorker?: unknown }).serviceWorker
})

describe('serviceWorkerContainer', () => {
  it("is null in a sandboxed frame, where 'serviceWorker' in navigator is true but reading it throws", () => {
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'serviceWorker' property from 'Navigator': Service worker is disabled because the context is sandboxed.", 'SecurityError')
      },
    })
    expect('serviceWorker' in navigator).toBe(true)
    expect(serviceWorkerContainer()).toBeNull()
  })

  it('is null where there is none (jsdom, insecure pages)', () => {
    expect(serviceWorkerContainer()).toBeNull()
  })

  it('is the container where the page may have one', () => {
    const container = { register: () => Promise.resolve() }
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container })
    expect(serviceWorkerContainer()).toBe(container)
  })
})
