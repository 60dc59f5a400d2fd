'use client'

// /live: every TCP connection to `npm run live` as a device in the lab's lane of its protocol
// (LiveLanes), the SMTP clients' conversations, and how to connect a mail client.

import { useSyncExternalStore } from 'react'
import type { LiveConnectionView } from '@/lib/live'
import { ConnectionSettings } from './ConnectionSettings'
import { LiveLanes } from './LiveLanes'
import { LiveTranscript } from './LiveTranscript'
import { useLiveStream } from './useLiveStream'
import { CLOSED_STATE } from '@/lib/live/liveState'

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

function SmtpClients({ connections, port }: { connections: LiveConnectionView[]; port: number }) {
  // SMTP has no lane in the lab (its lanes are the two ways of reading mail): a sending client's
  // conversation shows here, line by line, so a message sent and then read is visible end to end.
  return (
    <section aria-labelledby="live-smtp" className="rounded-lg border border-line bg-surface-raised p-4">
      <h2 id="live-smtp" className="text-lg font-semibold">
        Sending (SMTP) <span className="text-sm font-normal text-ink-muted">port {port}</span>
      </h2>
      {connections.length === 0 ? (
        <p className="text-sm text-ink-muted">No SMTP client connected. Mail sent to a local user arrives in the lanes above.</p>
      ) : (
        connections.map((connection) => (
          <div key={connection.id} className="mt-2">
            <h3 className="text-sm font-semibold">
              {connection.name}{' '}
              <span className="font-normal text-ink-muted">· {connection.state === CLOSED_STATE ? 'disconnected (the latest session, kept until the next one ends)' : connection.state}</span>
            </h3>
            <LiveTranscript connection={connection} showNotes />
          </div>
        ))
      )}
    </section>
  )
}

const noChanges = () => () => {}

export function LiveLab() {
  const state = useLiveStream('')
  const hostname = useSyncExternalStore(
    noChanges,
    () => window.location.hostname || 'localhost',
    () => 'localhost',
  )

  return (
    <div className="flex flex-col gap-4">
      <p role="status" aria-live="polite" className="sr-only">
        {state.announcement}
      </p>
      {state.status === 'unavailable' ? <NotRunning /> : null}
      {state.status === 'connecting' && !state.info ? <p role="status">Connecting to the live server…</p> : null}
      {state.status === 'connecting' && state.info ? <p role="status">Connection to the live server lost; reconnecting…</p> : null}
      {state.info ? (
        <>
          <LiveLanes state={state} ports={state.info.ports} />
          <div className="grid gap-4 lg:grid-cols-2">
            <SmtpClients connections={state.connections.filter((connection) => connection.protocol === 'smtp')} port={state.info.ports.smtp} />
            <ConnectionSettings info={state.info} hostname={hostname} />
          </div>
        </>
      ) : null}
    </div>
  )
}
