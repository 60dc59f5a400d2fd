// Words and numbers the lab views show: byte sizes, message states, wire lines. Pure functions
// over the view contract (lib/simulator/view.ts); no protocol logic.
import type { DeviceMessageView, ServerMessageView } from '@/lib/simulator/view'
import type { Protocol } from '@/lib/protocols'
import { lineTexts, markServerLines, type MarkedLine } from '@/lib/protocols/wire'

export type MessageState = 'unread' | 'read' | 'deleted'

export const PROTOCOL_LABELS: Readonly<Record<Protocol, string>> = { pop3: 'POP3', imap: 'IMAP' }

/** Spelled out: these never contain "POP3" or "IMAP", so a lane's name stays unique as a substring. */
export const PROTOCOL_LONG_NAMES: Readonly<Record<Protocol, string>> = {
  pop3: 'Post Office Protocol',
  imap: 'Internet Message Access Protocol',
}

/**
 * The accessible name of the server or a device inside a lane: "Phone (Post Office Protocol)".
 * It starts with the place ("Mail server", "Phone"…) as the contract asks, and the lane qualifier
 * keeps landmarks unique when both lanes show (axe landmark-unique) without repeating "POP3"/"IMAP",
 * which would make `getByRole('region', { name: 'POP3' })` (a substring match in Playwright) ambiguous.
 */
export function placeRegionName(place: string, protocol: Protocol): string {
  return `${place} (${PROTOCOL_LONG_NAMES[protocol]})`
}

/** 623 → "623 bytes", 1536 → "1.5 kB", 10485760 → "10 MB" (1 kB = 1024 bytes, as mail clients count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kB'] : [bytes / (1024 * 1024), 'MB']
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${unit}`
}

export function serverMessageState(message: ServerMessageView): MessageState {
  if (message.flags.includes('\\Deleted')) return 'deleted'
  return message.flags.includes('\\Seen') ? 'read' : 'unread'
}

export function deviceMessageState(message: DeviceMessageView): MessageState {
  if (message.deleted) return 'deleted'
  return message.seen ? 'read' : 'unread'
}

/** Wire text → lines without their CRLF (lib/protocols/wire reads the wire). */
export function wireLines(text: string): string[] {
  return lineTexts(text)
}

/** The layoutId of a device's copy of a message; the server card holds a matching anchor until the copy exists. */
export function copyLayoutId(protocol: Protocol, key: string, device: string): string {
  return `${protocol}:${key}:${device}`
}

/** A server reply split into lines, each marked when it sits inside a multi-line body or a literal. */
export function serverReplyLines(protocol: Protocol, reply: string): Pick<MarkedLine, 'text' | 'inMultiline'>[] {
  return markServerLines(protocol, reply).map(({ text, inMultiline }) => ({ text, inMultiline }))
}

/** The transcript as plain text, one "C: " or "S: " line per wire line. */
export function transcriptText(entries: readonly { client: string | null; server: string }[]): string {
  const out: string[] = []
  for (const entry of entries) {
    if (entry.client !== null) out.push(`C: ${entry.client}`)
    for (const line of wireLines(entry.server)) out.push(`S: ${line}`)
  }
  return out.join('\n')
}

/** Simulated minutes in words: 0 → "0 min", 15 → "15 min", 65 → "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  if (whole < 60) return `${whole} min`
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** Whether a lane runs on the simulated clock: time has passed, or a device idles or polls. */
export function laneUsesClock(lane: { clockMinutes: number; devices: readonly { idling: boolean; nextCheckAt: number | null }[] }): boolean {
  return lane.clockMinutes > 0 || lane.devices.some((device) => device.idling || device.nextCheckAt !== null)
}
