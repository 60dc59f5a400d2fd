'use client'

import { useId, useState } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import type { Protocol } from '@/lib/protocols'
import { DEVICE_IDS, DEVICE_LABELS } from '@/lib/simulator/view'
import { CONSOLE_WORLDS, type ConsoleWorld } from '@/content/console/worlds'
import { ChallengesPanel } from './ChallengesPanel'
import { ConnectionTabs } from './ConnectionTabs'
import { MailboxView } from './MailboxView'
import { explainWireLine } from '@/components/transcript/explainWireLine'
import type { ConsoleDeps, ConsoleTab } from '@/lib/console'
import { Terminal } from './Terminal'
import type { Explain } from './TranscriptLine'
import { useConsoleSession } from './useConsoleSession'

const EXPLAIN: Record<Protocol, Explain> = {
  pop3: (line, direction, position) => explainWireLine('pop3', direction, line, position),
  imap: (line, direction, position) => explainWireLine('imap', direction, line, position),
}
const PROTOCOL_NAMES: Record<Protocol, string> = { pop3: 'POP3', imap: 'IMAP' }

export interface ConsoleAppProps {
  /** The server and command registries (consoleDeps.ts in the page; stand-ins in tests). */
  deps: ConsoleDeps
  worlds?: readonly ConsoleWorld[]
}

/** The console: pick a world and a protocol, talk to the server in device tabs, watch the mailbox. */
export function ConsoleApp({ deps, worlds = CONSOLE_WORLDS }: ConsoleAppProps) {
  const worldId = useId()
  const [world, setWorld] = useState(worlds[0])
  const [protocol, setProtocol] = useState<Protocol>('pop3')
  const { session, restart } = useConsoleSession(deps, world, protocol)
  const [activeId, setActiveId] = useState<string | undefined>(() => session.tabs[0]?.id)
  const [showCrlf, setShowCrlf] = useState(false)
  const [notice, setNotice] = useState('')
  const [focusTabId, setFocusTabId] = useState<string | null>(null)

  const activeTab = session.tab(activeId ?? '') ?? session.tabs[0]
  const used = new Set(session.tabs.map((tab) => tab.device))
  const nextDevice = DEVICE_IDS.find((id) => !used.has(id))

  function startOver(nextWorld: ConsoleWorld, nextProtocol: Protocol) {
    restart(nextWorld, nextProtocol)
    setActiveId(undefined)
    setNotice(`Started over: ${nextWorld.title}, one ${PROTOCOL_NAMES[nextProtocol]} connection on the Phone.`)
  }

  function connect() {
    if (!nextDevice) return
    const tab = session.openTab(protocol, nextDevice)
    setActiveId(tab.id)
    setFocusTabId(tab.id)
    setNotice(`${tab.label} connected over ${PROTOCOL_NAMES[protocol]}.`)
  }

  function deliver() {
    const stored = session.deliver()
    setNotice(stored ? 'A new message arrived in the INBOX.' : 'The message could not be delivered (over quota).')
  }

  function pickProtocol(next: Protocol) {
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
        />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass}
            disabled={tab.connection.closed}
            onClick={() => {
              session.drop(tab.id)
              setNotice(`${tab.label}'s connection dropped without ${tab.protocol === 'pop3' ? 'QUIT' : 'LOGOUT'}.`)
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
            {(['pop3', 'imap'] as const).map((value) => (
              <label key={value} className="inline-flex items-center gap-1.5 text-sm">
                <input type="radio" name="console-protocol" value={value} checked={protocol === value} onChange={() => pickProtocol(value)} />
                {PROTOCOL_NAMES[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={!nextDevice} onClick={connect}>
            {nextDevice ? `Connect the ${DEVICE_LABELS[nextDevice]} (${PROTOCOL_NAMES[protocol]})` : 'All four devices are connected'}
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
      {/* Reading order (and the phone layout): terminal, mailbox, challenges. From lg, the mailbox is a column of its own. */}
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
          <MailboxView session={session} activeTab={activeTab} protocol={activeTab?.protocol ?? protocol} onDeliver={deliver} />
        </div>
        <div className="min-w-0 lg:col-start-1">
          <ChallengesPanel solved={session.solved} announcement={session.announcement} />
        </div>
      </div>
    </div>
  )
}
