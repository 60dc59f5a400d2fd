// Listens to live mode's event stream (GET /api/live/events, docs/live.md "Event format") and
// keeps every connection's lines, so scripts/thunderbird-check.mjs can say what a client sent.

import http from 'node:http'

/** The command word of a client line: IMAP's after the tag (`UID FETCH` counts as FETCH too). */
function verbsOf(protocol, text) {
  const words = text.trim().split(/\s+/)
  if (protocol !== 'imap') return [(words[0] ?? '').toUpperCase()]
  const verb = (words[1] ?? '').toUpperCase()
  return verb === 'UID' ? [verb, (words[2] ?? '').toUpperCase(), `UID ${(words[2] ?? '').toUpperCase()}`] : [verb]
}

/** A server line that refuses: POP3 -ERR, IMAP tagged NO/BAD, SMTP 4xx/5xx. */
function isRefusal(protocol, text) {
  if (protocol === 'pop3') return text.startsWith('-ERR')
  if (protocol === 'imap') return /^\S+ (NO|BAD)\b/.test(text) && !text.startsWith('* ')
  return /^[45]\d\d[ -]/.test(text)
}

export function readLiveEvents(httpPort) {
  const connections = new Map()
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: httpPort, path: '/api/live/events' }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`event stream: HTTP ${response.statusCode}`))
      response.setEncoding('utf8')
      let buffer = ''
      response.on('data', (chunk) => {
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').find((line) => line.startsWith('data: '))
          if (data) handle(JSON.parse(data.slice(6)))
        }
      })
      resolve(api)
    })
    request.on('error', reject)
    const handle = (event) => {
      if (event.type === 'connect') connections.set(event.connection.id, { ...event.connection, lines: [], closed: null })
      else if (event.type === 'line') connections.get(event.id)?.lines.push(event.line)
      else if (event.type === 'name') Object.assign(connections.get(event.id) ?? {}, { name: event.name })
      else if (event.type === 'disconnect') Object.assign(connections.get(event.id) ?? {}, { closed: event.reason })
    }
    const clientLines = (protocol) =>
      [...connections.values()].filter((c) => c.protocol === protocol).flatMap((c) => c.lines.filter((l) => l.direction === 'client'))
    const api = {
      connections,
      sawAll(protocol, verbs) {
        const seen = new Set(clientLines(protocol).flatMap((line) => verbsOf(protocol, line.text)))
        return verbs.every((verb) => verb.split('|').some((choice) => seen.has(choice)))
      },
      /** Each refusal with the client line it answered. */
      refusals() {
        const found = []
        for (const c of connections.values()) {
          let last = '(greeting)'
          for (const line of c.lines) {
            if (line.direction === 'client') last = line.text
            else if (isRefusal(c.protocol, line.text)) found.push(`${c.protocol} #${c.id}: ${last}  →  ${line.text}`)
          }
        }
        return found
      },
      /** Every connection and the lines it carried (client lines marked C:, server S:, long replies cut). */
      report() {
        const out = []
        for (const c of connections.values()) {
          out.push(`--- ${c.protocol.toUpperCase()} connection ${c.id} from ${c.peer}${c.name && c.name !== c.peer ? ` (${c.name})` : ''}${c.closed ? `, closed by ${c.closed}` : ', still open'}`)
          let serverRun = 0
          for (const line of c.lines) {
            if (line.direction === 'client') {
              serverRun = 0
              out.push(`C: ${line.text}`)
            } else if (serverRun++ < 4) out.push(`S: ${line.text.slice(0, 160)}`)
            else if (serverRun === 6) out.push('S: …')
          }
        }
        return out.join('\n')
      },
      close() {
        request.destroy()
      },
    }
  })
}
