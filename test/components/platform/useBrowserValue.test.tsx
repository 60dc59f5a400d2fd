import { render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { useBrowserValue } from '@/components/platform/useBrowserValue'

function Address() {
  return <p>{useBrowserValue(() => `in the browser: ${window.location.pathname}`, 'on the server')}</p>
}

describe('useBrowserValue', () => {
  it('renders the server’s stand-in in the static HTML, and the browser’s value in the browser', () => {
    expect(renderToString(<Address />)).toContain('on the server')
    render(<Address />)
    expect(screen.getByText('in the browser: /').tagName).toBe('P')
  })
})
