// Which folders a place shows, and which one a step should bring to the front. Pure functions over
// the view contract: a device's messages carry their folder, the server's their mailbox; a device's
// Outbox and the server's queue for other domains are shown as one more "folder" each.
import type { Protocol } from '@/lib/protocols'
import { FOLDER_NAMES, type DeviceView, type LaneView } from '@/lib/simulator/view'

/** The pseudo-folders: a device's messages waiting to be sent, the server's waiting for other servers. */
export const OUTBOX = 'Outbox'
export const OUTBOUND = 'Outgoing'

export interface FolderTab {
  /** The folder's name as the view spells it ("INBOX", "Sent"), or OUTBOX / OUTBOUND. */
  id: string
  /** What the tab says: "Inbox", "Sent", "Archive", "Outbox", "To other servers". */
  label: string
  count: number
  /** Messages waiting (Outbox, the outbound queue): drawn as a badge that stands out. */
  waiting?: boolean
}

const LABELS: Record<string, string> = { INBOX: 'Inbox', [OUTBOX]: 'Outbox', [OUTBOUND]: 'To other servers' }

export function folderLabel(id: string): string {
  return LABELS[id] ?? id
}

function countBy<T>(items: readonly T[], folderOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(folderOf(item), (counts.get(folderOf(item)) ?? 0) + 1)
  return counts
}

/** Standard folders first (in FOLDER_NAMES order), then any others by name. */
function ordered(names: Iterable<string>): string[] {
  const all = new Set(names)
  const standard = FOLDER_NAMES.filter((name) => all.has(name))
  const others = [...all].filter((name) => !(FOLDER_NAMES as readonly string[]).includes(name)).sort()
  return [...standard, ...others]
}

/**
 * Whether a lane shows folder switches at all: only once anything in it lives outside INBOX or
 * waits to be sent, so the scenarios that never file or send keep every card row for the inbox.
 */
export function laneUsesFolders(lane: LaneView): boolean {
  return (
    lane.server.messages.some((message) => message.mailbox !== 'INBOX') ||
    lane.server.outbound.length > 0 ||
    lane.devices.some((device) => device.outbox.length > 0 || device.messages.some((message) => message.folder !== 'INBOX'))
  )
}

/**
 * A device's folders. An IMAP device shows INBOX, Sent and Archive (the server's folders, empty or
 * not); a POP3 device only INBOX and its local Sent once it has one (RFC 1939 knows one maildrop).
 * The Outbox shows while something waits in it.
 */
export function deviceFolders(device: DeviceView, protocol: Protocol): FolderTab[] {
  const counts = countBy(device.messages, (message) => message.folder)
  const names = protocol === 'imap' ? ordered([...FOLDER_NAMES, ...counts.keys()]) : ordered(['INBOX', ...counts.keys()])
  const tabs: FolderTab[] = names.map((id) => ({ id, label: folderLabel(id), count: counts.get(id) ?? 0 }))
  if (device.outbox.length > 0) tabs.push({ id: OUTBOX, label: folderLabel(OUTBOX), count: device.outbox.length, waiting: true })
  return tabs
}

/** The server's mailboxes (over all users), and its queue for other domains while it holds any. */
export function serverFolders(server: LaneView['server'], protocol: Protocol): FolderTab[] {
  const counts = countBy(server.messages, (message) => message.mailbox)
  const names = protocol === 'imap' ? ordered([...FOLDER_NAMES, ...counts.keys()]) : ordered(['INBOX', ...counts.keys()])
  const tabs: FolderTab[] = names.map((id) => ({ id, label: folderLabel(id), count: counts.get(id) ?? 0 }))
  if (server.outbound.length > 0) tabs.push({ id: OUTBOUND, label: folderLabel(OUTBOUND), count: server.outbound.length, waiting: true })
  return tabs
}

/** The key of one message in the server's outbound queue (the view gives them no key of their own). */
export function outboundKey(index: number): string {
  return `outbound:${index}`
}

/**
 * The folders holding a changed key, in tab order. `folderOfKey` maps a key to its folder; a key it
 * does not know is ignored.
 */
export function changedFolders(tabs: readonly FolderTab[], changed: ReadonlySet<string>, folderOfKey: ReadonlyMap<string, string>): string[] {
  const hit = new Set<string>()
  for (const key of changed) {
    const folder = folderOfKey.get(key)
    if (folder) hit.add(folder)
  }
  return tabs.map((tab) => tab.id).filter((id) => hit.has(id))
}

/** The folder to show after a step: stay while the shown folder changed or nothing did; else go where the change is. */
export function followFolder(shown: string, changedIn: readonly string[]): string {
  if (changedIn.length === 0 || changedIn.includes(shown)) return shown
  return changedIn[0]
}
