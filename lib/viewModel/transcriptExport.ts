// The transcript as plain text, for the copy button: one "C: " or "S: " line per wire line.
import { lineTexts } from '@/lib/protocols/wire'

export function transcriptText(entries: readonly { client: string | null; server: string }[]): string {
  const out: string[] = []
  for (const entry of entries) {
    if (entry.client !== null) out.push(`C: ${entry.client}`)
    for (const line of lineTexts(entry.server)) out.push(`S: ${line}`)
  }
  return out.join('\n')
}
