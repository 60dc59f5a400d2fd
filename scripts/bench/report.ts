// How benchmark sections print a figure beside its budget, so every section reads the same.

import os from 'node:os'

export function printFigure(name: string, value: number | string, budget: string, met: boolean | null): void {
  const verdict = met === null ? '' : met ? '  (met)' : '  (MISSED)'
  console.log(`  ${name}: ${value}   budget: ${budget}${verdict}`)
}

export function printSection(title: string): void {
  console.log(`\n== ${title}`)
}

/** The first line of what went wrong, for a one-line note in the bench's output. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error)
}

/** The machine's 1-minute load average per core, printed beside timings (they swing with load). */
export function loadNote(): string {
  const [one] = os.loadavg()
  return `${Math.round(one * 10) / 10} / ${os.cpus().length} cores`
}
