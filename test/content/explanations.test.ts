import fc from 'fast-check'
import {
  commandKeys,
  describeLine,
  explainCommand,
  explainLine,
  imapCommands,
  imapResponseCodes,
  imapResponses,
  pop3Commands,
  pop3Responses,
  type Direction,
  type Protocol,
} from '@/content/explanations'
import { lineContext } from '@/lib/protocols/wire'
import { transcriptFiles, transcriptLines } from './transcripts'

type Row = [Protocol, Direction, string, { previousClientLine?: string; inMultiline?: boolean }, string, RegExp]

// Real lines from test/fixtures/reference/transcripts -> the kind of line and a keyword or citation.
const POP3_ROWS: Row[] = [
  ['pop3', 'server', '+OK Dovecot (Debian) ready.', {}, 'pop3.server.greeting', /RFC 1939 §4/],
  ['pop3', 'client', 'USER alice', {}, 'pop3.client.USER', /RFC 1939 §7/],
  ['pop3', 'server', '+OK', { previousClientLine: 'USER alice' }, 'pop3.server.userAccepted', /PASS/],
  ['pop3', 'client', 'pass secret', {}, 'pop3.client.PASS', /password/],
  ['pop3', 'server', '+OK Logged in.', { previousClientLine: 'PASS secret' }, 'pop3.server.loggedIn', /TRANSACTION/],
  ['pop3', 'client', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==', {}, 'pop3.client.AUTH', /RFC 5034/],
  ['pop3', 'client', 'AGFsaWNlAHNlY3JldA==', { previousClientLine: 'AUTH PLAIN' }, 'pop3.client.sasl-response', /base64/],
  ['pop3', 'client', 'CAPA', {}, 'pop3.client.CAPA', /RFC 2449/],
  ['pop3', 'server', '+OK 3 623', { previousClientLine: 'STAT' }, 'pop3.server.statCounts', /3 messages, 623 octets/],
  ['pop3', 'client', 'LIST', {}, 'pop3.client.LIST', /RFC 1939 §5/],
  ['pop3', 'client', 'LIST 1', {}, 'pop3.client.LIST n', /message 1/],
  ['pop3', 'server', '+OK 3 messages:', { previousClientLine: 'LIST' }, 'pop3.server.listHeader', /"\."/],
  ['pop3', 'server', '1 220', { previousClientLine: 'LIST', inMultiline: true }, 'pop3.server.scanListing', /message 1 is 220 octets/i],
  ['pop3', 'server', '1 220', { previousClientLine: 'LIST' }, 'pop3.server.scanListing', /220 octets/],
  ['pop3', 'server', '+OK 1 220', { previousClientLine: 'LIST 1' }, 'pop3.server.scanListing', /Message 1 is 220/],
  ['pop3', 'client', 'UIDL', {}, 'pop3.client.UIDL', /unique ID/],
  ['pop3', 'client', 'UIDL 2', {}, 'pop3.client.UIDL n', /message 2/],
  ['pop3', 'server', '1 000000016b0819f6', { previousClientLine: 'UIDL', inMultiline: true }, 'pop3.server.uidlListing', /000000016b0819f6/],
  ['pop3', 'client', 'RETR 1', {}, 'pop3.client.RETR', /message 1/],
  ['pop3', 'server', '+OK 220 octets', { previousClientLine: 'RETR 1' }, 'pop3.server.retrHeader', /220 octets/],
  ['pop3', 'server', 'Subject: First test message', { previousClientLine: 'RETR 1', inMultiline: true }, 'pop3.server.headerLine', /Subject/],
  ['pop3', 'server', 'Hello Alice,', { previousClientLine: 'RETR 1', inMultiline: true }, 'pop3.server.contentLine', /message itself/],
  ['pop3', 'server', '..hidden', { previousClientLine: 'RETR 1', inMultiline: true }, 'pop3.server.dotStuffed', /extra "\."/],
  ['pop3', 'server', '.', { previousClientLine: 'RETR 1', inMultiline: true }, 'pop3.server.terminator', /end/],
  ['pop3', 'client', 'TOP 1 0', {}, 'pop3.client.TOP', /headers of message 1/],
  ['pop3', 'client', 'DELE 1', {}, 'pop3.client.DELE', /nothing is removed until QUIT/],
  ['pop3', 'server', '+OK Marked to be deleted.', { previousClientLine: 'DELE 1' }, 'pop3.server.deleMarked', /QUIT/],
  ['pop3', 'client', 'RSET', {}, 'pop3.client.RSET', /DELE/],
  ['pop3', 'server', '+OK', { previousClientLine: 'RSET' }, 'pop3.server.rsetDone', /RFC 1939 §5/],
  ['pop3', 'client', 'NOOP', {}, 'pop3.client.NOOP', /RFC 1939 §5/],
  ['pop3', 'client', 'QUIT', {}, 'pop3.client.QUIT', /RFC 1939 §6/],
  ['pop3', 'server', '+OK Logging out, messages deleted.', { previousClientLine: 'QUIT' }, 'pop3.server.quitDeleted', /gone/],
  ['pop3', 'server', '+OK Logging out.', { previousClientLine: 'QUIT' }, 'pop3.server.quit', /Nothing was deleted/],
  ['pop3', 'server', '-ERR Unknown command: FOO', { previousClientLine: 'FOO' }, 'pop3.server.errUnknownCommand', /does not know/],
  ['pop3', 'server', "-ERR There's no message 99.", { previousClientLine: 'RETR 99' }, 'pop3.server.errNoSuchMessage', /no message/],
  ['pop3', 'server', '-ERR Message is deleted.', { previousClientLine: 'DELE 1' }, 'pop3.server.errDeleted', /RSET/],
  ['pop3', 'server', '-ERR [AUTH] Authentication failed.', { previousClientLine: 'PASS wrong' }, 'pop3.server.errAuth', /RFC 3206/],
  ['pop3', 'server', '-ERR [IN-USE] Mailbox is locked.', { previousClientLine: 'PASS secret' }, 'pop3.server.errInUse', /RFC 2449/],
  ['pop3', 'server', '-ERR Input line too long.', {}, 'pop3.server.errLineTooLong', /too long/],
  ['pop3', 'server', '-ERR No username given.', { previousClientLine: 'PASS secret' }, 'pop3.server.errNoUser', /USER/],
  ['pop3', 'server', '-ERR Too many invalid bad commands.', {}, 'pop3.server.errTooManyBad', /hangs up/],
  ['pop3', 'client', 'FOO', {}, 'pop3.client.unknown', /did not recognise/],
  ['pop3', 'client', '', {}, 'pop3.client.empty', /not a command/],
]

const IMAP_ROWS: Row[] = [
  ['imap', 'server', '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.', {}, 'imap.server.greeting', /ready/],
  ['imap', 'client', 'a1 LOGIN alice secret', {}, 'imap.client.LOGIN', /RFC 3501 §6.2.3/],
  ['imap', 'server', 'a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in', { previousClientLine: 'a1 LOGIN alice secret' }, 'imap.server.loggedIn', /Logged in/],
  ['imap', 'client', 's1 authenticate PLAIN AGFsaWNlAHNlY3JldA==', {}, 'imap.client.AUTHENTICATE', /RFC 3501 §6.2.2/],
  ['imap', 'server', '+ ', { previousClientLine: 't1 AUTHENTICATE PLAIN' }, 'imap.server.continuationSasl', /base64/],
  ['imap', 'client', 'AGFsaWNlAHNlY3JldA==', { previousClientLine: 't1 AUTHENTICATE PLAIN' }, 'imap.client.sasl-response', /base64/],
  ['imap', 'client', 'a2 CAPABILITY', {}, 'imap.client.CAPABILITY', /RFC 3501 §6.1.1/],
  ['imap', 'server', '* CAPABILITY IMAP4rev1 SASL-IR IDLE', { previousClientLine: 'a2 CAPABILITY' }, 'imap.server.capability', /3 items/],
  ['imap', 'client', 'a3 LIST "" "*"', {}, 'imap.client.LIST', /folders/],
  ['imap', 'server', '* LIST (\\HasNoChildren) "/" INBOX', { previousClientLine: 'a3 LIST "" "*"' }, 'imap.server.list', /"INBOX"/],
  ['imap', 'client', 'a4 SELECT INBOX', {}, 'imap.client.SELECT', /RFC 3501 §6.3.1/],
  ['imap', 'client', 'a4 EXAMINE INBOX', {}, 'imap.client.EXAMINE', /read-only/],
  ['imap', 'server', '* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.flags', /RFC 3501 §7.2.6/],
  ['imap', 'server', '* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.code.PERMANENTFLAGS', /keep/],
  ['imap', 'server', '* 3 EXISTS', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.exists', /3 messages/],
  ['imap', 'server', '* 0 RECENT', { previousClientLine: 'b2 SELECT INBOX' }, 'imap.server.recent', /RFC 3501 §7.3.2/],
  ['imap', 'server', '* OK [UNSEEN 1] First unseen.', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.code.UNSEEN', /message 1/],
  ['imap', 'server', '* OK [UIDVALIDITY 1795693109] UIDs valid', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.code.UIDVALIDITY', /1795693109/],
  ['imap', 'server', '* OK [UIDNEXT 4] Predicted next UID', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.code.UIDNEXT', /UID 4/],
  ['imap', 'server', 'a4 OK [READ-WRITE] Select completed (0.002 + 0.000 + 0.001 secs).', { previousClientLine: 'a4 SELECT INBOX' }, 'imap.server.taggedOk.READ-WRITE', /SELECT/],
  ['imap', 'server', 'a4 OK [READ-ONLY] Examine completed', { previousClientLine: 'a4 EXAMINE INBOX' }, 'imap.server.taggedOk.READ-ONLY', /not even \\Seen/],
  ['imap', 'client', 'a5 FETCH 1:* (FLAGS UID RFC822.SIZE ENVELOPE)', {}, 'imap.client.FETCH', /messages 1 to the last/],
  ['imap', 'server', '* 1 FETCH (FLAGS (\\Recent) UID 1 RFC822.SIZE 220 ENVELOPE ("Tue, 14 Nov 2023 22:13:21 +0000" "First test message" NIL NIL NIL NIL NIL NIL NIL "<msg1@example.org>"))', { previousClientLine: 'a5 FETCH 1:* (FLAGS UID RFC822.SIZE ENVELOPE)' }, 'imap.server.fetch', /First test message/],
  ['imap', 'client', 'a6 FETCH 1 BODY[]', {}, 'imap.client.FETCH', /\\Seen/],
  ['imap', 'client', 'a6c FETCH 2 BODY.PEEK[]', {}, 'imap.client.FETCH', /stays unread/],
  ['imap', 'client', 'a6d FETCH 2 (FLAGS INTERNALDATE RFC822.SIZE BODY[HEADER.FIELDS (SUBJECT)])', {}, 'imap.client.FETCH', /SUBJECT/],
  ['imap', 'server', '* 1 FETCH (FLAGS (\\Seen \\Recent) BODY[] {220}', { previousClientLine: 'a6 FETCH 1 BODY[]' }, 'imap.server.fetch', /literal of 220 octets/],
  ['imap', 'server', 'Hello Alice,', { previousClientLine: 'a6 FETCH 1 BODY[]', inMultiline: true }, 'imap.server.literalContent', /RFC 3501 §4.3/],
  ['imap', 'server', ')', { previousClientLine: 'a6 FETCH 1 BODY[]' }, 'imap.server.literalEnd', /FETCH/],
  ['imap', 'server', '* 2 FETCH (FLAGS (\\Seen))', { previousClientLine: 'b3 NOOP' }, 'imap.server.fetchFlagsUpdate', /another device/],
  ['imap', 'client', 'a3 STORE 2 +FLAGS (\\Deleted)', {}, 'imap.client.STORE', /EXPUNGE/],
  ['imap', 'client', 'a5 STORE 1 +FLAGS.SILENT (\\Answered)', {}, 'imap.client.STORE', /\.SILENT/],
  ['imap', 'client', 'a6 store 1 -FLAGS (\\Seen)', {}, 'imap.client.STORE', /removes \\Seen/],
  ['imap', 'client', 'a4 EXPUNGE', {}, 'imap.client.EXPUNGE', /RFC 3501 §6.4.3/],
  ['imap', 'server', '* 2 EXPUNGE', { previousClientLine: 'a4 EXPUNGE' }, 'imap.server.expunge', /moves down one number/],
  ['imap', 'client', 'b6 IDLE', {}, 'imap.client.IDLE', /RFC 2177/],
  ['imap', 'server', '+ idling', { previousClientLine: 'b6 IDLE' }, 'imap.server.continuationIdle', /DONE/],
  ['imap', 'client', 'DONE', { previousClientLine: 'b6 IDLE' }, 'imap.client.DONE', /RFC 2177/],
  ['imap', 'server', 'b6 OK Idle completed (2.759 + 2.757 + 2.758 secs).', { previousClientLine: 'DONE' }, 'imap.server.idleOk', /IDLE/],
  ['imap', 'server', '* STATUS INBOX (MESSAGES 0 UIDNEXT 4)', { previousClientLine: 'a8 STATUS INBOX (MESSAGES UIDNEXT)' }, 'imap.server.status', /MESSAGES 0/],
  ['imap', 'server', 'a8 OK [CLIENTBUG] Status on selected mailbox completed (0.001 + 0.000 secs).', { previousClientLine: 'a8 STATUS INBOX (MESSAGES UIDNEXT)' }, 'imap.server.taggedOk.CLIENTBUG', /RFC 5530/],
  ['imap', 'client', 'a7 COPY 1 Archive', {}, 'imap.client.COPY', /message 1/],
  ['imap', 'server', 'a7 OK [COPYUID 1795693142 1 1] Copy completed', { previousClientLine: 'a7 COPY 1 Archive' }, 'imap.server.taggedOk.COPYUID', /RFC 4315/],
  ['imap', 'client', 'a8 MOVE 2 Archive', {}, 'imap.client.MOVE', /RFC 6851/],
  ['imap', 'server', '* OK [COPYUID 1795693142 2 2] Moved UIDs.', { previousClientLine: 'a8 MOVE 2 Archive' }, 'imap.server.code.COPYUID', /RFC 4315/],
  ['imap', 'server', "a9 NO [TRYCREATE] Mailbox doesn't exist: Nowhere", { previousClientLine: 'a9 COPY 1 Nowhere' }, 'imap.server.taggedNo.TRYCREATE', /create it first/],
  ['imap', 'client', 'a10 APPEND Archive (\\Seen) {57}', {}, 'imap.client.APPEND', /\{57\}/],
  ['imap', 'server', '+ OK', { previousClientLine: 'a10 APPEND Archive (\\Seen) {57}' }, 'imap.server.continuationLiteral', /literal/],
  ['imap', 'client', 'From: x@example.org', { previousClientLine: 'a10 APPEND Archive (\\Seen) {57}' }, 'imap.client.literal', /Literal data/],
  ['imap', 'client', 'Subject: appended', { inMultiline: true }, 'imap.client.literal', /RFC 3501 §4.3/],
  ['imap', 'server', 'a10 OK [APPENDUID 1795693142 3] Append completed', {}, 'imap.server.taggedOk.APPENDUID', /UID 3/],
  ['imap', 'server', 'a1 NO [OVERQUOTA] Quota exceeded', {}, 'imap.server.taggedNo.OVERQUOTA', /quota/],
  ['imap', 'server', 'e1 NO [AUTHENTICATIONFAILED] Authentication failed.', { previousClientLine: 'e1 LOGIN alice wrong' }, 'imap.server.taggedNo.AUTHENTICATIONFAILED', /wrong name or password/],
  ['imap', 'server', 'a3 NO [ALREADYEXISTS] Mailbox already exists (0.001 + 0.000 secs).', {}, 'imap.server.taggedNo.ALREADYEXISTS', /already exists/],
  ['imap', 'server', 'e3 BAD No mailbox selected (0.001 + 0.000 secs).', { previousClientLine: 'e3 FETCH 1 FLAGS' }, 'imap.server.badNoMailbox', /SELECT/],
  ['imap', 'server', 'e9 BAD Error in IMAP command FETCH: Invalid messageset (0.001 + 0.000 secs).', {}, 'imap.server.badMessageSet', /do not exist/],
  ['imap', 'server', 'e4 BAD Error in IMAP command FOOBAR: Unknown command (0.001 + 0.000 secs).', {}, 'imap.server.badUnknownCommand', /RFC 3501 §7.1.3/],
  ['imap', 'server', "e14 NO Mailbox doesn't exist: Nonexistent (0.001 + 0.000 secs).", {}, 'imap.server.noMailbox', /no folder/],
  ['imap', 'server', '* OK [CLOSED] Previous mailbox closed.', {}, 'imap.server.code.CLOSED', /closed/],
  ['imap', 'server', '* SEARCH 2 3', { previousClientLine: 'a1 SEARCH UNSEEN' }, 'imap.server.search', /2 3/],
  ['imap', 'server', '* BYE Logging out', { previousClientLine: 'a7 LOGOUT' }, 'imap.server.byeLogout', /RFC 3501 §7.1.5/],
  ['imap', 'server', '* BYE Too many invalid IMAP commands.', {}, 'imap.server.byeTooManyErrors', /hangs up/],
  ['imap', 'server', 'a7 OK Logout completed (0.001 + 0.000 secs).', { previousClientLine: 'a7 LOGOUT' }, 'imap.server.logoutOk', /closes/],
  ['imap', 'client', 'a1 UID FETCH 1:3 (FLAGS)', {}, 'imap.client.UID FETCH', /UID/],
  ['imap', 'client', 'a1 uid move 4 Archive', {}, 'imap.client.UID MOVE', /RFC 6851/],
  ['imap', 'client', 'a1 UID EXPUNGE 4', {}, 'imap.client.UID EXPUNGE', /RFC 4315/],
  ['imap', 'client', 'a1 UNSELECT', {}, 'imap.client.UNSELECT', /RFC 3691/],
  ['imap', 'client', 'NOOP', {}, 'imap.client.missing-command', /tag/],
  ['imap', 'client', 'e4 FOOBAR', {}, 'imap.client.unknown', /did not recognise "FOOBAR"/],
  ['imap', 'client', '', {}, 'imap.client.empty', /BAD/],
  ['imap', 'client', 'alice {6}', { previousClientLine: 'q1 LOGIN {5}' }, 'imap.client.literal', /\{6\}/],
]

describe('explainLine classifies real lines', () => {
  it.each([...POP3_ROWS, ...IMAP_ROWS])('%s %s %j', (protocol, direction, line, position, kind, keyword) => {
    // As every caller does: the wire reader reads the line's place first (lib/protocols/wire).
    const ctx = lineContext(protocol, direction, line, position)
    const d = describeLine(protocol, direction, line, ctx)
    expect(d.kind).toBe(kind)
    const text = explainLine(protocol, direction, line, ctx)
    expect(text).toMatch(keyword)
    expect(text).toContain(d.rfc)
  })
})

describe('every line of every reference transcript gets an explanation', () => {
  it.each(transcriptFiles())('%s', (file) => {
    const lines = transcriptLines(file)
    expect(lines.length).toBeGreaterThan(5)
    for (const l of lines) {
      const ctx = lineContext(l.protocol, l.direction, l.line, { previousClientLine: l.previousClientLine, inMultiline: l.inMultiline })
      for (const c of [ctx, undefined]) {
        const text = explainLine(l.protocol, l.direction, l.line, c)
        expect(typeof text).toBe('string')
        expect(text.trim().length).toBeGreaterThan(10)
        expect(text).toMatch(/\(RFC \d+/)
        expect(text.length).toBeLessThan(1200)
      }
    }
  })

  it('never needs the fallback for a reference line', () => {
    for (const file of transcriptFiles()) {
      for (const l of transcriptLines(file)) {
        const ctx = lineContext(l.protocol, l.direction, l.line, { previousClientLine: l.previousClientLine, inMultiline: l.inMultiline })
        const d = describeLine(l.protocol, l.direction, l.line, ctx)
        expect(d.kind, `${file}: ${l.line.slice(0, 60)}`).not.toBe('unknown')
      }
    }
  })
})

describe('explainLine is total', () => {
  const protocol = fc.constantFrom<Protocol>('pop3', 'imap')
  const direction = fc.constantFrom<Direction>('client', 'server')
  const prefixes = ['', '* ', 'a1 ', '+ ', '+OK ', '-ERR ', '* 1 FETCH (', 'a1 OK [', '* OK [', 'a1 UID ', 'a1 FETCH 1 (', 'a1 STORE 1 +FLAGS (', '{', '.']
  const line = fc.tuple(fc.constantFrom(...prefixes), fc.string({ unit: 'binary', maxLength: 300 })).map(([p, s]) => p + s)
  const context = fc.option(
    fc.record(
      { previousClientLine: fc.oneof(line, fc.constantFrom('LIST', 'UIDL', 'RETR 1', 'a1 AUTHENTICATE PLAIN', 'a1 IDLE', 'a1 LOGIN {5}')), inMultiline: fc.boolean() },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  )

  it('random strings never throw and give non-empty text', () => {
    fc.assert(
      fc.property(protocol, direction, line, context, (p, d, l, c) => {
        for (const ctx of [c, lineContext(p, d, l, c)]) {
          const text = explainLine(p, d, l, ctx)
          if (typeof text !== 'string' || text.trim().length === 0) return false
        }
        return true
      }),
      { numRuns: 2000 },
    )
  })

  it('random strings are classified without an internal error (no fallback)', () => {
    fc.assert(
      fc.property(
        protocol,
        direction,
        line,
        context,
        (p, d, l, c) => describeLine(p, d, l, c).kind !== 'unknown' && describeLine(p, d, l, lineContext(p, d, l, c)).kind !== 'unknown',
      ),
      { numRuns: 2000 },
    )
  })

  it('survives very long lines and odd input', () => {
    for (const l of ['X'.repeat(65536), '\u0000\r\n', '*', '+', '* 99999999999999999999 FETCH', 'a1 OK [' + 'A'.repeat(10000)]) {
      for (const p of ['pop3', 'imap'] as const) {
        for (const d of ['client', 'server'] as const) {
          expect(explainLine(p, d, l).length).toBeGreaterThan(0)
          expect(explainLine(p, d, l).length).toBeLessThan(2000)
        }
      }
    }
    // Not a string at all, as plain JavaScript callers might pass.
    expect(explainLine('pop3', 'client', undefined as unknown as string)).not.toBe('')
  })
})

// The command lists in design.md (lib/protocols: pop3/ and imap/).
const DESIGN_POP3 = ['USER', 'PASS', 'AUTH PLAIN', 'CAPA', 'STAT', 'LIST', 'LIST n', 'RETR', 'DELE', 'NOOP', 'RSET', 'TOP', 'UIDL', 'UIDL n', 'QUIT']
const DESIGN_IMAP = [
  'CAPABILITY', 'NOOP', 'LOGOUT', 'LOGIN', 'AUTHENTICATE', 'ID', 'ENABLE', 'NAMESPACE', 'IDLE', 'DONE',
  'LIST', 'LSUB', 'CREATE', 'DELETE', 'STATUS', 'SELECT', 'EXAMINE', 'UNSELECT', 'CLOSE',
  'FETCH', 'STORE', 'SEARCH', 'EXPUNGE', 'UID FETCH', 'UID STORE', 'UID SEARCH', 'UID EXPUNGE', 'UID COPY', 'UID MOVE',
  'COPY', 'MOVE', 'APPEND',
]

describe('every command in design.md has an entry', () => {
  it.each(DESIGN_POP3)('POP3 %s', (verb) => {
    const e = explainCommand('pop3', verb)
    expect(e?.summary).toBeTruthy()
    expect(e?.rfc).toMatch(/^RFC (1939|2449|5034) §\d/)
    expect(e?.summary).not.toMatch(/\{\{/)
  })
  it.each(DESIGN_IMAP)('IMAP %s', (verb) => {
    const e = explainCommand('imap', verb)
    expect(e?.summary).toBeTruthy()
    expect(e?.rfc).toMatch(/^RFC \d+/)
    expect(e?.summary).not.toMatch(/\{\{/)
  })
  it('looks verbs up case-insensitively and refuses unknown ones', () => {
    expect(explainCommand('pop3', 'dele')?.summary).toMatch(/deletion/)
    expect(explainCommand('pop3', 'list 3')?.rfc).toBe('RFC 1939 §5')
    expect(explainCommand('imap', 'uid  fetch')?.rfc).toBe('RFC 3501 §6.4.8')
    expect(explainCommand('imap', 'FOOBAR')).toBeUndefined()
    expect(explainCommand('pop3', 'SELECT')).toBeUndefined()
    expect(commandKeys.pop3.length).toBe(Object.keys(pop3Commands).length)
  })
})

describe('the data itself', () => {
  const all = [pop3Commands, pop3Responses, imapCommands, imapResponses, imapResponseCodes].flatMap((t) => Object.entries(t))
  it.each(all)('%s has a short summary and an RFC citation', (_key, e) => {
    expect(e.summary.length).toBeGreaterThan(5)
    expect(e.summary.length).toBeLessThan(220)
    expect(e.rfc).toMatch(/^RFC \d{4}( §[\d.]+)?$/)
  })
  it('DELE says nothing is removed until QUIT', () => {
    expect(pop3Commands.DELE.mailbox).toMatch(/nothing is removed until QUIT/)
  })
})
