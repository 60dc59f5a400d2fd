// What the figures were measured on, printed before the sections. The browser figures depend on
// the machine and its Chromium as much as on the code: on 2026-12-02 the same code scored 83-86 in
// Lighthouse mobile on one machine (load 1.6-3.3, first paints held 1-2 s; its Chromium version was
// not recorded) and 98-99 on another, quiet, with Chromium 150 (docs/performance.md). A figure
// printed without its browser and CPU cannot be compared with another.

import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { findChromium } from '../../test/e2e/chromium'
import { errorLine, loadNote } from './report'

/** The first line a command prints for `--version`, or why there is none. */
export function versionOf(run: () => { stdout?: string | Buffer | null; error?: Error }): string {
  try {
    const result = run()
    if (result.error) return `unknown (${errorLine(result.error)})`
    const line = String(result.stdout ?? '').split('\n').find((text) => text.trim() !== '')
    return line?.trim() ?? 'unknown (it printed nothing)'
  } catch (error) {
    return `unknown (${errorLine(error)})`
  }
}

export function machineLines(chromium: string): string[] {
  const cpus = os.cpus()
  return [`  CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores; load ${loadNote()}`, `  Node ${process.version}; ${chromium}`]
}

export function printMachine(): void {
  const chromium = versionOf(() => spawnSync(findChromium(), ['--version'], { encoding: 'utf8', timeout: 10_000 }))
  for (const line of machineLines(chromium)) console.log(line)
}
