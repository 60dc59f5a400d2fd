import { render, screen, within } from '@testing-library/react'
import { ComparisonTable } from '@/components/lab/ComparisonTable'
import { imapLane, pop3Lane } from '@/test/fixtures/views'
import { imapFoldersLane, pop3FoldersLane } from '@/test/fixtures/views12'
import { axeViolations } from './axe'

function cell(row: string, column: 'POP3' | 'IMAP') {
  const table = screen.getByRole('table')
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent)
  const rowEl = within(table).getByRole('row', { name: new RegExp(`^${row}`) })
  return within(rowEl).getAllByRole('cell')[headers.indexOf(column) - 1].textContent ?? ''
}

describe('ComparisonTable', () => {
  it('is a real table with a caption and scoped headers', () => {
    render(<ComparisonTable lanes={{ pop3: pop3Lane, imap: imapLane }} />)
    const table = screen.getByRole('table', { name: 'Where the mail ended up' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    const rowHeaders = within(table).getAllByRole('rowheader')
    expect(rowHeaders.map((header) => header.textContent)).toEqual([
      'Mail server',
      'Phone',
      'Laptop',
      'Tablet',
      'Round trips',
      'Bytes sent / received',
      'Storage used',
    ])
    for (const header of rowHeaders) expect(header.getAttribute('scope')).toBe('row')
  })

  it('says what each place holds under POP3 and under IMAP', () => {
    render(<ComparisonTable lanes={{ pop3: pop3Lane, imap: imapLane }} />)
    expect(cell('Mail server', 'POP3')).toBe('No messages')
    expect(cell('Mail server', 'IMAP')).toMatch(/^3 messages \(2 unread, 1 read\)/)
    expect(cell('Phone', 'POP3')).toMatch(/^3 messages \(2 unread, 1 read\)/)
    expect(cell('Laptop', 'POP3')).toBe('No messages')
    expect(cell('Laptop', 'IMAP')).toMatch(/2 headers only/)
    expect(cell('Tablet', 'POP3')).toBe('Not in this lane')
    expect(cell('Tablet', 'IMAP')).toMatch(/1 deleted.*offline/)
    expect(cell('Round trips', 'POP3')).toBe('7')
    expect(cell('Round trips', 'IMAP')).toBe('6')
    expect(cell('Bytes sent', 'IMAP')).toBe('161 bytes sent / 1.5 kB received')
    expect(cell('Storage used', 'POP3')).toBe('Server 0 bytes; Phone 623 bytes; Laptop 0 bytes')
  })

  it('works with one lane', () => {
    render(<ComparisonTable lanes={{ imap: imapLane }} caption="IMAP only" />)
    expect(screen.getAllByRole('columnheader')).toHaveLength(2)
    expect(screen.getByRole('table', { name: 'IMAP only' })).toBeTruthy()
  })

  it('has no axe violations', async () => {
    const { container } = render(<ComparisonTable lanes={{ pop3: pop3Lane, imap: imapLane }} />)
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('ComparisonTable with folders, waiting mail and minutes to see', () => {
  it('adds folders, the Outbox, the queue and how long each device took to see new mail', () => {
    render(<ComparisonTable lanes={{ pop3: pop3FoldersLane, imap: imapFoldersLane }} />)
    const row = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((td) => td.textContent)
    expect(row('Mail server')[1]).toContain('In folders: Inbox 2, Sent 1, Archive 1')
    expect(row('Mail server')[1]).toContain('1 waiting to go to other servers')
    expect(row('Tablet')[1]).toContain('1 waiting in the Outbox')
    expect(row('Phone')[0]).toContain('In folders: Inbox 1, Sent 1')
    expect(row('Minutes until each device saw new mail')).toEqual(['No new mail seen', "'Hello from Bob' — Laptop after 0 min, Phone after 5 min"])
  })
})
