'use client'

// What the server holds right now: each user's mailboxes and messages (read or unread), and the
// "Deliver a new message" button, which asks the live server to drop new mail into an INBOX.

import { useState } from 'react'
import { LIVE_DELIVER_PATH, type LiveStoreView } from '@/lib/live'

export function LiveServerPanel({ store }: { store: LiveStoreView }) {
  const [status, setStatus] = useState('')
  const [user, setUser] = useState(store.users[0]?.name ?? '')
  const deliver = async () => {
    try {
      const response = await fetch(LIVE_DELIVER_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) })
      const result = (await response.json()) as { uid?: number; error?: string }
      setStatus(response.ok ? `New message delivered to ${user} (UID ${result.uid}). Idling IMAP clients hear it at once.` : (result.error ?? 'Delivery failed.'))
    } catch {
      setStatus('The live server did not answer. Is npm run live still running?')
    }
  }
  return (
    <section aria-labelledby="live-server" className="rounded-lg border border-line bg-surface-raised p-4">
      <h2 id="live-server" className="text-lg font-semibold">
        Server
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor="live-deliver-user">Deliver to</label>
        <select id="live-deliver-user" value={user} onChange={(event) => setUser(event.target.value)} className="rounded border border-line bg-surface px-1 py-0.5">
          {store.users.map((account) => (
            <option key={account.name}>{account.name}</option>
          ))}
        </select>
        <button type="button" onClick={deliver} className="rounded bg-imap-strong px-3 py-1 font-medium text-on-accent">
          Deliver a new message
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-ink-muted">
        {status}
      </p>
      {store.users.map((account) => (
        <div key={account.name} className="mt-2">
          <h3 className="font-semibold">{account.name}</h3>
          {account.mailboxes.map((mailbox) => (
            <div key={mailbox.name} className="mt-1">
              <h4 className="text-sm font-medium">
                {mailbox.name} <span className="text-ink-muted">({mailbox.total} messages)</span>
              </h4>
              <ul className="text-sm" aria-label={`${account.name}'s ${mailbox.name}`}>
                {mailbox.messages.map((message) => {
                  const read = message.flags.includes('\\Seen')
                  const deleted = message.flags.includes('\\Deleted')
                  return (
                    <li key={message.uid} data-read={read} className={`flex gap-2 border-l-4 py-0.5 pl-2 ${read ? 'border-line' : 'border-imap font-semibold'}`}>
                      <span className="text-ink-muted">UID {message.uid}</span>
                      <span className={deleted ? 'line-through' : ''}>{message.subject || '(no subject)'}</span>
                      <span className="ml-auto text-xs font-normal text-ink-muted">
                        {read ? 'read' : 'unread'}
                        {deleted ? ', marked for deletion' : ''}
                        {message.flags.includes('\\Flagged') ? ', flagged' : ''}
                      </span>
                    </li>
                  )
                })}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {store.outbound > 0 ? <p className="mt-2 text-sm">{store.outbound} message(s) accepted for other domains (they would leave the server here).</p> : null}
    </section>
  )
}
