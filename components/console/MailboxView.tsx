'use client'

import { DevicePanel } from '@/components/lanes/DevicePanel'
import { ServerPanel } from '@/components/lanes/ServerPanel'
import { StateDiagram } from '@/components/lab/StateDiagram'
import type { Protocol } from '@/lib/protocols'
import type { DeviceView } from '@/lib/simulator/view'
import { CONNECTION_STEPS, PROTOCOL_STATES, connectionStep, deviceMessages, outboundMessages, serverMailboxes, type ConsoleSession, type ConsoleTab } from '@/lib/console'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export interface MailboxViewProps {
  session: ConsoleSession
  activeTab: ConsoleTab | undefined
  /** Colours the server panel (a reading protocol: SMTP has no hue of its own). */
  protocol: Protocol
  onDeliver: () => void
}

/** The live mailbox: the server's INBOX, every connected device's view, and the active tab's state. */
export function MailboxView({ session, activeTab, protocol, onDeliver }: MailboxViewProps) {
  const { store } = session.server
  // The server panel shows the mailbox of whoever the active tab logged in as (the world's user before that).
  const user = activeTab?.connection.user ?? session.user
  const [inbox, ...others] = serverMailboxes(store, user, session.tabs.filter((tab) => (tab.connection.user ?? session.user) === user))
  const readers = session.tabs.filter((tab): tab is ConsoleTab & { protocol: Protocol } => tab.protocol !== 'smtp')
  const senders = session.tabs.filter((tab) => tab.protocol === 'smtp')
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">Live mailbox</h2>
      {activeTab && (
        <StateDiagram
          protocol={activeTab.protocol}
          deviceLabel={activeTab.label}
          steps={CONNECTION_STEPS}
          currentStep={connectionStep(activeTab.connection.closed, activeTab.dropped)}
          states={PROTOCOL_STATES[activeTab.protocol]}
          currentState={activeTab.connection.state}
        />
      )}
      <p className="text-sm text-ink-muted">
        The server below shows <span className="font-medium text-ink">{user}</span>&apos;s mailbox.
      </p>
      <ServerPanel
        protocol={protocol}
        server={{ bytesUsed: store.bytesUsed(user), quotaBytes: store.quotaBytes(user), messages: inbox?.messages ?? [], outbound: outboundMessages(session.server.outbound) }}
        onDeliver={onDeliver}
      />
      {others.length > 0 && (
        <section aria-label="Other mailboxes" className="rounded-xl border border-line bg-surface-raised p-3 text-sm">
          <h3 className="font-semibold">Other mailboxes on the server</h3>
          <ul className="mt-1 list-disc pl-5">
            {others.map((group) => (
              <li key={group.mailbox}>
                {group.mailbox}: {group.messages.length} {group.messages.length === 1 ? 'message' : 'messages'}
              </li>
            ))}
          </ul>
        </section>
      )}
      {readers.map((tab) => (
        <DevicePanel key={tab.id} protocol={tab.protocol} device={deviceView(tab, tab.connection.user ?? session.user)} active={tab === activeTab} />
      ))}
      {senders.length > 0 && (
        <section aria-label="Sending devices" className="rounded-xl border border-line bg-surface-raised p-3 text-sm">
          <h3 className="font-semibold">Sending (SMTP)</h3>
          <p className="text-ink-muted">SMTP only sends: these devices see no mailbox through it.</p>
          <ul className="mt-1 list-disc pl-5">
            {senders.map((tab) => (
              <li key={tab.id} className={tab === activeTab ? 'font-medium' : undefined}>
                {tab.label}: {tab.connection.closed ? (tab.dropped ? 'connection dropped' : 'disconnected') : `state ${tab.connection.state}`}
                {tab.connection.user ? `, logged in as ${tab.connection.user}` : ', not logged in'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function deviceView(tab: ConsoleTab & { protocol: Protocol }, user: string): DeviceView {
  const messages = deviceMessages(tab, user)
  const open = !tab.connection.closed
  return {
    id: tab.device,
    label: tab.label,
    online: open,
    bytesUsed: messages.reduce((total, message) => total + (message.hasBody ? message.size : 0), 0),
    accounts: [],
    messages,
    clientStep: tab.dropped ? 'connection dropped' : open ? `${PROTOCOL_LABELS[tab.protocol]} console` : 'disconnected',
    protocolState: open ? tab.connection.state : null,
    outbox: [],
    idling: false,
    nextCheckAt: null,
  }
}
