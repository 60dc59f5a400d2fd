import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ShareButton } from '@/components/labConfig/ShareDialog'
import { defaultLabConfig } from '@/lib/labConfig/labParams'

const options = { scenarioIds: ['download-and-delete', 'read-sync'] }

beforeAll(() => {
  // jsdom lacks the modal methods of <dialog>; give it the minimum the component uses.
  const proto = HTMLDialogElement.prototype
  if (!proto.showModal) {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
    proto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  }
})

describe('ShareDialog', () => {
  it('offers a link and a snippet for the current step, and copies them', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const config = { ...defaultLabConfig(options), scenario: 'read-sync', step: 2 }
    render(<ShareButton config={config} options={options} scenarioTitle="Read on the phone" route="/" />)

    const opener = screen.getByRole('button', { name: 'Share' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Share this step' })
    expect(dialog.hasAttribute('open')).toBe(true)

    const link = screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement
    expect(link.value).toBe(`${window.location.origin}/?scenario=read-sync&step=2`)
    expect(document.activeElement).toBe(link)
    const snippet = screen.getByRole('textbox', { name: 'Embed in a course page' }) as HTMLTextAreaElement
    expect(snippet.value).toContain(`src="${window.location.origin}/embed?scenario=read-sync&amp;step=2"`)
    expect(snippet.value).toContain('title="Mail Protocol Lab: Read on the phone"')

    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenLastCalledWith(link.value)
    expect(screen.getByRole('status').textContent).toContain('Link copied')
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }))
    expect(writeText).toHaveBeenLastCalledWith(snippet.value)
    expect(screen.getByRole('status').textContent).toContain('Snippet copied')

    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(dialog.hasAttribute('open')).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('says so when copying fails', async () => {
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true })
    document.execCommand = vi.fn().mockReturnValue(false)
    render(<ShareButton config={defaultLabConfig(options)} options={options} scenarioTitle="X" route="/" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(screen.getByRole('status').textContent).toContain('Could not copy')
  })
})
