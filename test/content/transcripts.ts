// Reads the reference transcripts (recorded from Dovecot 2.3) as lines, each with the context
// explainLine needs: the command it answers, and whether it sits in a multi-line reply or literal.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface TranscriptLine {
  file: string
  protocol: 'pop3' | 'imap'
  direction: 'client' | 'server'
  line: string
  previousClientLine?: string
  inMultiline: boolean
}

interface Exchange {
  conn?: string
  client?: string | null
  server?: string | null
  event?: string
}

const DIR = join(__dirname, '..', 'fixtures', 'reference', 'transcripts')
const POP3_MULTILINE = /^(LIST|UIDL|CAPA)\s*$|^(RETR|TOP)\s/i

export function transcriptFiles(): string[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json'))
}

export function transcriptLines(file: string): TranscriptLine[] {
  const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { protocol: 'pop3' | 'imap'; exchanges: Exchange[] }
  const protocol = data.protocol
  const out: TranscriptLine[] = []
  const previous = new Map<string, string | undefined>()
  for (const e of data.exchanges) {
    const conn = e.conn ?? ''
    if (e.event === 'connect') previous.set(conn, undefined)
    const client = typeof e.client === 'string' ? e.client : undefined
    if (client !== undefined) {
      out.push({ file, protocol, direction: 'client', line: client, previousClientLine: previous.get(conn), inMultiline: false })
    }
    const answered = client ?? previous.get(conn)
    const lines = (e.server ?? '').split('\r\n')
    lines.pop()
    let multi = false
    let literal = 0
    for (const line of lines) {
      const inMultiline = protocol === 'pop3' ? multi : literal > 0
      out.push({ file, protocol, direction: 'server', line, previousClientLine: answered, inMultiline })
      if (protocol === 'pop3') {
        if (!multi && line.startsWith('+OK') && POP3_MULTILINE.test(answered ?? '')) multi = true
        else if (multi && line === '.') multi = false
      } else if (literal > 0) {
        literal -= Buffer.byteLength(line) + 2
      } else {
        const m = /\{(\d+)\}$/.exec(line)
        if (m) literal = Number(m[1])
      }
    }
    if (client !== undefined) previous.set(conn, client)
  }
  return out
}
