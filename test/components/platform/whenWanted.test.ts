import { EARLY_USE_SCRIPT, whenWanted } from '@/components/platform/whenWanted'

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

describe('EARLY_USE_SCRIPT (inlined in the head, before React listens)', () => {
  const flag = '__mailLabUsed'
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>)[flag]
  })

  it('remembers a use made before whenWanted listens, and whenWanted then starts at once', () => {
    new Function(EARLY_USE_SCRIPT)()
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }))
    const start = vi.fn()
    whenWanted(start)
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('remembers nothing while the page is not used (a scroll is reading), so whenWanted waits', () => {
    new Function(EARLY_USE_SCRIPT)()
    window.dispatchEvent(new Event('scroll'))
    const start = vi.fn()
    const cancel = whenWanted(start)
    expect(start).not.toHaveBeenCalled()
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }))
    expect(start).toHaveBeenCalledTimes(1)
    cancel()
  })
})
