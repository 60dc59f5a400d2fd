import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FullscreenButton } from '@/components/labConfig/FullscreenButton'

afterEach(() => {
  delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled
  delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen
})

describe('FullscreenButton', () => {
  it('is shown where the frame may go full screen', () => {
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true })
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: () => Promise.resolve() })
    render(<FullscreenButton />)
    expect(screen.getByRole('button', { name: 'Full screen' })).toBeTruthy()
  })

  it('is hidden, with no error, where full screen is refused or reading it throws', () => {
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: false })
    const { unmount } = render(<FullscreenButton />)
    expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull()
    unmount()
    Object.defineProperty(document, 'fullscreenEnabled', {
      configurable: true,
      get() {
        throw new Error('refused')
      },
    })
    render(<FullscreenButton />)
    expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull()
  })
})
