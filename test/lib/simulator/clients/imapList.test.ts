// lib/simulator/clients/imapList.ts: which folders a LIST reply (RFC 3501 §6.3.8) gives the client
// to show besides INBOX, read from Dovecot's recorded replies and from generated ones.

import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseImapReply } from '@/lib/protocols/wire'
import { LIST_ITEM, listedFolders } from '@/lib/simulator/clients/imapList'

const reference = (name: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../../fixtures/reference/transcripts', name), 'utf8')) as { exchanges: Array<{ client?: string; server?: string }> }

describe('listedFolders', () => {
  it('sends the LIST a real client sends to a server without LIST-EXTENDED, as the reference transcripts do', () => {
    const recorded = reference('imap-mailboxes.json').exchanges.filter((step) => step.client?.endsWith(' LIST "" "*"'))
    expect(recorded.length).toBeGreaterThan(0)
    expect(LIST_ITEM).toMatchObject({ kind: 'line', line: 'LIST "" "*"' })
  })

  it("reads Dovecot's recorded replies: Archive while it exists, nothing once it is deleted", () => {
    const replies = reference('imap-mailboxes.json').exchanges.filter((step) => step.client?.endsWith(' LIST "" "*"')).map((step) => step.server ?? '')
    expect(replies.map((reply) => listedFolders(parseImapReply(reply)))).toEqual([['Archive'], []])
    const basic = reference('imap-basic.json').exchanges.find((step) => step.client?.endsWith(' LIST "" "*"'))
    expect(listedFolders(parseImapReply(basic?.server ?? ''))).toEqual([])
  })

  it('puts Sent and Archive first, then the others in the server\'s order; leaves out INBOX in any case and \\Noselect', () => {
    const reply = [
      '* LIST (\\HasChildren \\Noselect) "/" Projects',
      '* LIST (\\HasNoChildren) "/" Projects/Lab',
      '* LIST (\\HasNoChildren) "/" Archive',
      '* LIST (\\HasNoChildren) "/" Inbox',
      '* LIST (\\HasNoChildren) "/" "Old mail"',
      '* LIST (\\HasNoChildren) "/" Sent',
      '* LIST (\\NonExistent) "/" Gone',
      'a1 OK List completed.',
      '',
    ].join('\r\n')
    expect(listedFolders(parseImapReply(reply))).toEqual(['Sent', 'Archive', 'Projects/Lab', 'Old mail'])
  })

  it('names every selectable listed folder but INBOX exactly once, whatever the order (seed 1212)', () => {
    const name = fc.constantFrom('INBOX', 'Sent', 'Archive', 'Drafts', 'Trash', 'Old mail', 'Work/2026')
    fc.assert(
      fc.property(fc.array(fc.record({ name, noselect: fc.boolean() }), { maxLength: 8 }), (entries) => {
        const reply = [...entries.map((e) => `* LIST (${e.noselect ? '\\Noselect' : '\\HasNoChildren'}) "/" ${e.name.includes(' ') ? `"${e.name}"` : e.name}`), 'a1 OK List completed.', ''].join('\r\n')
        const listed = listedFolders(parseImapReply(reply))
        const expected = new Set(entries.filter((e) => !e.noselect && e.name !== 'INBOX').map((e) => e.name))
        expect(new Set(listed)).toEqual(expected)
        expect(listed).toHaveLength(expected.size)
      }),
      { seed: 1212, numRuns: 300 },
    )
  })
})
