'use client'

import { Suspense, useId, useState } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import type { MailProtocol, Protocol } from '@/lib/protocols'
import { DEVICE_IDS, DEVICE_LABELS } from '@/lib/simulator/view'
import { CONSOLE_WORLDS, type ConsoleWorld } from '@/content/console/worlds'
import { ChallengesPanel } from './ChallengesPanel'
import { ConnectionTabs } from './ConnectionTabs'
import { MailboxView } from './MailboxView'
import { explainWireLine } from '@/components/transcript/explainWireLine'
import { plainCredentials, type ConsoleDeps, type ConsoleTab } from '@/lib/console'
import { Terminal } from './Terminal'
import type { Explain } from './TranscriptLine'
import { useConsoleSession } from './useConsoleSession'

const EXPLAIN: Record<MailProtocol, Explain> = {
  pop3: (line, direction, position) => explainWireLine('pop3', direction, line, position),
  imap: (line, direction, position) => explainWireLine('imap', direction, line, position),
  smtp: (line, direction, position) => explainWireLine('smtp', direction, line, position),
}
const PROTOCOL_CHOICES: readonly { value: MailProtocol; label: string }[] = [
  { value: 'pop3', label: 'POP3' },
  { value: 'imap', label: 'IMAP' },
  { value: 'smtp', label: 'SMTP (sending)' },
]
/** How each protocol ends a session politely: what "Drop connection" skips. */
const GOODBYE: Record<MailProtocol, string> = { pop3: 'QUIT', imap: 'LOGOUT', smtp: 'QUIT' }

export interface ConsoleAppProps {
  /** The server and command registries (consoleDeps.ts in the page; stand-ins in tests). */
  deps: ConsoleDeps
  worlds?: readonly ConsoleWorld[]
}

