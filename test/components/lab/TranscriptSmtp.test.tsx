import { render, screen, within } from '@testing-library/react'
import { isPush, speakerLabel } from '@/components/lab/EntryHeading'
import { SMTP_FALLBACK_NOTE, TranscriptPanel, type ExplainLine } from '@/components/lab/TranscriptPanel'
import { RELAY_LABEL } from '@/lib/simulator/view'
import { smtpTranscript } from '@/test/fixtures/views12'
import { axeViolations } from './axe'

const explain: ExplainLine = (protocol, direction, line) => `NOTE ${protocol} ${direction} ${line}`

describe('TranscriptPanel with SMTP, relay and push exchanges', { timeout: 20_000 }, () => {
  it('labels SMTP exchanges as sending or server to server, and names the relay', () => {
    render(<TranscriptPanel protocol="imap" entries={smtpTranscript} lastExchanges={[3]} explain={explain} />)
    const group = screen.getByRole('group', { name: 'IMAP transcript' })
    const headings = within(group).getAllByText(/·/, { selector: 'p' }).map((p) => p.textContent)
    expect(headings[0]).toMatch(/^SMTP \(sending\)Phone · sending/)
    expect(headings[2]).toMatch(new RegExp(`^SMTP \\(server to server\\)${RELAY_LABEL} · delivering`))
    expect(headings[3]).toMatch(/^Laptop · idling· pushed by the server/)
  })

  it("asks the explanations about SMTP lines as 'smtp', and the lane's protocol for the others", () => {
    render(<TranscriptPanel protocol="imap" entries={smtpTranscript} lastExchanges={[]} explain={explain} />)
    const mail = screen.getByRole('button', { name: 'Client: MAIL FROM:<alice@example.org>' })
    expect(document.getElementById(mail.getAttribute('aria-describedby') ?? '')?.textContent).toContain('NOTE smtp client MAIL FROM:<alice@example.org>')
    const push = screen.getByRole('button', { name: 'Server: * 4 EXISTS' })
    expect(document.getElementById(push.getAttribute('aria-describedby') ?? '')?.textContent).toContain('NOTE imap server * 4 EXISTS')
  })

  it('gives every SMTP line a note with the default explanations (SMTP-aware or the general fallback)', () => {
    render(<TranscriptPanel protocol="imap" entries={smtpTranscript.slice(0, 2)} lastExchanges={[]} />)
    const reply = screen.getByRole('button', { name: 'Server: 250 2.1.0 Ok' })
    const note = document.getElementById(reply.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
    expect(note.length).toBeGreaterThan(20)
    expect(note).not.toMatch(/POP3|RFC 1939/)
    expect(SMTP_FALLBACK_NOTE).toContain('RFC 5321')
  })

  it('tells a push from a greeting', () => {
    expect(isPush({ client: null, server: '* 4 EXISTS\r\n' })).toBe(true)
    expect(isPush({ client: null, server: '* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n' })).toBe(false)
    expect(isPush({ client: null, server: '+OK Dovecot ready.\r\n' })).toBe(false)
    expect(isPush({ client: null, server: '220 mail.example.org ESMTP Postfix\r\n' })).toBe(false)
    expect(isPush({ client: 'a1 NOOP', server: '* 4 EXISTS\r\n' })).toBe(false)
    expect(speakerLabel({ device: 'relay' })).toBe(RELAY_LABEL)
    expect(speakerLabel({ device: 'tablet' })).toBe('Tablet')
  })

  it('has no axe violations', async () => {
    const { container } = render(<TranscriptPanel protocol="imap" entries={smtpTranscript} lastExchanges={[3]} explain={explain} />)
    expect(await axeViolations(container)).toEqual([])
  })
})
