// Command history for the console's input: ↑ walks back through the lines sent, ↓ walks forward,
// and walking past the newest line returns to the draft the learner was typing. Immutable values,
// so React state can hold one directly.

export interface History {
  /** Lines sent, oldest first. Consecutive duplicates are kept once, as shells do. */
  readonly entries: readonly string[]
  /** Index into entries while browsing, or null when editing the draft. */
  readonly cursor: number | null
  /** What the learner had typed before they started browsing. */
  readonly draft: string
}

export const EMPTY_HISTORY: History = { entries: [], cursor: null, draft: '' }

/** Records a line that was sent (blank lines are not recorded) and stops browsing. */
export function recordLine(history: History, line: string): History {
  const last = history.entries[history.entries.length - 1]
  const entries = line.trim() === '' || line === last ? history.entries : [...history.entries, line]
  return { entries, cursor: null, draft: '' }
}

/** ↑: the previous line. Returns the new history and the text the input should show. */
export function historyUp(history: History, current: string): { history: History; text: string } {
  if (history.entries.length === 0) return { history, text: current }
  if (history.cursor === null) {
    const cursor = history.entries.length - 1
    return { history: { ...history, cursor, draft: current }, text: history.entries[cursor] }
  }
  const cursor = Math.max(0, history.cursor - 1)
  return { history: { ...history, cursor }, text: history.entries[cursor] }
}

/** ↓: the next line, or back to the draft after the newest one. */
export function historyDown(history: History, current: string): { history: History; text: string } {
  if (history.cursor === null) return { history, text: current }
  const cursor = history.cursor + 1
  if (cursor >= history.entries.length) return { history: { ...history, cursor: null }, text: history.draft }
  return { history: { ...history, cursor }, text: history.entries[cursor] }
}
