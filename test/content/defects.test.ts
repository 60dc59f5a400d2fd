// One test per defect issue 11 lists, where one can be written: each pins the corrected claim
// so the wrong sentence cannot come back.

import { ConsoleSession } from '@/lib/console'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'
import { CHALLENGES } from '@/content/console/challenges'
import { DROP_NOTICE } from '@/content/console/dropNotice'
import { FREE_PLAY_WORLD } from '@/content/console/worlds'
import { explainCommand, explainLine, imapCommands, imapResponses, pop3Commands, pop3Responses } from '@/content/explanations'
import { glossary } from '@/content/glossary'
import { myths } from '@/content/myths'
import { getScenario, scenarios } from '@/content/scenarios/catalog'
import { describeOutcome } from '@/lib/simulator/outcome'
import { lineContext } from '@/lib/protocols/wire'
import type { LaneFrame } from '@/lib/simulator/capture'

const fetchLine = (flags: string, item = 'BODY[] {220}') => `* 1 FETCH (UID 1 FLAGS (${flags}) ${item}`
const serverNote = (line: string, command: string) =>
  explainLine('imap', 'server', line, lineContext('imap', 'server', line, { previousClientLine: command }))
const definition = (id: string) => glossary.find((entry) => entry.id === id)?.definition ?? ''
const fact = (id: string) => myths.find((myth) => myth.id === id)?.fact ?? ''
const narration = (id: string, step: number, protocol: 'pop3' | 'imap') => getScenario(id)!.steps[step - 1].narration[protocol]

describe('the \\Seen note is explained from the command actually sent', () => {
  it.each([
    'a3 UID FETCH 1 BODY.PEEK[HEADER]',
    'a3 FETCH 1 (FLAGS BODY.PEEK[])',
    'a3 UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])',
    'a3 fetch 1 body.peek[text]',
  ])('never claims a .PEEK fetch set \\Seen: %s', (command) => {
    const note = serverNote(fetchLine('\\Seen', 'BODY[HEADER] {171}'), command)
    expect(note).not.toMatch(/set \\Seen|sets \\Seen/)
    expect(note).toMatch(/already \\Seen/)
  })

  it.each(['a3 FETCH 1 BODY[]', 'a3 UID FETCH 1 (FLAGS BODY[TEXT])', 'a3 FETCH 1 RFC822'])('says a non-PEEK body fetch sets it: %s', (command) => {
    expect(serverNote(fetchLine('\\Seen'), command)).toMatch(/without \.PEEK sets \\Seen/)
  })

  it('says nothing about \\Seen for a flags-only fetch or an unseen message', () => {
    expect(serverNote('* 1 FETCH (FLAGS (\\Seen) UID 1)', 'a3 FETCH 1 (FLAGS UID)')).not.toMatch(/PEEK/)
    expect(serverNote(fetchLine(''), 'a3 FETCH 1 BODY.PEEK[]')).not.toMatch(/Seen/)
  })
})

describe('the console says what survives a dropped connection, per protocol', () => {
  it('POP3: nothing deleted, but the pending \\Seen is stored, and that is what the server does', () => {
    expect(DROP_NOTICE.pop3).not.toMatch(/commits nothing/)
    expect(DROP_NOTICE.pop3).toMatch(/Nothing is deleted/)
    expect(DROP_NOTICE.pop3).toMatch(/\\Seen/)
    const session = new ConsoleSession(FREE_PLAY_WORLD, CONSOLE_DEPS)
    const tab = session.openTab('pop3')
    for (const line of ['USER alice', 'PASS secret', 'RETR 1', 'DELE 2']) session.submit(tab.id, line)
    session.drop(tab.id)
    const inbox = session.server.store.inbox('alice')!.messages
    expect(inbox.map((m) => m.uid)).toEqual([1, 2, 3])
    expect([...inbox[0].flags]).toContain('\\Seen')
    expect(session.tab(tab.id)!.entries.at(-1)!.text).toBe(DROP_NOTICE.pop3)
  })

  it('IMAP: what STORE and EXPUNGE did stays done', () => {
    expect(DROP_NOTICE.imap).toMatch(/STORE/)
    expect(DROP_NOTICE.imap).toMatch(/EXPUNGE/)
    const session = new ConsoleSession(FREE_PLAY_WORLD, CONSOLE_DEPS)
    const tab = session.openTab('imap')
    for (const line of ['a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 STORE 1 +FLAGS (\\Deleted)', 'a4 EXPUNGE', 'a5 STORE 1 +FLAGS (\\Flagged)']) {
      session.submit(tab.id, line)
    }
    session.drop(tab.id)
    const inbox = session.server.store.inbox('alice')!.messages
    expect(inbox.map((m) => m.uid)).toEqual([2, 3])
    expect([...inbox[0].flags]).toContain('\\Flagged')
    expect(session.tab(tab.id)!.entries.at(-1)!.text).toBe(DROP_NOTICE.imap)
  })
})

describe('POP3 locking: what the RFC allows and what the lab does', () => {
  it('no text claims the server locks the maildrop', () => {
    const texts = [pop3Commands.PASS.mailbox, pop3Commands.AUTH.mailbox, pop3Responses.loggedIn.mailbox, pop3Responses.errInUse.mailbox]
    for (const text of texts) expect(text).not.toMatch(/locks your mailbox|is locked for this connection|now locked/)
    expect(pop3Commands.PASS.mailbox).toMatch(/RFC 1939/)
  })

  it('a second POP3 session really does log in while the first is open', () => {
    const session = new ConsoleSession(FREE_PLAY_WORLD, CONSOLE_DEPS)
    const first = session.openTab('pop3')
    const second = session.openTab('pop3')
    for (const id of [first.id, second.id]) for (const line of ['USER alice', 'PASS secret']) session.submit(id, line)
    expect(session.tab(second.id)!.entries.at(-1)!.text).toMatch(/^\+OK/)
  })
})

