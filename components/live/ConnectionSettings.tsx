'use client'

// The settings a learner types into a mail client, with copy buttons, and three short recipes.

import { useState } from 'react'
import type { LiveServerInfo } from '@/lib/live'
import { copyText } from '@/components/platform/clipboard'

function CopyValue({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState<'' | 'Copied' | 'Select and copy by hand'>('')
  const copy = async () => {
    setCopied((await copyText(value)) ? 'Copied' : 'Select and copy by hand')
    setTimeout(() => setCopied(''), 2000)
  }
  return (
    <div className="flex items-center justify-between gap-2 py-1">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="flex items-center gap-2">
        <code className="font-mono">{value}</code>
        <button type="button" onClick={copy} className="rounded border border-line px-2 py-0.5 text-xs" aria-label={`Copy ${label}: ${value}`}>
          {copied || 'Copy'}
        </button>
      </dd>
    </div>
  )
}

export function ConnectionSettings({ info, hostname }: { info: LiveServerInfo; hostname: string }) {
  const host = info.host === '127.0.0.1' || info.host === '::1' ? 'localhost' : info.host === '0.0.0.0' || info.host === '::' ? hostname : info.host
  const user = info.users[0] ?? { name: 'alice', password: 'secret' }
  const { imap, pop3, smtp } = info.ports
  return (
    <section aria-labelledby="live-settings" className="rounded-lg border border-line bg-surface-raised p-4">
      <h2 id="live-settings" className="text-lg font-semibold">
        Connect your mail client
      </h2>
      <p className="text-sm text-ink-muted">
        Any mail program can talk to this lab. Use these settings, with <strong>no encryption</strong> (no SSL/TLS, no STARTTLS) and a
        normal password. The passwords are made up: never use a real one here.
      </p>
      <dl className="mt-2 text-sm">
        <CopyValue label="Server" value={host} />
        <CopyValue label="IMAP port" value={String(imap)} />
        <CopyValue label="POP3 port" value={String(pop3)} />
        <CopyValue label="SMTP port (sending)" value={String(smtp)} />
        {info.users.map((account) => (
          <CopyValue key={account.name} label={`User ${account.name}, password`} value={account.password} />
        ))}
      </dl>
      <h3 className="mt-3 font-semibold">Recipes</h3>
      <details className="mt-1 text-sm">
        <summary>Thunderbird</summary>
        <p>
          ☰ menu → New Account → Email (or Account Settings → Account Actions → Add Mail Account). Any name, email{' '}
          <code>{user.name}@example.org</code>, password <code>{user.password}</code>. Thunderbird finds no settings for example.org: choose
          Configure manually. Incoming: IMAP (or POP3), hostname <code>{host}</code>, port {imap} (POP3: {pop3}), connection security None,
          authentication method Normal password, username <code>{user.name}</code>. Outgoing: SMTP, hostname <code>{host}</code>, port {smtp},
          the same security, authentication and username. Thunderbird warns that the server does not use encryption (&ldquo;Insecure mail
          server detected&rdquo;, or &ldquo;I understand the risks&rdquo;): here that is the point, you are meant to read the bytes.
        </p>
        <p className="mt-1">
          Thunderbird opens two IMAP connections, so two devices appear in the IMAP lane, told apart by their port: one lists the folders,
          the other opens INBOX, downloads the messages and waits with IDLE. Both wait at the greeting until the password is typed (or
          remembered). A POP3 account connects, downloads and quits within a second: its device stays, Offline, with what it downloaded.
        </p>
      </details>
      <details className="mt-1 text-sm">
        <summary>Python imaplib</summary>
        <pre className="mt-1 overflow-x-auto rounded bg-surface-sunken p-2 font-mono text-xs">{`import imaplib
imap = imaplib.IMAP4("${host}", ${imap})
imap.login("${user.name}", "${user.password}")
imap.select("INBOX")
print(imap.search(None, "UNSEEN"))
print(imap.fetch("1", "(BODY[HEADER.FIELDS (SUBJECT)])"))
imap.logout()`}</pre>
      </details>
      <details className="mt-1 text-sm">
        <summary>curl</summary>
        <pre className="mt-1 overflow-x-auto rounded bg-surface-sunken p-2 font-mono text-xs">{`curl "imap://${host}:${imap}/INBOX;UID=1" --user ${user.name}:${user.password}
curl "pop3://${host}:${pop3}/" --user ${user.name}:${user.password}
curl "smtp://${host}:${smtp}" --user ${user.name}:${user.password} \\
  --mail-from ${user.name}@example.org --mail-rcpt ${user.name}@example.org --upload-file message.txt`}</pre>
      </details>
    </section>
  )
}
