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

/** The set's spans as [low, high] pairs, sorted and merged, so each number appears once. */
function mergedSpans(ranges: readonly SeqRange[], star: number): [number, number][] {
  const spans = ranges.map((range) => bounds(range, star)).sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

/**
 * Message numbers 1..count named by the set, ascending and without repeats; undefined when any
 * lies beyond the mailbox (Dovecot answers BAD "Invalid messageset", imap-errors.json).
 */
export function resolveSequenceNumbers(ranges: readonly SeqRange[], count: number): number[] | undefined {
  if (count === 0) return undefined
  const result: number[] = []
  for (const [low, high] of mergedSpans(ranges, count)) {
    if (high > count) return undefined
    for (let seq = low; seq <= high; seq++) result.push(seq)
  }
  return result
}

/**
 * Indexes (0-based) into the mailbox's ascending UIDs of the messages the UID set names, found by
 * binary search so a single UID costs O(log n). `uidAt(i)` is the UID at index i. `*` is the
 * highest UID in the mailbox, so `559:*` always includes the last message (RFC 3501 §6.4.8).
 */
export function resolveUidSet(ranges: readonly SeqRange[], count: number, uidAt: (index: number) => number): number[] {
  if (count === 0) return []
  const result: number[] = []
  for (const [low, high] of mergedSpans(ranges, uidAt(count - 1))) {
    for (let index = firstIndexAtLeast(low, count, uidAt); index < count && uidAt(index) <= high; index++) result.push(index)
  }
  return result
}

function firstIndexAtLeast(uid: number, count: number, uidAt: (index: number) => number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (uidAt(middle) < uid) low = middle + 1
    else high = middle
  }
  return low
}

/** True when `value` lies in the set, `*` standing for `star` (SEARCH sequence-set keys). */
export function setContains(ranges: readonly SeqRange[], value: number, star: number): boolean {
  return ranges.some((range) => {
    const [low, high] = bounds(range, star)
    return value >= low && value <= high
  })
}
