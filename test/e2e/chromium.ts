// Finds a locally installed Chromium for the browser tests. It never downloads one.
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/**
 * Chromium flags for tests and benchmarks: no sandbox (containers), no GPU, and no background
 * traffic on a closed network (without these, Chromium floods it with connection attempts).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const INSTALL_HINT =
  'Install Chromium with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable. The tests never download a browser ' +
  '(do not run `playwright install`).'

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(name: string, searchPath: string): string | undefined {
  return searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutable)
}

/**
 * The Chromium to drive: CHROMIUM_PATH, then /usr/bin/chromium, then chromium-browser,
 * google-chrome (or chromium, google-chrome-stable) on PATH. Throws how to install one if none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH
  if (configured) {
    if (isExecutable(configured)) return configured
    throw new Error(`CHROMIUM_PATH is set to "${configured}", but no executable is there. ${INSTALL_HINT}`)
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium'
  for (const name of ['chromium-browser', 'google-chrome', 'chromium', 'google-chrome-stable']) {
    const found = onPath(name, env.PATH ?? '')
    if (found) return found
  }
  throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`)
}
