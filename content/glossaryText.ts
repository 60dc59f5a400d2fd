// Finds the glossary terms in a piece of running text (narration, a transcript note, a console
// explanation), so the UI can mark them. Pure: text in, segments out. Each term is marked once
// per text, at its first appearance, so a sentence does not turn into a row of links.

import { glossary, termMatches, type GlossaryEntry } from './glossary'

export type TextSegment = { text: string; entry?: undefined } | { text: string; entry: GlossaryEntry }

interface Pattern {
  entry: GlossaryEntry
  regex: RegExp
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Upper-case letters or a leading backslash mark a protocol keyword: matched exactly. */
const exact = (spelling: string) => /[A-Z]/.test(spelling.replace(/^\\/, '').slice(1)) || spelling.startsWith('\\')

const PATTERNS: readonly Pattern[] = glossary.flatMap((entry) =>
  termMatches(entry).map((spelling) => ({
    entry,
    regex: new RegExp(`(?<![\\w\\\\.])${escape(spelling)}(?![\\w])`, exact(spelling) ? 'g' : 'gi'),
  })),
)

/** Splits text into plain runs and glossary terms (first appearance of each entry only). */
export function glossarySegments(text: string): TextSegment[] {
  if (typeof text !== 'string' || text === '') return [{ text: '' }]
  const found: { start: number; end: number; entry: GlossaryEntry }[] = []
  for (const { entry, regex } of PATTERNS) {
    regex.lastIndex = 0
    for (let m = regex.exec(text); m; m = regex.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, entry })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const used = new Set<string>()
  const segments: TextSegment[] = []
  let at = 0
  for (const hit of found) {
    if (hit.start < at || used.has(hit.entry.id)) continue
    used.add(hit.entry.id)
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) })
    segments.push({ text: text.slice(hit.start, hit.end), entry: hit.entry })
    at = hit.end
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) })
  return segments
}
