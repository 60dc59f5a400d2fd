import { whenWanted } from '@/components/platform/whenWanted'

describe('whenWanted', () => {
  it('starts once, on the first use of the page (a key, a focus, a touch or a pointer move)', () => {
    for (const event of [new KeyboardEvent('keydown', { key: 'a' }), new FocusEvent('focusin'), new Event('pointerdown'), new Event('pointermove')]) {
      const start = vi.fn()
      const cancel = whenWanted(start)
      document.body.dispatchEvent(new Event(event.type, { bubbles: true }))
      document.body.dispatchEvent(new Event(event.type, { bubbles: true }))
      expect(start, event.type).toHaveBeenCalledTimes(1)
      cancel()
    }
  })

  it('does not start on scrolling (reading), on a timer, or after it is cancelled', async () => {
    vi.useFakeTimers()
    try {
      const start = vi.fn()
      const cancel = whenWanted(start)
      window.dispatchEvent(new Event('scroll'))
      window.dispatchEvent(new Event('load'))
      await vi.advanceTimersByTimeAsync(60_000)
      expect(start).not.toHaveBeenCalled()
      cancel()
      document.body.dispatchEvent(new Event('keydown', { bubbles: true }))
      expect(start).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })
})
