import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ParamNotice } from '@/components/labConfig/ParamNotice'
import { parseLabParams } from '@/lib/labConfig/labParams'

const options = { scenarioIds: ['download-and-delete', 'read-sync'] }

describe('ParamNotice', () => {
  it('renders nothing without notices', () => {
    const { container } = render(<ParamNotice notices={[]} />)
    expect(container.innerHTML).toBe('')
  })

  it('names the parameter, the value and the default, as text only', async () => {
    const { notices } = parseLabParams(
      new URLSearchParams({ scenario: '<img src=x onerror="window.__pwned=1">', speed: '1e999' }),
      options,
    )
    const onDismiss = vi.fn()
    const { container } = render(<ParamNotice notices={notices} onDismiss={onDismiss} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('2 link settings were not understood')
    expect(status.textContent).toContain('scenario = “<img src=x onerror="window.__pwned=1">”')
    expect(status.textContent).toContain('Using download-and-delete instead.')
    expect(status.textContent).toContain('speed = “1e999”')
    expect(container.querySelector('img')).toBeNull()
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()

    await userEvent.click(screen.getByRole('button', { name: /dismiss/i }))
    expect(screen.queryByRole('status')).toBeNull()
    expect(onDismiss).toHaveBeenCalledOnce()
  })
})
