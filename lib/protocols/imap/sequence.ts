// Sequence sets (RFC 3501 §9 sequence-set): `1:*`, `2,4:5`, `*`, by message number or by UID
// (RFC 3501 §6.4.8). Message numbers out of range are an error; UIDs out of range match nothing.

export type SeqNumber = number | '*'

export interface SeqRange {
  readonly from: SeqNumber
  readonly to: SeqNumber
}

const MAX_NUMBER = 4294967295

/** Parses a sequence set, or returns undefined when it is not one. */
export function parseSequenceSet(text: string): SeqRange[] | undefined {
  if (text.length === 0) return undefined
  const ranges: SeqRange[] = []
  for (const piece of text.split(',')) {
    const bounds = piece.split(':')
    if (bounds.length > 2) return undefined
    const from = parseNumber(bounds[0])
    const to = bounds.length === 2 ? parseNumber(bounds[1]) : from
    if (from === undefined || to === undefined) return undefined
    ranges.push({ from, to })
  }
  return ranges
}

function parseNumber(text: string): SeqNumber | undefined {
  if (text === '*') return '*'
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return undefined
  const value = Number(text)
  return value <= MAX_NUMBER ? value : undefined
}

function bounds(range: SeqRange, star: number): [number, number] {
  const a = range.from === '*' ? star : range.from
  const b = range.to === '*' ? star : range.to
  return a <= b ? [a, b] : [b, a]
}

/**
 * Message numbers 1..count named by the set, ascending and without repeats; undefined when any
 * lies beyond the mailbox (Dovecot answers BAD "Invalid messageset", imap-errors.json).
 */
export function resolveSequenceNumbers(ranges: readonly SeqRange[], count: number): number[] | undefined {
  const wanted = new Set<number>()
  for (const range of ranges) {
    const [low, high] = bounds(range, count)
    if (count === 0 || high > count) return undefined
    for (let seq = low; seq <= high; seq++) wanted.add(seq)
  }
  return [...wanted].sort((a, b) => a - b)
}

/**
 * Indexes (0-based) into `uids` (ascending) of the messages the UID set names. `*` is the
 * highest UID in the mailbox, so `559:*` always includes the last message (RFC 3501 §6.4.8).
 */
export function resolveUidSet(ranges: readonly SeqRange[], uids: readonly number[]): number[] {
  if (uids.length === 0) return []
  const star = uids[uids.length - 1]
  const spans = ranges.map((range) => bounds(range, star))
  const result: number[] = []
  for (let i = 0; i < uids.length; i++) {
    const uid = uids[i]
    if (spans.some(([low, high]) => uid >= low && uid <= high)) result.push(i)
  }
  return result
}

/** True when `value` lies in the set, `*` standing for `star` (SEARCH sequence-set keys). */
export function setContains(ranges: readonly SeqRange[], value: number, star: number): boolean {
  return ranges.some((range) => {
    const [low, high] = bounds(range, star)
    return value >= low && value <= high
  })
}
