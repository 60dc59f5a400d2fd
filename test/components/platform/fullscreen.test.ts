import { afterEach, describe, expect, it, vi } from 'vitest'
import { fullscreenActive, fullscreenAvailable, toggleFullscreen } from '@/components/platform/fullscreen'

afterEach(() => {
  delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled
  delete (document as { fullscreenElement?: Element | null }).fullscreenElement
  delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen
  delete (document as { exitFullscreen?: unknown }).exitFullscreen
})

function allowFullscreen(request = vi.fn(() => Promise.resolve())) {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true })
  Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request })
  return request
}

describe('full screen', () => {
  it('is available only where the document allows it and elements can request it', () => {
    expect(fullscreenAvailable()).toBe(false)
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true })
    expect(fullscreenAvailable()).toBe(false)
    allowFullscreen()
    expect(fullscreenAvailable()).toBe(true)
  })

  it('is unavailable, not an error, when reading fullscreenEnabled throws', () => {
    allowFullscreen()
    Object.defineProperty(document, 'fullscreenEnabled', {
      configurable: true,
      get() {
        throw new Error('refused')
      },
    })
    expect(fullscreenAvailable()).toBe(false)
  })

  it('toggles, and resolves false when the browser refuses', async () => {
    const request = allowFullscreen()
    await expect(toggleFullscreen(document.documentElement)).resolves.toBe(true)
    expect(request).toHaveBeenCalled()
    request.mockImplementationOnce(() => Promise.reject(new TypeError('Permissions check failed')))
    await expect(toggleFullscreen(document.documentElement)).resolves.toBe(false)

    const exit = vi.fn(() => Promise.resolve())
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: document.documentElement })
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit })
    expect(fullscreenActive()).toBe(true)
    await toggleFullscreen(document.documentElement)
    expect(exit).toHaveBeenCalled()
  })
})
