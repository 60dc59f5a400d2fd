import { act, render, screen } from '@testing-library/react'
import { AnimatePresence } from 'framer-motion'
import type { ReactNode } from 'react'
import { MessageCard, type MessageCardProps } from '@/components/lanes/MessageCard'
import { QueuedCard } from '@/components/lanes/QueuedCard'
import { CARD_FADE, MOST_FADES_PER_TASK } from '@/components/lanes/cardMotion'
import type { MessageState } from '@/lib/viewModel/messageState'

// jsdom has no Web Animations API: each call is recorded, and its `finished` is settled by the test.
interface Call {
  element: Element
  keyframes: Keyframe[]
  options: KeyframeAnimationOptions
  finish: () => void
  cancel: ReturnType<typeof vi.fn>
}
let calls: Call[] = []
let reduced = false

beforeEach(async () => {
  // The fades a task may start come back in the next task.
  await new Promise((resolve) => setTimeout(resolve, 0))
  calls = []
  reduced = false
  Object.defineProperty(HTMLElement.prototype, 'animate', {
    configurable: true,
    value(this: Element, keyframes: Keyframe[], options: KeyframeAnimationOptions) {
      let finish = () => {}
      const finished = new Promise<void>((resolve) => (finish = resolve))
      const cancel = vi.fn()
      calls.push({ element: this, keyframes, options, finish, cancel })
      return { finished, cancel }
    },
  })
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: reduced && query.includes('reduce'), media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false }))
})
afterEach(() => {
  delete (HTMLElement.prototype as { animate?: unknown }).animate
  vi.restoreAllMocks()
})

const card = (key: string, state: MessageState = 'unread'): MessageCardProps & { key: string } => ({ key, protocol: 'imap', subject: `Subject ${key}`, from: 'Bob', size: 100, state })

function List({ cards }: { cards: (MessageCardProps & { key: string })[] }): ReactNode {
  return (
    <ul>
      <AnimatePresence initial={false} presenceAffectsLayout={false}>
        {cards.map(({ key, ...props }) => (
          <MessageCard key={key} {...props} cardId={key} />
        ))}
      </AnimatePresence>
    </ul>
  )
}

const item = (key: string) => document.querySelector(`[data-card="${key}"]`)
const opacities = (call: Call) => call.keyframes.map((frame) => frame.opacity)

