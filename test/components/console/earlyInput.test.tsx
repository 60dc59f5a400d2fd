// The console's prerendered first view before its code has hydrated it: what the learner does is
// held, then handed to the live console in order. The view here is the real ConsoleApp rendered
// to HTML, as the static export writes it, and hydrated in place, as ConsoleGate does.
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { ConsoleApp } from '@/components/console/ConsoleApp'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'
import { holdEarlyInput } from '@/components/console/earlyInput'

const app = <ConsoleApp deps={CONSOLE_DEPS} />
let root: Root | undefined
let container: HTMLElement

function prerender() {
  container = document.createElement('div')
  container.innerHTML = renderToString(app)
  document.body.append(container)
  return { early: holdEarlyInput(container), user: userEvent.setup() }
}

async function hydrate() {
  await act(async () => {
    root = hydrateRoot(container, app)
  })
}

const input = () => screen.getByRole('textbox', { name: 'Command for Phone' })
const log = () => screen.getByRole('log', { name: 'Phone conversation' })
const sentLines = () =>
  within(log())
    .queryAllByText(/^(USER|PASS|LIST|RETR)\b/)
    .map((line) => line.textContent)

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  container.remove()
})

describe('holdEarlyInput', () => {
  it('holds lines submitted before hydration and sends them in order once handed over', async () => {
    const { early, user } = prerender()
    await user.type(input(), 'USER alice{Enter}PASS secret{Enter}LIST{Enter}')
    // Nothing reached a server yet, and the page did not submit: the field is ready for the next line.
    expect(log().textContent).not.toMatch(/USER alice/)
    expect(input()).toHaveProperty('value', '')
    expect(early.size).toBe(3)

    await hydrate()
    act(() => early.handOver())
    expect(sentLines()).toEqual(['USER alice', 'PASS secret', 'LIST'])
    expect(log().textContent).toMatch(/\+OK Logged in/)
    expect(log().textContent).toMatch(/\+OK 3 messages/)
    expect(input()).toHaveProperty('value', '')
  })

  it('replays Tab completion, and text typed after it lands on the completed word', async () => {
    const { early, user } = prerender()
    await user.type(input(), 'USER alice{Enter}PASS secret{Enter}RET')
    await user.keyboard('{Tab}')
    // Held: focus stays in the field, as the live terminal keeps it there to complete.
    expect(document.activeElement).toBe(input())
    await user.keyboard('1')
    expect(input()).toHaveProperty('value', 'RET1')

    await hydrate()
    act(() => early.handOver())
    expect(input()).toHaveProperty('value', 'RETR 1')
    await user.type(input(), '{Enter}')
    expect(sentLines()).toEqual(['USER alice', 'PASS secret', 'RETR 1'])
  })

  it('keeps a half-typed line in the field, and React sees it', async () => {
    const { early, user } = prerender()
    await user.type(input(), 'NOO')
    await hydrate()
    act(() => early.handOver())
    await user.type(input(), 'P{Enter}')
    expect(log().textContent).toMatch(/NOOP/)
  })

  it('replays a click on a checkbox (Show CRLF) rather than letting it toggle unseen', async () => {
    const { early, user } = prerender()
    const crlf = screen.getByRole('checkbox', { name: 'Show CRLF' })
    await user.click(crlf)
    expect(crlf).toHaveProperty('checked', false)
    await hydrate()
    act(() => early.handOver())
    expect(screen.getByRole('checkbox', { name: 'Show CRLF' })).toHaveProperty('checked', true)
    expect(log().textContent).toContain('\\r\\n')
  })

  it('holds nothing more once handed over: later events reach the console directly', async () => {
    const { early, user } = prerender()
    await hydrate()
    act(() => early.handOver())
    await user.type(input(), 'USER alice{Enter}')
    expect(early.size).toBe(0)
    expect(sentLines()).toEqual(['USER alice'])
  })
})
