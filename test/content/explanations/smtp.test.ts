// SMTP transcript notes (content/explanations, classifySmtp.ts): every command, every reply code
// the lab's server or the recorded Postfix sends, the EHLO keywords and the RFC 3463 enhanced
// codes get a note of their own; every line of the recorded Postfix transcripts is explained;
// anything else gets a sensible generic note, and nothing throws.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { commandKeys, describeEnhancedCode, describeLine, explainCommand, explainLine, smtpCommands, smtpEhloKeywords, smtpReplies, smtpReplyCodes } from '@/content/explanations'
import { sentences, words } from '@/content/readability'

const server = (line: string, previousClientLine?: string) => describeLine('smtp', 'server', line, previousClientLine === undefined ? {} : { previousClientLine })
const client = (line: string, ctx: { previousClientLine?: string; inMultiline?: boolean } = {}) => describeLine('smtp', 'client', line, ctx)

describe('SMTP commands', () => {
  const verbs = ['EHLO', 'HELO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
  it.each(verbs)('%s has a note, a syntax and an RFC 5321 or 4954 section', (verb) => {
    const e = explainCommand('smtp', verb)
    expect(e?.summary).toBeTruthy()
    expect(e?.summary).not.toMatch(/\{\{/)
    expect(e?.rfc).toMatch(/^RFC (5321|4954) §[\d.]+$/)
    expect(client(`${verb} x`).kind).toBe(`smtp.client.${verb}`)
  })

  it('looks up two-word forms and lower case, and lists every command key', () => {
    expect(explainCommand('smtp', 'mail from')?.syntax).toBe('MAIL FROM:<alice@example.org>')
    expect(explainCommand('smtp', 'rcpt')?.rfc).toBe('RFC 5321 §4.1.1.3')
    expect(explainCommand('smtp', 'EXPN')).toBeUndefined()
    expect(commandKeys.smtp).toEqual(verbs)
  })

  it('reads what a command line says', () => {
    expect(explainLine('smtp', 'client', 'MAIL FROM:<alice@example.org>')).toMatch(/alice@example\.org.*envelope/)
    expect(explainLine('smtp', 'client', 'MAIL FROM:<>')).toMatch(/empty sender/)
    expect(explainLine('smtp', 'client', 'MAIL FROM:<alice@example.org> SIZE=1000')).toMatch(/SIZE=1000.*RFC 1870 §6/)
    expect(explainLine('smtp', 'client', 'MAIL FROM alice@example.org')).toMatch(/MAIL FROM:<address>.*501/)
    expect(explainLine('smtp', 'client', 'RCPT TO:<bob@example.org>')).toMatch(/INBOX/)
    expect(explainLine('smtp', 'client', 'RCPT TO:<carol@elsewhere.example>')).toMatch(/another domain.*passes it on.*refuses to relay/)
    expect(explainLine('smtp', 'client', 'EHLO')).toMatch(/501/)
    expect(explainLine('smtp', 'client', 'HELP')).toMatch(/Postfix does not implement HELP/)
    expect(explainLine('smtp', 'client', 'VRFY alice@example.org')).toMatch(/252/)
  })
})

describe('AUTH and its base64 lines', () => {
  it('decodes PLAIN credentials on the AUTH line and on the continuation line', () => {
    expect(explainLine('smtp', 'client', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==')).toMatch(/user "alice", password "secret"/)
    const d = client('AGFsaWNlAHNlY3JldA==', { previousClientLine: 'AUTH PLAIN' })
    expect(d.kind).toBe('smtp.client.sasl-plain')
    expect(d.text).toMatch(/user "alice", password "secret"/)
    expect(d.rfc).toBe('RFC 4954 §4')
  })

  it('tells the LOGIN user name from the password', () => {
    expect(client('YWxpY2U=', { previousClientLine: 'AUTH LOGIN' })).toMatchObject({ kind: 'smtp.client.sasl-login-user', text: expect.stringMatching(/user name.*"alice"/) })
    expect(client('c2VjcmV0', { previousClientLine: 'YWxpY2U=' })).toMatchObject({ kind: 'smtp.client.sasl-login-password', text: expect.stringMatching(/password.*"secret"/) })
    expect(client('d3Jvbmc=', { previousClientLine: 'AUTH LOGIN YWxpY2U=' }).kind).toBe('smtp.client.sasl-login-password')
    expect(client('*', { previousClientLine: 'AUTH LOGIN' })).toMatchObject({ kind: 'smtp.client.sasl-cancel', text: expect.stringMatching(/501 5\.7\.0/) })
  })

  it('says what an unknown mechanism or undecodable base64 gets', () => {
    expect(explainLine('smtp', 'client', 'AUTH CRAM-MD5')).toMatch(/535 5\.7\.8/)
    expect(explainLine('smtp', 'client', 'AUTH PLAIN !!!notbase64!!!')).toMatch(/base64/)
    expect(explainLine('smtp', 'client', 'AUTH')).toMatch(/501/)
  })
})

describe('message content after DATA', () => {
  it.each([
    ['From: Alice Example <alice@example.org>', 'smtp.client.data-header', /header line.*"From"/],
    ['', 'smtp.client.data-blank', /separates the headers from the body/],
    ['Hello Bob,', 'smtp.client.data-line', /message text/],
    ['..hidden', 'smtp.client.dot-stuffed', /extra "\."/],
    ['.', 'smtp.client.data-end', /ends the message/],
  ])('%j', (line, kind, text) => {
    const d = client(line, { inMultiline: true })
    expect(d.kind).toBe(kind)
    expect(d.text).toMatch(text)
  })

  it('reads the first line after DATA as content even without the flag', () => {
    expect(client('Subject: hi', { previousClientLine: 'DATA' }).kind).toBe('smtp.client.data-header')
  })

  it('explains a whole message sent at once, with its closing "."', () => {
    const d = client('From: a@example.org\r\nSubject: x\r\n\r\nHi\r\n.')
    expect(d.kind).toBe('smtp.client.data-message')
    expect(d.text).toMatch(/4 lines.*only "\."/)
  })
})

// Every code the brief names, the lab's server sends (lib/protocols/smtp) or the recorded Postfix sends.
const CODE_ROWS: [string, string | undefined, string, RegExp][] = [
  ['220 mail.example.org ESMTP Postfix (Debian/GNU)', undefined, 'smtp.server.220', /ready/],
  ['221 2.0.0 Bye', 'QUIT', 'smtp.server.221', /closes/],
  ['235 2.7.0 Authentication successful', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==', 'smtp.server.235', /Logged in.*2\.7\.0/],
  ['250 2.1.0 Ok', 'MAIL FROM:<alice@example.org>', 'smtp.server.senderOk', /RCPT TO/],
  ['250 2.1.5 Ok', 'RCPT TO:<bob@example.org>', 'smtp.server.recipientOk', /DATA.*1 = addresses, 5 = the recipient address is valid/],
  ['250 2.0.0 Ok: queued as 1A2B3C', '.', 'smtp.server.queued', /responsibility.*queued as 1A2B3C/],
  ['250 2.0.0 Ok: queued as <QUEUEID-1>', 'From: a\r\n\r\nHi\r\n.', 'smtp.server.queued', /INBOX/],
  ['250 2.0.0 Ok', 'RSET', 'smtp.server.resetOk', /forgotten/],
  ['250 2.0.0 Ok', 'NOOP', 'smtp.server.noopOk', /still there/],
  ['250 mail.example.org', 'HELO laptop', 'smtp.server.heloHello', /no extensions/],
  ['250-mail.example.org', 'EHLO client.example', 'smtp.server.ehloHello', /extension/],
  ['252 2.0.0 alice@example.org', 'VRFY alice@example.org', 'smtp.server.252', /will not say/],
  ['334 VXNlcm5hbWU6', 'AUTH LOGIN', 'smtp.server.loginUsername', /Username:/],
  ['334 UGFzc3dvcmQ6', 'YWxpY2U=', 'smtp.server.loginPassword', /Password:/],
  ['334 ', 'AUTH PLAIN', 'smtp.server.plainChallenge', /PLAIN/],
  ['354 End data with <CR><LF>.<CR><LF>', 'DATA', 'smtp.server.354', /only "\."/],
  ['421 4.7.0 mail.example.org Error: too many errors', 'FOO', 'smtp.server.tooManyErrors', /hangs up.*4 = a failure that may pass/],
  ['421 4.3.2 Service shutting down', undefined, 'smtp.server.421', /closing/],
  ['450 4.2.1 Mailbox busy', undefined, 'smtp.server.450', /later/],
  ['451 4.3.0 Local error', undefined, 'smtp.server.451', /later/],
  ['452 4.5.3 Error: too many recipients', 'RCPT TO:<x@example.org>', 'smtp.server.452', /too many recipients/],
  ['500 5.5.2 Error: command not recognized', 'FOOBAR', 'smtp.server.500', /did not understand/],
  ['500 5.5.2 Error: command not recognized', 'HELP', 'smtp.server.helpNotImplemented', /HELP/],
  ['500 5.5.2 Error: bad syntax', '', 'smtp.server.badSyntax', /empty line/],
  ['501 Syntax: EHLO hostname', 'EHLO', 'smtp.server.501', /wrong or missing/],
  ['501 5.5.4 Syntax: MAIL FROM:<address>', 'MAIL FROM alice@example.org', 'smtp.server.501', /5\.5\.4.*invalid command arguments/],
  ['501 5.1.7 Bad sender address syntax', 'MAIL FROM:<alice@example.org', 'smtp.server.501', /sender address is badly written/],
  ['501 5.7.0 Authentication aborted', '*', 'smtp.server.501', /7 = security or policy/],
  ['502 5.5.1 Error: command not implemented', 'EXPN staff', 'smtp.server.502', /does not offer/],
  ['503 5.5.1 Error: need MAIL command', 'RCPT TO:<alice@example.org>', 'smtp.server.503', /Wrong order/],
  ['503 5.5.1 Error: already authenticated', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==', 'smtp.server.503', /5\.5\.1/],
  ['504 5.5.4 Unrecognized authentication type', 'AUTH CRAM-MD5', 'smtp.server.504', /option/],
  ['530 5.7.0 Authentication required', 'MAIL FROM:<a@example.org>', 'smtp.server.530', /Log in first.*554 5\.7\.1/],
  ['535 5.7.8 Error: authentication failed: (reason unavailable)', 'AUTH PLAIN AGFsaWNlAHdyb25n', 'smtp.server.535', /Login failed.*credentials are wrong/],
  ['550 5.1.1 <nosuchuser@example.org>: Recipient address rejected: User unknown in local recipient table', 'RCPT TO:<nosuchuser@example.org>', 'smtp.server.userUnknown', /No such user.*no such mailbox/],
  ['552 5.3.4 Message size exceeds fixed limit', 'MAIL FROM:<alice@example.org> SIZE=200000', 'smtp.server.tooBig', /bigger than this server accepts.*too big/],
  ['552 5.2.2 <bob@example.org>: Mailbox is full', 'RCPT TO:<bob@example.org>', 'smtp.server.mailboxFull', /full.*archiving/],
  ['553 5.1.3 Bad address', undefined, 'smtp.server.553', /address/],
  ['554 5.7.1 <alice@example.org>: Recipient address rejected: Access denied', 'RCPT TO:<alice@example.org>', 'smtp.server.accessDenied', /not logged in.*AUTH.*delivery not authorised/],
  ['554 5.7.1 <x@elsewhere.example>: Relay access denied', 'RCPT TO:<x@elsewhere.example>', 'smtp.server.relayDenied', /open relay/],
  ['554 5.5.1 Error: no valid recipients', 'DATA', 'smtp.server.554', /transaction failed.*RFC 3463/],
  ['555 5.5.4 Unsupported option: FOO=1', 'MAIL FROM:<a@example.org> FOO=1', 'smtp.server.555', /option/],
]

describe('server replies by code', () => {
  it.each(CODE_ROWS)('%s', (line, previous, kind, text) => {
    const d = server(line, previous)
    expect(d.kind).toBe(kind)
    expect(d.text).toMatch(text)
    expect(explainLine('smtp', 'server', line, { previousClientLine: previous })).toContain(d.rfc)
  })

  it('has a note for every code the brief lists', () => {
    for (const code of ['220', '221', '235', '250', '334', '354', '421', '450', '451', '452', '500', '501', '502', '503', '504', '530', '535', '550', '552', '553', '554']) {
      expect(smtpReplyCodes, code).toHaveProperty(code)
    }
  })

  it.each(['PIPELINING', 'SIZE 100000', 'VRFY', 'ETRN', 'AUTH PLAIN LOGIN', 'ENHANCEDSTATUSCODES', '8BITMIME', 'DSN', 'SMTPUTF8', 'CHUNKING', 'STARTTLS'])(
    'EHLO keyword line 250-%s',
    (keyword) => {
      const d = server(`250-${keyword}`, 'EHLO client.example')
      expect(d.kind).toBe(`smtp.server.ehlo.${keyword.split(' ')[0]}`)
      expect(server(`250 ${keyword}`, 'EHLO client.example').kind).toBe(d.kind)
    },
  )

  it('fills in the SIZE limit and the AUTH mechanisms, and names keywords it does not know', () => {
    expect(explainLine('smtp', 'server', '250-SIZE 100000', { previousClientLine: 'EHLO x' })).toMatch(/100000 octets.*RFC 1870 §4/)
    expect(explainLine('smtp', 'server', '250-AUTH PLAIN LOGIN', { previousClientLine: 'EHLO x' })).toMatch(/PLAIN LOGIN/)
    expect(explainLine('smtp', 'server', '250-PIPELINING', { previousClientLine: 'EHLO x' })).toMatch(/RFC 2920 §3/)
    expect(server('250-XFORWARD NAME ADDR', 'EHLO x')).toMatchObject({ kind: 'smtp.server.ehloKeywordOther', text: expect.stringMatching(/XFORWARD/) })
    // Without the command, a keyword line is still read as one.
    expect(server('250-ENHANCEDSTATUSCODES').kind).toBe('smtp.server.ehlo.ENHANCEDSTATUSCODES')
  })

  it('reads a code it has no entry for by its first digit', () => {
    expect(server('599 9.9.9 odd')).toMatchObject({ kind: 'smtp.server.class', text: expect.stringMatching(/permanent failure/), rfc: 'RFC 5321 §4.2.1' })
    expect(server('311 go on')).toMatchObject({ kind: 'smtp.server.class', text: expect.stringMatching(/waits for more/) })
    expect(server('hello there').kind).toBe('smtp.server.unknownServerLine')
  })
})

describe('enhanced status codes (RFC 3463)', () => {
  it.each([
    ['2.0.0', /2 = success, 0 = other, 0 = nothing more specific.*§3\.1/],
    ['2.1.0', /1 = addresses.*§3\.2/],
    ['2.1.5', /recipient address is valid/],
    ['2.7.0', /7 = security or policy, 0 = logged in.*§3\.8/],
    ['4.7.0', /4 = a failure that may pass/],
    ['5.1.1', /no such mailbox/],
    ['5.1.3', /recipient address is badly written/],
    ['5.1.7', /sender address is badly written/],
    ['5.2.2', /2 = the mailbox, 2 = the mailbox is full.*§3\.3/],
    ['5.3.4', /too big.*§3\.4/],
    ['5.5.1', /invalid command.*§3\.6/],
    ['5.5.2', /syntax error/],
    ['4.5.3', /too many recipients/],
    ['5.5.4', /invalid command arguments/],
    ['5.7.1', /5 = a permanent failure, 7 = security or policy, 1 = delivery not authorised/],
    ['5.7.8', /credentials are wrong \(RFC 4954 §6\)/],
  ])('%s', (code, text) => {
    expect(describeEnhancedCode(code)).toMatch(text)
  })

  it('describes the class and subject of a detail it does not list, and refuses what is not a code', () => {
    expect(describeEnhancedCode('5.6.9')).toMatch(/5 = a permanent failure, 6 = message content \(RFC 3463 §3\.7\)/)
    expect(describeEnhancedCode('3.1.1')).toBeUndefined()
    expect(describeEnhancedCode('banana')).toBeUndefined()
  })
})

interface Exchange {
  conn?: string | null
  client?: string | null
  server?: string | null
  not_sent?: boolean
}

const DIR = join(__dirname, '..', '..', 'fixtures', 'reference', 'transcripts-smtp')
const files = readdirSync(DIR).filter((file) => file.endsWith('.json'))

/** The SMTP lines of a recorded transcript: client text as sent (one string for the message), each server line with the command it answers. */
function smtpLines(file: string) {
  const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { connections: Record<string, string>; exchanges: Exchange[] }
  const out: { direction: 'client' | 'server'; line: string; previousClientLine?: string; inMultiline?: boolean }[] = []
  let previous: string | undefined
  for (const e of data.exchanges) {
    if (!e.conn || data.connections[e.conn] !== 'smtp' || e.not_sent) continue
    const sent = typeof e.client === 'string' ? e.client : undefined
    if (sent !== undefined) {
      out.push({ direction: 'client', line: sent, previousClientLine: previous })
      // The same content, line by line, as the console sends it.
      if (sent.includes('\r\n')) for (const part of sent.split('\r\n')) out.push({ direction: 'client', line: part, inMultiline: true })
      previous = sent
    } else previous = undefined
    for (const line of (e.server ?? '').split('\r\n').filter((l) => l !== '')) out.push({ direction: 'server', line, previousClientLine: sent })
  }
  return out
}

describe('every line of the recorded Postfix transcripts', () => {
  it.each(files)('%s is explained, with an RFC, and never by the fallback', (file) => {
    const lines = smtpLines(file)
    expect(lines.length).toBeGreaterThan(10)
    for (const l of lines) {
      const d = describeLine('smtp', l.direction, l.line, l)
      expect(d.kind, l.line.slice(0, 60)).not.toMatch(/^unknown$|unknownServerLine|^smtp\.server\.class$/)
      if (l.direction === 'client' && !l.inMultiline && l.line.length < 100) {
        const known = /^(EHLO|HELO|AUTH|MAIL|RCPT|DATA|RSET|NOOP|VRFY|QUIT)\b/i.test(l.line)
        if (known) expect(d.kind, l.line).toMatch(/^smtp\.client\.[A-Z]+$/)
      }
      const text = explainLine('smtp', l.direction, l.line, l)
      expect(text).toMatch(/\(RFC \d+/)
      expect(text.length).toBeLessThan(1200)
    }
  })
})

describe('notes follow the content rules', () => {
  const all = [smtpCommands, smtpEhloKeywords, smtpReplyCodes, smtpReplies].flatMap((table) => Object.entries(table))
  it.each(all)('%s: short sentences, a citation, no leftover placeholder after filling', (_key, e) => {
    for (const sentence of sentences(e.summary)) expect(words(sentence).length, sentence).toBeLessThanOrEqual(30)
    expect(e.summary.length).toBeLessThan(220)
    expect(e.rfc).toMatch(/^RFC \d{4}( §[\d.]+)?$/)
  })
})

describe('explainLine for SMTP is total', () => {
  const prefixes = ['', '250-', '250 ', '334 ', '5', 'AUTH PLAIN ', 'MAIL FROM:<', 'RCPT TO:', '.', '..', 'EHLO ']
  const line = fc.tuple(fc.constantFrom(...prefixes), fc.string({ unit: 'binary', maxLength: 300 })).map(([p, s]) => p + s)
  const context = fc.option(fc.record({ previousClientLine: fc.oneof(line, fc.constantFrom('AUTH LOGIN', 'AUTH PLAIN', 'DATA', 'EHLO x', '.')), inMultiline: fc.boolean() }, { requiredKeys: [] }), { nil: undefined })

  it('random lines never throw, never hit the fallback, and stay short', () => {
    fc.assert(
      fc.property(fc.constantFrom<'client' | 'server'>('client', 'server'), line, context, (direction, l, c) => {
        const d = describeLine('smtp', direction, l, c)
        const text = explainLine('smtp', direction, l, c)
        return d.kind !== 'unknown' && text.trim().length > 0 && text.length < 2000
      }),
      { numRuns: 2000, seed: 12 },
    )
  })

  it('survives very long and odd input', () => {
    for (const l of ['X'.repeat(65536), 'MAIL FROM:<' + 'a'.repeat(5000), '\u0000\r\n', '250-' + 'A'.repeat(10000), '.'.repeat(3000)]) {
      for (const direction of ['client', 'server'] as const) expect(explainLine('smtp', direction, l).length).toBeLessThan(2000)
    }
    expect(explainLine('smtp', 'client', 'X'.repeat(3000))).toMatch(/2,048/)
    expect(explainLine('smtp', 'client', undefined as unknown as string)).not.toBe('')
  })
})
