// Words for the comparison table and lane header: folders, waiting messages, and how long each
// device took to see new mail. Pure functions over the view contract.
import { DEVICE_LABELS, type LaneView, type MinutesToSeeView } from '@/lib/simulator/view'
import { folderLabel } from './folders'
import { formatMinutes } from './timeText'

/** "Inbox 2, Sent 1, Archive 1", or '' when everything is in the inbox. */
export function folderSummary(folders: readonly string[]): string {
  if (folders.every((folder) => folder === 'INBOX')) return ''
  const counts = new Map<string, number>()
  for (const folder of folders) counts.set(folder, (counts.get(folder) ?? 0) + 1)
  return [...counts].map(([folder, n]) => `${folderLabel(folder)} ${n}`).join(', ')
}

/** Per message, in the order the lane lists them: its subject and each device's minutes. */
export function minutesBySubject(entries: readonly MinutesToSeeView[]): { key: string; subject: string; seen: { device: string; minutes: number }[] }[] {
  const out = new Map<string, { key: string; subject: string; seen: { device: string; minutes: number }[] }>()
  for (const entry of entries) {
    const row = out.get(entry.key) ?? { key: entry.key, subject: entry.subject, seen: [] }
    row.seen.push({ device: DEVICE_LABELS[entry.device], minutes: entry.minutes })
    out.set(entry.key, row)
  }
  return [...out.values()]
}

/** "'Hello' — Laptop after 0 min, Phone after 15 min". */
export function minutesText(row: ReturnType<typeof minutesBySubject>[number]): string {
  return `'${row.subject}' — ${row.seen.map(({ device, minutes }) => `${device} after ${formatMinutes(minutes)}`).join(', ')}`
}

/** The newest delivered message's line, for the lane header; null before any. */
export function latestMinutes(lane: Pick<LaneView, 'minutesToSee'>): string | null {
  const rows = minutesBySubject(lane.minutesToSee)
  const last = rows[rows.length - 1]
  return last ? minutesText(last) : null
}