/** The console: pick a world and a protocol, talk to the server in device tabs, watch the mailbox. */
export function ConsoleApp({ deps, worlds = CONSOLE_WORLDS }: ConsoleAppProps) {
  const worldId = useId()
  const [world, setWorld] = useState(worlds[0])
  const [protocol, setProtocol] = useState<MailProtocol>('pop3')
  const { session, restart } = useConsoleSession(deps, world, protocol)
  const [activeId, setActiveId] = useState<string | undefined>(() => session.tabs[0]?.id)
  const [showCrlf, setShowCrlf] = useState(false)
  const [notice, setNotice] = useState('')
  const [focusTabId, setFocusTabId] = useState<string | null>(null)
  const [draft, setDraft] = useState<{ tabId: string; text: string; id: number } | null>(null)

  const activeTab = session.tab(activeId ?? '') ?? session.tabs[0]
  const used = new Set(session.tabs.map((tab) => tab.device))
  const nextDevice = DEVICE_IDS.find((id) => !used.has(id))

  // The world's own user, whose AUTH PLAIN line the SMTP tab can fill in (base64 is hard to type by hand).
  const login = world.users.find((user) => user.name === world.user) ?? world.users[0]

  function startOver(nextWorld: ConsoleWorld, nextProtocol: MailProtocol) {
    restart(nextWorld, nextProtocol)
    setActiveId(undefined)
    setNotice(`Started over: ${nextWorld.title}, one ${PROTOCOL_LABELS[nextProtocol]} connection on the Phone.`)
  }

  function connect() {
    if (!nextDevice) return
    const tab = session.openTab(protocol, nextDevice)
    setActiveId(tab.id)
    setFocusTabId(tab.id)
    setNotice(`${tab.label} connected over ${PROTOCOL_LABELS[protocol]}.`)
  }

  function deliver() {
    const stored = session.deliver()
    setNotice(stored ? 'A new message arrived in the INBOX.' : 'The message could not be delivered (over quota).')
  }

  function pickProtocol(next: MailProtocol) {
    setProtocol(next)
    // Nothing typed yet: switch the open connection too, rather than leave a tab of the other protocol.
    if (session.tabs.every((tab) => tab.sent.length === 0)) startOver(world, next)
  }

  function renderPanel(tab: ConsoleTab) {
    return (
      <div className="flex flex-col gap-2">
        <Terminal
          label={tab.label}
          protocol={tab.protocol}
          entries={tab.entries}
          state={tab.connection.state}
          closed={tab.connection.closed}
          literal={tab.literal}
          sent={tab.sent}
          commands={deps.allowed(tab.protocol, tab.connection.state)}
          showCrlf={showCrlf}
          explain={EXPLAIN[tab.protocol]}
          onSubmit={(line) => session.submit(tab.id, line)}
          focusOnMount={tab.id === focusTabId}
          draft={draft?.tabId === tab.id ? draft : undefined}
        />
        <div className="flex flex-wrap gap-2">
          {tab.protocol === 'smtp' && login && (
            <button
              type="button"
              className={buttonClass}
              disabled={tab.connection.closed || tab.connection.user !== undefined || tab.connection.state === 'data'}
              onClick={() => {
                setDraft({ tabId: tab.id, text: `AUTH PLAIN ${plainCredentials(login.name, login.password)}`, id: (draft?.id ?? 0) + 1 })
                setNotice(`The login line for ${login.name} is in ${tab.label}'s command field. Press Enter to send it.`)
              }}
            >
              Fill in the login for {login.name}
            </button>
          )}
          <button
            type="button"
            className={buttonClass}
            disabled={tab.connection.closed}
            onClick={() => {
              session.drop(tab.id)
              setNotice(`${tab.label}'s connection dropped without ${GOODBYE[tab.protocol]}.`)
            }}
          >
            Drop connection
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              session.closeTab(tab.id)
              const next = session.tabs[0]?.id
              setActiveId(next)
              // Keep keyboard focus on the page: on the tab that is now selected.
              if (next) requestAnimationFrame(() => document.getElementById(`${next}-tab`)?.focus())
              setNotice(`${tab.label}'s tab closed.`)
            }}
          >
            Close {tab.label} tab
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 rounded-xl border border-line bg-surface-raised p-3 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor={worldId} className="text-sm font-medium">
            Starting world
          </label>
          <select
            id={worldId}
            value={world.id}
            onChange={(event) => {
              const next = worlds.find((candidate) => candidate.id === event.target.value) ?? worlds[0]
              setWorld(next)
              startOver(next, protocol)
            }}
            className="rounded-md border border-line bg-surface-raised px-2 py-1.5 text-sm"
          >
            {worlds.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Protocol</legend>
          <div className="flex gap-3 pt-1">
            {PROTOCOL_CHOICES.map(({ value, label }) => (
              <label key={value} className="inline-flex items-center gap-1.5 text-sm">
                <input type="radio" name="console-protocol" value={value} checked={protocol === value} onChange={() => pickProtocol(value)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={!nextDevice} onClick={connect}>
            {nextDevice ? `Connect the ${DEVICE_LABELS[nextDevice]} (${PROTOCOL_LABELS[protocol]})` : 'All four devices are connected'}
          </button>
          <button type="button" className={buttonClass} onClick={() => startOver(world, protocol)}>
            Start over
          </button>
        </div>
        <label className="inline-flex items-center gap-1.5 text-sm sm:ml-auto">
          <input type="checkbox" checked={showCrlf} onChange={(event) => setShowCrlf(event.target.checked)} />
          Show CRLF
        </label>
      </div>
      <p className="text-sm text-ink-muted">{world.description}</p>
      <p role="status" className="sr-only">
        {notice}
      </p>
      {/* Reading order (and the phone layout): terminal, mailbox, challenges. From lg, the mailbox is a column of its own.
          The mailbox and the challenges are Suspense boundaries of their own (nothing in them suspends) for the
          prerendered first view (ConsoleGate): React's server renderer writes a page's HTML in place only up to 12.8 KB
          and moves the rest to the end of the document, behind its boundary's fallback. So the controls and the
          terminal, on top, are written in place, and what is below shows no "Starting…" fallback meanwhile. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="flex min-w-0 flex-col gap-2 lg:col-start-1">
          <h2 className="sr-only">Connections</h2>
          {session.tabs.length > 0 ? (
            <ConnectionTabs tabs={session.tabs} activeId={activeTab?.id} onSelect={setActiveId} renderPanel={renderPanel} />
          ) : (
            <p className="text-sm text-ink-muted">No connection is open. Connect a device to start typing.</p>
          )}
        </div>
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <Suspense>
            <MailboxView session={session} activeTab={activeTab} protocol={panelProtocol(activeTab, session.tabs, protocol)} onDeliver={deliver} />
          </Suspense>
        </div>
        <div className="min-w-0 lg:col-start-1">
          <Suspense>
            <ChallengesPanel solved={session.solved} announcement={session.announcement} />
          </Suspense>
        </div>
      </div>
    </div>
  )
}

/** The server panel's colour: the active tab's reading protocol, else the first reading tab's, else IMAP's. */
function panelProtocol(active: ConsoleTab | undefined, tabs: readonly ConsoleTab[], picked: MailProtocol): Protocol {
  const reading = (p: MailProtocol | undefined): p is Protocol => p === 'pop3' || p === 'imap'
  if (reading(active?.protocol)) return active.protocol
  const first = tabs.find((tab) => reading(tab.protocol))?.protocol
  if (reading(first)) return first
  return reading(picked) ? picked : 'imap'
}
