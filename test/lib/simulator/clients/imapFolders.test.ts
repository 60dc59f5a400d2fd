// The IMAP client's folder work (lib/simulator/clients/imapFolders.ts): what it plans after the
// INBOX's own changes, and how it reads LIST, EXAMINE, FETCH, APPEND and MOVE replies.

import { parseImapReply } from '@/lib/protocols/wire'
import { handleFolderReply, hasFolderWork, isOtherMailboxPurpose, markForMove, planFolderWork, type ImapFolderState } from '@/lib/simulator/clients/imapFolders'
import type { LocalMessage } from '@/lib/simulator/clients/localMessage'
import type { PlanItem } from '@/lib/simulator/clients/plan'

function message(uid: number, subject = `m${uid}`): LocalMessage {
  return { uid, uidl: null, messageId: `<${uid}@x>`, subject, from: 'x', size: 10, headerBytes: 5, seen: false, flagged: false, deleted: false, hasBody: false }
}

function state(overrides: Partial<ImapFolderState> = {}): ImapFolderState {
  return { plan: [], folderNames: ['Sent'], folders: {}, folderValidity: {}, appends: [], messages: [], resumed: false, checkAsked: false, fault: null, ...overrides }
}

const summary = (uid: number) => message(uid, `new ${uid}`)
const lines = (plan: readonly PlanItem[]) => plan.map((item) => (item.kind === 'line' ? item.line.split('\r\n')[0] : item.kind))
/** Dovecot's answer to `LIST "" "*"` with Archive and Sent (as imap-mailboxes.json answers with Archive). */
const DOVECOT_LIST = '* LIST (\\HasNoChildren) "/" Archive\r\n* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren) "/" Sent\r\na4 OK List completed.\r\n'
const line = (purpose: string, text = purpose): PlanItem & { kind: 'line' } => ({ kind: 'line', line: text, purpose })

describe('planning folder work', () => {
  it('lists the folders, moves, appends, then looks into each folder the LIST reply names', () => {
    const raw = 'Subject: é\r\n\r\nx\r\n'
    const draft = state({ messages: [{ ...message(3), movingTo: 'Archive' }, message(4)], appends: [raw], folderNames: ['Sent', 'Archive'] })
    draft.plan = [...planFolderWork(draft), line('LOGOUT')]
    expect(lines(draft.plan)).toEqual([
      'LIST "" "*"',
      'UID MOVE 3 Archive',
      // The literal counts octets: "é" is two.
      `APPEND Sent (\\Seen) {${raw.length + 1}+}`,
      'LOGOUT',
    ])
    const list = draft.plan.shift() as PlanItem & { kind: 'line' }
    expect(handleFolderReply(draft, list, parseImapReply(DOVECOT_LIST), summary)).toBe(true)
    expect(lines(draft.plan)).toEqual([
      'UID MOVE 3 Archive',
      `APPEND Sent (\\Seen) {${raw.length + 1}+}`,
      'EXAMINE Sent',
      'UID FETCH 1:* (UID FLAGS)',
      'EXAMINE Archive',
      'UID FETCH 1:* (UID FLAGS)',
      'LOGOUT',
    ])
    expect(hasFolderWork(state())).toBe(false)
    expect(hasFolderWork(state({ appends: [raw] }))).toBe(true)
    expect(isOtherMailboxPurpose('EXAMINE:Sent')).toBe(true)
    expect(isOtherMailboxPurpose('MOVE:Archive')).toBe(false)
  })

  it('a session back from IDLE with no other folder and nothing to file does no folder work, unless a check was asked for', () => {
    expect(planFolderWork(state({ resumed: true, folderNames: [] }))).toEqual([])
    expect(lines(planFolderWork(state({ resumed: true, checkAsked: true, folderNames: [] })))).toEqual(['LIST "" "*"'])
    expect(lines(planFolderWork(state({ resumed: true, folderNames: ['Sent'] })))).toEqual(['LIST "" "*"'])
    expect(lines(planFolderWork(state({ resumed: true, folderNames: [], appends: ['x'] })))).toEqual(['LIST "" "*"', 'APPEND Sent (\\Seen) {1+}'])
    expect(lines(planFolderWork(state({ folderNames: [] })))).toEqual(['LIST "" "*"'])
  })

  it('marks a move only for a message the device has from the server', () => {
    expect(markForMove([message(1)], '<1@x>', 'Archive')?.[0].movingTo).toBe('Archive')
    expect(markForMove([message(1)], '<9@x>', 'Archive')).toBeNull()
  })
})