describe('wording fixes', () => {
  it('myths: POP3 is not said to need few round trips, and the link shows the fact', () => {
    expect(fact('pop3-faster')).not.toMatch(/needs few round trips|far fewer bytes/)
    expect(getScenario('round-trips')!.comparisons).toEqual(
      expect.arrayContaining([
        { measure: 'roundTrips', relation: 'pop3>imap' },
        { measure: 'bytesFromServer', relation: 'pop3<imap' },
      ]),
    )
  })

  it('lost phone: sync is not backup', () => {
    const all = JSON.stringify(getScenario('lost-phone'))
    expect(all).not.toMatch(/backup all along/)
    expect(narration('lost-phone', 5, 'imap')).toMatch(/not a backup/)
    expect(getScenario('lost-phone')!.questions![0].choices[getScenario('lost-phone')!.questions![0].answerIndex]).toBe('No under both')
  })

  it('IDLE: one mailbox, renewed within 29 minutes, and not how every phone gets push', () => {
    expect(imapCommands.IDLE.mailbox).not.toMatch(/within seconds/)
    expect(imapCommands.IDLE.mailbox).toMatch(/29 minutes/)
    expect(definition('idle')).toMatch(/29 minutes/)
  })

  it('one story about POP3 and flags: the protocol exposes none, a server may record them', () => {
    expect(fact('pop3-deletes-at-download')).not.toMatch(/changes nothing on the server/)
    expect(fact('read-status-syncs-everywhere')).not.toMatch(/no flags on the server at all/)
    expect(fact('read-status-syncs-everywhere')).toMatch(/may still record/)
  })

  it('expunge renumbers down, not up', () => {
    expect(imapResponses.expunge.summary).toMatch(/moves down one number/)
    expect(definition('sequence-number')).toMatch(/moves down by one/)
    expect(JSON.stringify(glossary) + JSON.stringify(imapResponses)).not.toMatch(/move up/)
  })

  it('a UID stays the same only while UIDVALIDITY does', () => {
    const texts = JSON.stringify([glossary, imapCommands])
    expect(texts).not.toMatch(/never changes/)
    expect(definition('uid')).toMatch(/UIDVALIDITY/)
  })

  it('SMTP is also how your own device sends (submission), not only between servers', () => {
    expect(definition('smtp')).toMatch(/submission/)
    expect(fact('protocols-send-mail')).toMatch(/submits/)
  })

  it('IMAP is not said to only read the mailbox', () => {
    const texts = JSON.stringify(scenarios)
    expect(texts).not.toMatch(/only reads the mailbox|Both only retrieve/)
    expect(narration('leave-a-copy', 3, 'imap')).toMatch(/flags, deletions and folders/)
  })

  it('round trips: the narration does not read as one command per message for IMAP', () => {
    expect(narration('round-trips', 1, 'imap')).not.toMatch(/one UID FETCH for every/)
    expect(narration('round-trips', 1, 'imap')).toMatch(/all the summaries/)
  })

  it('the imap-sync challenge says the timing is Dovecot’s, not the RFC’s', () => {
    const words = CHALLENGES.find((c) => c.id === 'imap-sync')!.explanation
    expect(words).toMatch(/Dovecot/)
    expect(words).toMatch(/at any time/)
  })

  it('the quota notice says a real server refuses during SMTP and the sender gets a bounce', () => {
    const frame = { notices: ['over-quota'], activeDevice: null, exchanges: [0, 0] } as unknown as LaneFrame
    expect(describeOutcome(frame, [])).toMatch(/SMTP delivery.*bounce/)
  })

  it('console explanations of RENAME, CHECK, SUBSCRIBE, UNSUBSCRIBE match a server that now takes them', () => {
    for (const verb of ['RENAME', 'CHECK', 'SUBSCRIBE', 'UNSUBSCRIBE']) expect(explainCommand('imap', verb)?.mailbox, verb).not.toMatch(/does not accept|answers BAD/)
    const session = new ConsoleSession(FREE_PLAY_WORLD, CONSOLE_DEPS)
    const tab = session.openTab('imap')
    for (const line of ['a1 LOGIN alice secret', 'a2 CREATE Projects', 'a3 RENAME Projects Old', 'a4 SUBSCRIBE Old', 'a5 CHECK']) session.submit(tab.id, line)
    const completions = session.tab(tab.id)!.entries.filter((entry) => entry.kind === 'server' && /^a[2-4] /.test(entry.text)).map((entry) => entry.text.split(' ').slice(0, 2).join(' '))
    expect(completions).toEqual(['a2 OK', 'a3 OK', 'a4 OK'])
    // CHECK needs a selected folder (RFC 3501 §6.4.1): before SELECT the server says BAD, as Dovecot does.
    expect(session.tab(tab.id)!.entries.at(-1)!.text).toMatch(/^a5 BAD/)
  })

  it('consolidate: both accounts are mailboxes on the same server', () => {
    const all = JSON.stringify(getScenario('consolidate'))
    expect(all).not.toMatch(/own server/)
  })
})