describe('lane cards arrive, leave and pulse without a layout animation', () => {
  it('cards there at the list’s first render do not fade in; a card a later step brings does', () => {
    const { rerender } = render(<List cards={[card('a'), card('b')]} />)
    expect(calls).toEqual([])
    rerender(<List cards={[card('a'), card('b'), card('c')]} />)
    expect(calls).toHaveLength(1)
    expect(calls[0].element).toBe(item('c'))
    expect(opacities(calls[0])).toEqual([0, 1])
    expect(calls[0].options.duration).toBe(CARD_FADE.duration)
  })

  it('a card that leaves stays in its list, marked as leaving, until its fade out ends', async () => {
    const { rerender } = render(<List cards={[card('a'), card('b'), card('c')]} />)
    rerender(<List cards={[card('a'), card('c')]} />)
    const leaving = item('b')
    expect(leaving).not.toBeNull()
    expect(leaving?.getAttribute('data-leaving')).toBe('true')
    // Still a list item a screen reader can reach while it fades, in its place.
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-card'))).toEqual(['a', 'b', 'c'])
    const fade = calls.find((call) => call.element === leaving)
    expect(fade && opacities(fade)).toEqual([1, 0])
    await act(async () => fade?.finish())
    expect(item('b')).toBeNull()
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-card'))).toEqual(['a', 'c'])
  })

  it('a card that comes back while fading out stays, and its fade is cancelled', async () => {
    const { rerender } = render(<List cards={[card('a'), card('b')]} />)
    rerender(<List cards={[card('a')]} />)
    const fade = calls.find((call) => call.element === item('b'))
    rerender(<List cards={[card('a'), card('b')]} />)
    expect(fade?.cancel).toHaveBeenCalled()
    await act(async () => fade?.finish())
    expect(item('b')).not.toBeNull()
    expect(item('b')?.hasAttribute('data-leaving')).toBe(false)
  })

  it('never animates a transform on a card (no layout animation), and a card that moves up a row just takes its place', () => {
    const { rerender } = render(<List cards={[card('a'), card('b'), card('c')]} />)
    rerender(<List cards={[card('b'), card('c'), card('d')]} />)
    for (const call of calls.filter((entry) => entry.element.matches('li'))) expect(call.keyframes.every((frame) => frame.transform === undefined)).toBe(true)
    expect(item('c')?.getAttribute('style')).toBeNull()
  })

  it('an IMAP card pulses once when it turns read, not when it arrives read', () => {
    const { rerender } = render(<List cards={[card('a'), card('b', 'read')]} />)
    expect(calls).toEqual([])
    rerender(<List cards={[card('a', 'read'), card('b', 'read')]} />)
    expect(calls).toHaveLength(1)
    expect(calls[0].element.parentElement).toBe(item('a'))
    expect(calls[0].element.getAttribute('aria-hidden')).toBe('true')
    expect(opacities(calls[0])).toEqual([0.9, 0])
  })

  it('under reduced motion nothing fades, pulses or moves: a new card is there at once, and a leaving one goes at once', () => {
    reduced = true
    const { rerender } = render(<List cards={[card('a'), card('b')]} />)
    rerender(<List cards={[card('a', 'read'), card('c')]} />)
    expect(calls).toEqual([])
    expect(item('b')).toBeNull()
    expect(item('c')).not.toBeNull()
  })

  it('queued cards leave the same way', async () => {
    const queued = (keys: string[]) => (
      <ul>
        <AnimatePresence initial={false} presenceAffectsLayout={false}>
          {keys.map((key) => (
            <QueuedCard key={key} cardId={key} protocol="pop3" subject={key} to="carol@example.org" size={10} waiting="waiting to be sent" />
          ))}
        </AnimatePresence>
      </ul>
    )
    const { rerender } = render(queued(['x', 'y']))
    rerender(queued(['y']))
    const fade = calls.find((call) => call.element === item('x'))
    expect(fade && opacities(fade)).toEqual([1, 0])
    await act(async () => fade?.finish())
    expect(item('x')).toBeNull()
  })

  it('a step that brings or removes many cards at once fades only the first few; the rest come and go at once', async () => {
    const many = Array.from({ length: 30 }, (_, i) => card(`m${i}`))
    const { rerender } = render(<List cards={[card('a')]} />)
    rerender(<List cards={[card('a'), ...many]} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(31)
    expect(calls.map((call) => call.element.getAttribute('data-card'))).toEqual(many.slice(0, MOST_FADES_PER_TASK).map((entry) => entry.key))
    await new Promise((resolve) => setTimeout(resolve, 0))
    calls = []
    rerender(<List cards={[card('a')]} />)
    expect(calls).toHaveLength(MOST_FADES_PER_TASK)
    // Those without a fade are out of sight at once; all stay in their cells until the fades end.
    const hidden = many.filter((entry) => (item(entry.key) as HTMLElement | null)?.style.opacity === '0').map((entry) => entry.key)
    expect(hidden).toEqual(many.slice(MOST_FADES_PER_TASK).map((entry) => entry.key))
    await act(async () => calls.forEach((call) => call.finish()))
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-card'))).toEqual(['a'])
  })

  it('a card hidden at once while others fade comes back visible if its list takes it back', async () => {
    const many = Array.from({ length: 20 }, (_, i) => card(`m${i}`))
    const { rerender } = render(<List cards={many} />)
    rerender(<List cards={[]} />)
    const last = many[many.length - 1].key
    expect((item(last) as HTMLElement).style.opacity).toBe('0')
    rerender(<List cards={many} />)
    expect((item(last) as HTMLElement).style.opacity).toBe('')
    await act(async () => calls.forEach((call) => call.finish()))
    expect(screen.getAllByRole('listitem')).toHaveLength(20)
  })
})
