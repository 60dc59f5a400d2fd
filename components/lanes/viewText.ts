// Words and numbers the lab views show: byte sizes, message states, wire lines. Pure functions
// over the view contract (lib/simulator/view.ts); no protocol logic.
import type { DeviceMessageView, ServerMessageView } from '@/lib/simulator/view'
import type { Protocol } from '@/lib/protocols'

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

/** Wire text → lines without their CRLF (the final line end does not start an empty line). */
export function wireLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r\n|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The layoutId of a device's copy of a message; the server card holds a matching anchor until the copy exists. */
export function copyLayoutId(protocol: Protocol, key: string, device: string): string {
  return `${protocol}:${key}:${device}`
}

export interface WireLine {
  text: string
  /** Inside a POP3 multi-line body or an IMAP literal (what explainLine calls inMultiline). */
  inMultiline: boolean
}

const encoder = new TextEncoder()

/** A server reply split into lines, each marked when it sits inside a multi-line body or a literal. */
export function serverReplyLines(protocol: Protocol, reply: string): WireLine[] {
  const lines = wireLines(reply)
  if (protocol === 'pop3') {
    const multi = lines.length > 1 && lines[0].startsWith('+OK') && lines[lines.length - 1] === '.'
    return lines.map((text, i) => ({ text, inMultiline: multi && i > 0 && i < lines.length - 1 }))
  }
  let remaining = 0
  return lines.map((text) => {
    const inLiteral = remaining > 0
    if (inLiteral) remaining -= encoder.encode(text).length + 2
    else remaining = Number(/\{(\d{1,9})\+?\}$/.exec(text)?.[1] ?? 0)
    return { text, inMultiline: inLiteral }
  })
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
