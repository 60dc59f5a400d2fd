'use client'

// /live: every TCP connection to `npm run live` as a device in its protocol's lane, its
// transcript with notes and state, the server's mailboxes, and how to connect a mail client.

import { useState, useSyncExternalStore } from 'react'
import type { LiveConnectionView, LiveProtocol } from '@/lib/live'
import { ConnectionSettings } from './ConnectionSettings'
import { LiveServerPanel } from './LiveServerPanel'
import { LiveTranscript } from './LiveTranscript'
import { useLiveStream } from './useLiveStream'

const LANES: { protocol: LiveProtocol; title: string; accent: string }[] = [
  { protocol: 'pop3', title: 'POP3', accent: 'border-pop3' },
  { protocol: 'imap', title: 'IMAP', accent: 'border-imap' },
  { protocol: 'smtp', title: 'SMTP (sending)', accent: 'border-line' },
]

export function NotRunning() {
  return (
    <section aria-labelledby="live-off" className="rounded-lg border border-line bg-surface-raised p-4">
      <h2 id="live-off" className="text-lg font-semibold">
        The live server is not running here
      </h2>
      <p className="mt-1 max-w-prose">
        This page shows real mail clients talking to the lab, so it needs the lab&apos;s live server on your own computer. In a copy of
        the project, run:
      </p>
      <pre className="mt-2 rounded bg-surface-sunken p-2 font-mono text-sm">npm ci{'\n'}npm run live</pre>
      <p className="mt-2 max-w-prose">
        then open <code>http://localhost:3000/live</code>. This page keeps trying to connect, and shows the lab as soon as the server
        answers.
      </p>
    </section>
  )
}

function Device({ connection, selected, onSelect }: { connection: LiveConnectionView; selected: boolean; onSelect: () => void }) {
  // A new device slides in (CSS @starting-style; prefers-reduced-motion turns it off in globals.css).
  return (
    <li className="transition-[opacity,scale] duration-300 ease-out starting:scale-95 starting:opacity-0">
      <button
        type="button"
        onClick={onSelect}
        aria-pressed={selected}
        className={`live-device w-full rounded border px-2 py-1 text-left text-sm ${selected ? 'border-imap bg-imap-soft' : 'border-line bg-surface'}`}
      >
        <span className="block font-medium">{connection.name}</span>
        <span className="block text-xs text-ink-muted">
          {connection.peer} · {connection.state}
          {connection.user ? ` · ${connection.user}` : ''}
        </span>
      </button>
    </li>
  )
}

const noChanges = () => () => {}

export function LiveLab() {
  const state = useLiveStream('')
  const [selectedId, setSelectedId] = useState<number | undefined>()
  const [showNotes, setShowNotes] = useState(true)
  const hostname = useSyncExternalStore(
    noChanges,
    () => window.location.hostname || 'localhost',
    () => 'localhost',
  )

  const selected = state.connections.find((connection) => connection.id === selectedId) ?? state.connections.at(-1)

  return (
    <div className="flex flex-col gap-4">
      <p role="status" aria-live="polite" className="sr-only">
        {state.announcement}
      </p>
      {state.status === 'unavailable' ? <NotRunning /> : null}
      {state.status === 'connecting' && !state.info ? <p role="status">Connecting to the live server…</p> : null}
      {state.status === 'connecting' && state.info ? <p role="status">Connection to the live server lost; reconnecting…</p> : null}
      {state.info ? (
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <div className="flex flex-col gap-4">
            <section aria-labelledby="live-devices" className="rounded-lg border border-line bg-surface-raised p-4">
              <h2 id="live-devices" className="text-lg font-semibold">
                Connected devices
              </h2>
              <div className="mt-2 grid gap-3 sm:grid-cols-3">
                {LANES.map((lane) => {
                  const devices = state.connections.filter((connection) => connection.protocol === lane.protocol)
                  return (
                    <div key={lane.protocol} className={`rounded border-t-4 ${lane.accent} bg-surface p-2`}>
                      <h3 className="font-semibold">
                        {lane.title} <span className="text-sm font-normal text-ink-muted">port {state.info?.ports[lane.protocol]}</span>
                      </h3>
                      {devices.length === 0 ? (
                        <p className="text-sm text-ink-muted">No client connected.</p>
                      ) : (
                        <ul className="mt-1 flex flex-col gap-1" aria-label={`${lane.title} devices`}>
                          {devices.map((connection) => (
                            <Device key={connection.id} connection={connection} selected={connection === selected} onSelect={() => setSelectedId(connection.id)} />
                          ))}
                        </ul>
                      )}
                    </div>
                  )
                })}
              </div>
            </section>
            <section aria-labelledby="live-conversation" className="rounded-lg border border-line bg-surface-raised p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="live-conversation" className="text-lg font-semibold">
                  {selected ? `Conversation: ${selected.name}` : 'Conversation'}
                </h2>
                <label className="text-sm">
                  <input type="checkbox" checked={showNotes} onChange={(event) => setShowNotes(event.target.checked)} className="mr-1" />
                  Explain each line
                </label>
              </div>
              {selected ? (
                <>
                  <p className="text-sm text-ink-muted">
                    {selected.protocol.toUpperCase()} from {selected.peer}, state <strong>{selected.state}</strong>
                    {selected.user ? `, logged in as ${selected.user}` : ''}. The last 200 lines are kept.
                  </p>
                  <LiveTranscript connection={selected} showNotes={showNotes} />
                </>
              ) : (
                <p className="text-sm text-ink-muted">Connect a mail client (settings on the right) and its conversation appears here, line by line.</p>
              )}
            </section>
          </div>
          <div className="flex flex-col gap-4">
            <ConnectionSettings info={state.info} hostname={hostname} />
            {state.store ? <LiveServerPanel store={state.store} /> : null}
          </div>
        </div>
      ) : null}
    </div>
  )
}
