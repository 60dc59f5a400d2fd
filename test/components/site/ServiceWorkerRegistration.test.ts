import { render } from '@testing-library/react'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ServiceWorkerRegistration, basePathFromScripts } from '@/components/site/ServiceWorkerRegistration'

describe('basePathFromScripts', () => {
  const origin = 'https://x.example'
  it.each([
    [['/_next/static/chunks/main.js'], ''],
    [['/lab/_next/static/chunks/main.js'], '/lab'],
    [['https://x.example/a/b/_next/static/x.js'], '/a/b'],
    [['https://cdn.example/_next/static/x.js', '/c/_next/static/y.js'], '/c'],
    [['/other.js'], null],
    [[], null],
  ])('%j → %j', (scripts, base) => expect(basePathFromScripts(scripts, origin)).toBe(base))
})

describe('ServiceWorkerRegistration', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    delete (navigator as { serviceWorker?: unknown }).serviceWorker
  })

  it('renders quietly in a sandboxed frame, where reading navigator.serviceWorker throws', () => {
    vi.stubEnv('NODE_ENV', 'production')
    let reads = 0
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      get() {
        reads++
        throw new DOMException("Failed to read the 'serviceWorker' property from 'Navigator': Service worker is disabled because the context is sandboxed.", 'SecurityError')
      },
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(createElement(ServiceWorkerRegistration))).not.toThrow()
    expect(reads).toBe(1)
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
