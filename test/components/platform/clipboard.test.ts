import { afterEach, describe, expect, it, vi } from 'vitest'
import { clipboardWriteAllowed, copyText } from '@/components/platform/clipboard'

afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard
  delete (document as { execCommand?: unknown }).execCommand
  delete (document as { featurePolicy?: unknown }).featurePolicy
  document.body.innerHTML = ''
})

function clipboard(writeText: () => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
}
function execCommand(result: boolean | 'throw') {
  const fn = vi.fn(() => {
    if (result === 'throw') throw new Error('refused')
    return result
  })
  Object.defineProperty(document, 'execCommand', { configurable: true, value: fn })
  return fn
}

describe('copyText', () => {
  it('uses the Clipboard API when it is allowed', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    clipboard(writeText)
    await expect(copyText('hello')).resolves.toBe(true)
    expect(writeText).toHaveBeenCalledWith('hello')
  })

  it('does not call the API where the permissions policy forbids it, and copies from the selected field', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    clipboard(writeText)
    Object.defineProperty(document, 'featurePolicy', { configurable: true, value: { allowsFeature: (feature: string) => feature !== 'clipboard-write' } })
    expect(clipboardWriteAllowed()).toBe(false)
    const exec = execCommand(true)
    const field = document.body.appendChild(document.createElement('textarea'))
    field.value = 'hello'
    await expect(copyText('hello', field)).resolves.toBe(true)
    expect(writeText).not.toHaveBeenCalled()
    expect(exec).toHaveBeenCalledWith('copy')
    expect(document.activeElement).toBe(field)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 5])
  })

  it('falls back when the API rejects, and answers false when everything refuses', async () => {
    clipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')))
    execCommand('throw')
    const button = document.body.appendChild(document.createElement('button'))
    button.focus()
    await expect(copyText('hello')).resolves.toBe(false)
    // The hidden field is gone and focus is back where it was.
    expect(document.querySelectorAll('textarea')).toHaveLength(0)
    expect(document.activeElement).toBe(button)
    execCommand(false)
    await expect(copyText('hello')).resolves.toBe(false)
    execCommand(true)
    await expect(copyText('hello')).resolves.toBe(true)
  })
})