describe('reading the LIST reply', () => {
  it('shows a folder another device created from this session on, and syncs it', () => {
    const draft = state({ folderNames: [], plan: [line('LOGOUT')] })
    handleFolderReply(draft, line('LIST', 'LIST "" "*"'), parseImapReply('* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren) "/" Sent\r\na3 OK List completed.\r\n'), summary)
    expect(draft.folderNames).toEqual(['Sent'])
    expect(lines(draft.plan)).toEqual(['EXAMINE Sent', 'UID FETCH 1:* (UID FLAGS)', 'LOGOUT'])
  })

  it('forgets a folder deleted on the server, with what the device held of it', () => {
    const draft = state({ folderNames: ['Sent', 'Archive'], folders: { Sent: [message(1)], Archive: [message(2)] }, folderValidity: { Sent: 1, Archive: 2 } })
    handleFolderReply(draft, line('LIST', 'LIST "" "*"'), parseImapReply('* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren) "/" Sent\r\na3 OK List completed.\r\n'), summary)
    expect(draft.folderNames).toEqual(['Sent'])
    expect(draft.folders).toEqual({ Sent: [message(1)] })
    expect(draft.folderValidity).toEqual({ Sent: 1 })
  })

  it('with only INBOX listed, plans nothing more', () => {
    const draft = state({ folderNames: [], plan: [line('LOGOUT')] })
    handleFolderReply(draft, line('LIST', 'LIST "" "*"'), parseImapReply('* LIST (\\HasNoChildren) "/" INBOX\r\na3 OK List completed.\r\n'), summary)
    expect(draft.folderNames).toEqual([])
    expect(lines(draft.plan)).toEqual(['LOGOUT'])
  })

  it('before IDLE, selects INBOX again after looking into other folders (RFC 2177 idles on the selected mailbox)', () => {
    const draft = state({ folderNames: [], plan: [line('IDLE')] })
    handleFolderReply(draft, line('LIST', 'LIST "" "*"'), parseImapReply(DOVECOT_LIST), summary)
    expect(lines(draft.plan)).toEqual(['EXAMINE Sent', 'UID FETCH 1:* (UID FLAGS)', 'EXAMINE Archive', 'UID FETCH 1:* (UID FLAGS)', 'SELECT INBOX', 'UID FETCH 1:* (UID FLAGS)', 'IDLE'])
  })

  it('a folder created after TRYCREATE is synced after the filing, before IDLE, and INBOX reselected once', () => {
    const draft = state({ folderNames: ['Sent'], plan: [line('APPEND:Sent'), line('EXAMINE:Sent', 'EXAMINE Sent'), line('SELECT', 'SELECT INBOX'), line('IDLE')] })
    handleFolderReply(draft, line('CREATE:Archive', 'CREATE Archive'), parseImapReply('a5 OK Create completed.\r\n'), summary)
    expect(lines(draft.plan)).toEqual(['APPEND:Sent', 'EXAMINE Archive', 'UID FETCH 1:* (UID FLAGS)', 'EXAMINE Sent', 'SELECT INBOX', 'IDLE'])
  })

  it('a LIST answered NO is the session\'s fault', () => {
    const draft = state()
    handleFolderReply(draft, line('LIST', 'LIST "" "*"'), parseImapReply('a3 NO Server error\r\n'), summary)
    expect(draft.fault).toBe('command-failed')
  })
})

describe('reading folder replies', () => {
  it('EXAMINE of a missing folder empties it and skips its fetch', () => {
    const draft = state({ plan: [line('folder-uids:Sent')], folders: { Sent: [message(1)] } })
    expect(handleFolderReply(draft, line('EXAMINE:Sent'), parseImapReply('a1 NO Mailbox doesn\'t exist: Sent\r\n'), summary)).toBe(true)
    expect(draft.folders.Sent).toEqual([])
    expect(draft.plan).toEqual([])
    expect(draft.fault).toBeNull()
  })

  it('a new UIDVALIDITY forgets the cached folder (RFC 3501 §2.3.1.1)', () => {
    const draft = state({ folders: { Sent: [message(1)] }, folderValidity: { Sent: 7 } })
    handleFolderReply(draft, line('EXAMINE:Sent'), parseImapReply('* 1 EXISTS\r\n* OK [UIDVALIDITY 8] UIDs valid\r\na1 OK [READ-ONLY] Examine completed.\r\n'), summary)
    expect(draft.folders.Sent).toEqual([])
    expect(draft.folderValidity.Sent).toBe(8)
  })

  it('keeps what the server lists, drops what it does not, and fetches summaries of the rest', () => {
    const draft = state({ folders: { Sent: [message(1), message(2)] } })
    handleFolderReply(draft, line('folder-uids:Sent'), parseImapReply('* 1 FETCH (UID 2 FLAGS (\\Seen))\r\n* 2 FETCH (UID 5 FLAGS ())\r\na2 OK Fetch completed.\r\n'), summary)
    expect(draft.folders.Sent.map((m) => [m.uid, m.seen])).toEqual([[2, true]])
    expect(draft.plan).toEqual([line('folder-summaries:Sent', 'UID FETCH 5 (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])')])
    handleFolderReply(draft, draft.plan.shift() as PlanItem & { kind: 'line' }, parseImapReply('* 2 FETCH (UID 5 FLAGS ())\r\na3 OK Fetch completed.\r\n'), summary)
    expect(draft.folders.Sent.map((m) => m.subject)).toEqual(['m2', 'new 5'])
  })

  it('APPEND or MOVE answered NO [TRYCREATE] creates the folder and tries again; another NO is a fault', () => {
    const draft = state({ folderNames: [] })
    const append = line('APPEND:Sent', 'APPEND Sent (\\Seen) {1+}\r\nx')
    handleFolderReply(draft, append, parseImapReply('a1 NO [TRYCREATE] Mailbox doesn\'t exist: Sent\r\n'), summary)
    expect(draft.plan.map((item) => (item.kind === 'line' ? item.purpose : ''))).toEqual(['CREATE:Sent', 'APPEND:Sent'])
    handleFolderReply(draft, draft.plan.shift() as PlanItem & { kind: 'line' }, parseImapReply('a2 OK Create completed.\r\n'), summary)
    expect(draft.folderNames).toEqual(['Sent'])
    expect(lines(draft.plan)).toEqual(['APPEND Sent (\\Seen) {1+}', 'EXAMINE Sent', 'UID FETCH 1:* (UID FLAGS)'])
    const failing = state()
    handleFolderReply(failing, line('MOVE:Archive'), parseImapReply('a1 NO [OVERQUOTA] Quota exceeded\r\n'), summary)
    expect(failing.fault).toBe('command-failed')
    expect(handleFolderReply(state(), line('LOGIN'), parseImapReply('a1 OK\r\n'), summary)).toBe(false)
  })
})
