import { act, fireEvent, render, screen } from '@testing-library/react'
import { ThemeToggle } from '@/components/labConfig/ThemeToggle'
import { THEME_STORAGE_KEY, dismissDiscardedTheme, parseThemeChoice, storeTheme } from '@/components/labConfig/themeStorage'

afterEach(() => {
  localStorage.clear()
  document.documentElement.removeAttribute('data-theme')
  act(() => dismissDiscardedTheme())
})

describe('ThemeToggle', () => {
  it('parses saved values: the three choices, nothing, or corrupt', () => {
    expect(parseThemeChoice('dark')).toBe('dark')
    expect(parseThemeChoice(null)).toBeNull()
    expect(parseThemeChoice('{"x":1}')).toBe('corrupt')
  })

  it('follows the system by default, and a choice sets data-theme and is saved', () => {
    render(<ThemeToggle />)
    const select = screen.getByRole('combobox', { name: 'Colours' }) as HTMLSelectElement
    expect(select.value).toBe('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    fireEvent.change(select, { target: { value: 'dark' } })
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    fireEvent.change(select, { target: { value: 'system' } })
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
  })

  it("uses the URL's theme until the learner picks one", () => {
    render(<ThemeToggle configTheme="dark" />)
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
  })

  it('discards a corrupted saved value with a notice', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'purple')
    const errors = vi.spyOn(console, 'error')
    render(<ThemeToggle configTheme="dark" />)
    expect(screen.getByRole('status').textContent).toMatch(/could not be read, so it was discarded/)
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
    // Nothing saved now, so the URL's theme applies; and React saw one snapshot, not two.
    expect((screen.getByRole('combobox', { name: 'Colours' }) as HTMLSelectElement).value).toBe('dark')
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/getSnapshot should be cached/)
    errors.mockRestore()
    fireEvent.click(screen.getByRole('button', { name: /^OK/ }))
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('keeps the choice in memory for the visit where reading localStorage throws (sandboxed frame)', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError')
      },
    })
    try {
      render(<ThemeToggle />)
      const select = screen.getByRole('combobox', { name: 'Colours' }) as HTMLSelectElement
      fireEvent.change(select, { target: { value: 'dark' } })
      expect(select.value).toBe('dark')
      expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
      expect(screen.queryByRole('status')).toBeNull()
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own)
      else delete (window as { localStorage?: Storage }).localStorage
      // A successful save clears the in-memory value, so later tests read the real storage.
      act(() => storeTheme(null))
    }
  })
})
