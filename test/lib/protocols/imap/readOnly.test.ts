// A read-only session (EXAMINE, RFC 3501 §6.3.2) never removes mail: CLOSE leaves \Deleted
// messages in place (§6.4.2: "No messages are removed ... if the mailbox is ... read-only"),
// EXPUNGE and UID EXPUNGE (RFC 4315 §2.1) and MOVE (RFC 6851 §3.3, it expunges the source) are
// refused, while another session's read-write view sees every message still there.

import { selected, startServer } from './harness'

/** alice's INBOX with every message \Deleted by a read-write session, and an Archive mailbox. */
function doomedInbox() {
  const server = startServer()
  const writer = selected(server)
  writer.send('c CREATE Archive')
  expect(writer.send('d STORE 1:* +FLAGS.SILENT (\\Deleted)')).toMatch(/^d OK /)
  const uids = () => server.store.inbox('alice')?.messages.map((message) => message.uid)
  const archived = () => server.store.mailbox('alice', 'Archive')?.messages.length
  return { server, writer, uids, archived }
}

const REFUSED = ['EXPUNGE', 'UID EXPUNGE 1:*', 'MOVE 1:* Archive', 'UID MOVE 1:* Archive']

describe('read-only sessions never lose mail', () => {
  for (const command of REFUSED) {
    it(`${command} after EXAMINE is refused and removes nothing`, () => {
      const { server, writer, uids, archived } = doomedInbox()
      const reader = selected(server, 'EXAMINE')
      expect(reader.send(`x ${command}`)).toBe('x NO Mailbox is read-only.\r\n')
      expect(uids()).toEqual([1, 2, 3])
      expect(archived()).toBe(0)
      expect(writer.send('n NOOP')).not.toMatch(/EXPUNGE/)
    })
  }

  it('CLOSE after EXAMINE succeeds and removes nothing, where CLOSE after SELECT expunges', () => {
    const { server, uids } = doomedInbox()
    const reader = selected(server, 'EXAMINE')
    expect(reader.send('x CLOSE')).toBe('x OK Close completed.\r\n')
    expect(uids()).toEqual([1, 2, 3])
    // The same command from a read-write session does expunge, so the check above can fail.
    expect(selected(server).send('y CLOSE')).toBe('y OK Close completed.\r\n')
    expect(uids()).toEqual([])
  })

  it('LOGOUT and a dropped connection after EXAMINE remove nothing', () => {
    const { server, uids } = doomedInbox()
    selected(server, 'EXAMINE').send('x LOGOUT')
    selected(server, 'EXAMINE').close()
    expect(uids()).toEqual([1, 2, 3])
  })

  it('STORE after EXAMINE changes no flag', () => {
    const server = startServer()
    const reader = selected(server, 'EXAMINE')
    expect(reader.send('x STORE 1 +FLAGS (\\Deleted)')).toBe('x NO Mailbox is read-only.\r\n')
    expect(server.store.inbox('alice')?.messages[0].flags.has('\\Deleted')).toBe(false)
  })
})
