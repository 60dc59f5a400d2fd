// The end of a scenario: what the server and each device hold under POP3 and under IMAP, with
// round trips, bytes on the wire and storage. A real table, so it reads well by row or column.
import type { Protocol } from '@/lib/protocols'
import { DEVICE_IDS, DEVICE_LABELS, type DeviceMessageView, type LaneView, type ServerMessageView } from '@/lib/simulator/view'
import { accentText } from '@/components/lanes/styles'
import { formatBytes } from '@/lib/viewModel/formatBytes'
import { deviceMessageState, serverMessageState, type MessageState } from '@/lib/viewModel/messageState'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import { folderSummary, minutesBySubject, minutesText } from '@/lib/viewModel/placeText'

export interface ComparisonTableProps {
  lanes: Partial<Record<Protocol, LaneView>>
  caption?: string
}

function holdings(states: MessageState[], headersOnly = 0): string {
  if (states.length === 0) return 'No messages'
  const counts = (['unread', 'read', 'deleted'] as const)
    .map((state) => [state, states.filter((s) => s === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`)
  const total = `${states.length} ${states.length === 1 ? 'message' : 'messages'}`
  return `${total} (${counts.join(', ')}${headersOnly ? `; ${headersOnly} headers only` : ''})`
}

function Subjects({ messages }: { messages: (ServerMessageView | DeviceMessageView)[] }) {
  if (messages.length === 0) return null
  return <span className="block text-xs text-ink-muted">{messages.map((message) => message.subject).join(', ')}</span>
}

function Folders({ summary }: { summary: string }) {
  return summary ? <span className="block text-xs">In folders: {summary}</span> : null
}

export function ComparisonTable({ lanes, caption = 'Where the mail ended up' }: ComparisonTableProps) {
  const protocols = (['pop3', 'imap'] as const).filter((protocol) => lanes[protocol])
  const deviceIds = DEVICE_IDS.filter((id) => protocols.some((protocol) => lanes[protocol]?.devices.some((device) => device.id === id)))
  const cell = 'border-t border-line px-3 py-2 align-top'
  const rowHead = `${cell} text-left font-medium`
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface-raised">
      <table className="w-full min-w-[20rem] border-collapse text-sm">
        <caption className="px-3 pt-3 pb-2 text-left text-base font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium text-ink-muted">
              Place or measure
            </th>
            {protocols.map((protocol) => (
              <th key={protocol} scope="col" className={`px-3 py-2 text-left font-semibold ${accentText[protocol]}`}>
                {PROTOCOL_LABELS[protocol]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className={rowHead}>
              Mail server
            </th>
            {protocols.map((protocol) => {
              const server = lanes[protocol]!.server
              return (
                <td key={protocol} className={cell}>
                  {holdings(server.messages.map(serverMessageState))}
                  <Folders summary={folderSummary(server.messages.map((message) => message.mailbox))} />
                  {server.outbound.length > 0 && <span className="block">{server.outbound.length} waiting to go to other servers</span>}
                  <Subjects messages={server.messages} />
                </td>
              )
            })}
          </tr>
          {deviceIds.map((id) => (
            <tr key={id}>
              <th scope="row" className={rowHead}>
                {DEVICE_LABELS[id]}
              </th>
              {protocols.map((protocol) => {
                const device = lanes[protocol]!.devices.find((candidate) => candidate.id === id)
                return (
                  <td key={protocol} className={cell}>
                    {device ? (
                      <>
                        {holdings(device.messages.map(deviceMessageState), device.messages.filter((m) => !m.hasBody).length)}
                        {!device.online && ' · offline'}
                        <Folders summary={folderSummary(device.messages.map((message) => message.folder))} />
                        {device.outbox.length > 0 && <span className="block">{device.outbox.length} waiting in the Outbox</span>}
                        <Subjects messages={device.messages} />
                      </>
                    ) : (
                      'Not in this lane'
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
          {protocols.some((protocol) => lanes[protocol]!.minutesToSee.length > 0) && (
            <tr>
              <th scope="row" className={rowHead}>
                Minutes until each device saw new mail
              </th>
              {protocols.map((protocol) => {
                const rows = minutesBySubject(lanes[protocol]!.minutesToSee)
                return (
                  <td key={protocol} className={cell}>
                    {rows.length === 0 ? 'No new mail seen' : rows.map((row) => <span key={row.key} className="block">{minutesText(row)}</span>)}
                  </td>
                )
              })}
            </tr>
          )}
          <tr>
            <th scope="row" className={rowHead}>
              Round trips
            </th>
            {protocols.map((protocol) => (
              <td key={protocol} className={cell}>
                {lanes[protocol]!.metrics.roundTrips}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={rowHead}>
              Bytes sent / received
            </th>
            {protocols.map((protocol) => {
              const { bytesToServer, bytesFromServer } = lanes[protocol]!.metrics
              return (
                <td key={protocol} className={cell}>
                  {formatBytes(bytesToServer)} sent / {formatBytes(bytesFromServer)} received
                </td>
              )
            })}
          </tr>
          <tr>
            <th scope="row" className={rowHead}>
              Storage used
            </th>
            {protocols.map((protocol) => {
              const lane = lanes[protocol]!
              return (
                <td key={protocol} className={cell}>
                  Server {formatBytes(lane.server.bytesUsed)}
                  {lane.devices.map((device) => `; ${device.label} ${formatBytes(device.bytesUsed)}`).join('')}
                </td>
              )
            })}
          </tr>
        </tbody>
      </table>
    </div>
  )
}
