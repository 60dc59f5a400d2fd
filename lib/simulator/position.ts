// Where a simulation stands: a cursor over ticks. Action i (from 1) takes ticks[i-1] presses of
// "next"; cursor 0 is the starting world and cursor sum(ticks) the end.

export interface Position {
  /** The action reached (0 = the starting world). */
  step: number
  /** The tick within that action, from 0; the last tick is the action completed. */
  tick: number
}

export function totalTicks(ticks: readonly number[]): number {
  let total = 0
  for (const count of ticks) total += count
  return total
}

export function locate(cursor: number, ticks: readonly number[]): Position {
  let remaining = cursor
  for (let i = 0; i < ticks.length; i++) {
    if (remaining <= ticks[i]) return remaining === 0 ? { step: i, tick: Math.max(0, (ticks[i - 1] ?? 1) - 1) } : { step: i + 1, tick: remaining - 1 }
    remaining -= ticks[i]
  }
  return { step: ticks.length, tick: Math.max(0, (ticks[ticks.length - 1] ?? 1) - 1) }
}

/** The cursor at which action `step` is complete (0 for the starting world). */
export function endOf(step: number, ticks: readonly number[]): number {
  return totalTicks(ticks.slice(0, Math.max(0, Math.min(step, ticks.length))))
}

/** True when the position shows an action completed (or the starting world), not one mid-way. */
export function atBoundary(position: Position, ticks: readonly number[]): boolean {
  return position.step === 0 || position.tick >= ticks[position.step - 1] - 1
}
