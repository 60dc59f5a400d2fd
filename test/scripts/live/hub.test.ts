// The hub's lines as /live receives them: POP3 body lines noted as the message (RFC 1939 §3), and a
// long reply cut to its head, a count of the lines left out, and its last line.

import { createMailServer } from '@/lib/protocols'
import { LIVE_LINES_PER_REPLY, LIVE_SKIPPED_NOTE, type LiveEvent, type LiveLine } from '@/lib/live/events'
import { LiveHub } from '@/scripts/live/hub'

const info = { host: '127.0.0.1', ports: { pop3: 1, imap: 2, smtp: 3, http: 4 }, world: 'test', users: [] }

function hubWithLines() {
  const hub = new LiveHub(createMailServer({ users: [{ name: 'alice', password: 'secret', messages: [] }] }), info)
  const lines: LiveLine[] = []
  hub.subscribe((event: LiveEvent) => {
    if (event.type === 'line') lines.push(event.line)
  })
  const id = hub.open('pop3', '127.0.0.1:5000')
  const client = (text: string) => hub.clientBytes(id, Buffer.from(`${text}\r\n`, 'latin1'))
  const server = (...texts: string[]) => hub.serverBytes(id, Buffer.from(texts.map((text) => `${text}\r\n`).join(''), 'latin1'))
  return { hub, lines, client, server }
}

describe('LiveHub lines', () => {
  it('notes a RETR reply line by line: its status, the message (even a line that looks like +OK), and the lone "." that ends it', () => {
    const { hub, lines, client, server } = hubWithLines()
    client('RETR 1')
    server('+OK 120 octets', 'Subject: Hello', '', '+OK is just text in the body', '.')
    client('NOOP')
    server('+OK')
    const notes = lines.filter((line) => line.direction === 'server').map((line) => [line.text, line.note])
    expect(notes[1][1]).toMatch(/header/i)
    expect(notes[3][1]).not.toBe(notes[5][1])
    expect(notes[3][1]).toMatch(/message|body|content/i)
    expect(notes[4][1]).toMatch(/end/i)
    expect(notes[4][0]).toBe('.')
    hub.stop()
  })

  it(`shows at most ${LIVE_LINES_PER_REPLY} lines of one reply: its head, "… n more lines not shown", and its last line`, () => {
    const { hub, lines, client, server } = hubWithLines()
    client('RETR 1')
    const body = Array.from({ length: 160 }, (_, i) => `line ${i + 1}`)
    server('+OK 2000 octets', ...body, '.')
    const shown = lines.filter((line) => line.direction === 'server')
    expect(shown).toHaveLength(LIVE_LINES_PER_REPLY)
    expect(shown[0].text).toBe('+OK 2000 octets')
    expect(shown[LIVE_LINES_PER_REPLY - 3].text).toBe(`line ${LIVE_LINES_PER_REPLY - 3}`)
    expect(shown.at(-2)).toMatchObject({ text: `… ${162 - LIVE_LINES_PER_REPLY + 1} more lines not shown`, note: LIVE_SKIPPED_NOTE })
    expect(shown.at(-1)?.text).toBe('.')
    expect(shown.at(-1)?.note).toMatch(/end/i)
    hub.stop()
  })
})
