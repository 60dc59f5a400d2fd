// Builds the static export (out/) only when it is missing or older than its sources. Shared by
// `npm start` (scripts/start.mjs) and the browser tests (test/e2e/globalSetup.ts).
//
// Several people may run `npm start` or `npm test` in one checkout at once, so a build runs under
// a lock: a second caller waits for the first build, then finds the export fresh. A caller can also
// copy the fresh export away while still holding the lock (the browser tests do), so a later
// rebuild cannot change the files under a running test.

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeBasePath } from './serve.mjs'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const OUT_DIR = path.join(PROJECT_ROOT, 'out')

/** What the export is built from: a change to any of these (or to BASE_PATH) means a rebuild. */
export const SOURCE_DIRS = ['app', 'components', 'lib', 'content', 'public']
export const SOURCE_FILES = [
  'next.config.mjs',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
]

const STAMP = path.join(OUT_DIR, '.export-stamp.json')
const LOCK = path.join(
  os.tmpdir(),
  `mail-protocol-lab-export-${createHash('sha1').update(PROJECT_ROOT).digest('hex').slice(0, 12)}.lock`,
)

async function mtimeOf(file) {
  try {
    return (await stat(file)).mtimeMs
  } catch {
    return 0
  }
}

/** The newest modification time among the sources (directories count, so deletions do too). */
async function newestSourceTime() {
  let newest = 0
  async function walk(dir) {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    newest = Math.max(newest, await mtimeOf(dir))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else newest = Math.max(newest, await mtimeOf(full))
    }
  }
  for (const dir of SOURCE_DIRS) await walk(path.join(PROJECT_ROOT, dir))
  for (const file of SOURCE_FILES) newest = Math.max(newest, await mtimeOf(path.join(PROJECT_ROOT, file)))
  return newest
}

/** Why out/ must be rebuilt for this base path, or null when it is fresh. */
export async function staleReason(basePath = '') {
  let stamp
  try {
    stamp = JSON.parse(await readFile(STAMP, 'utf8'))
  } catch {
    return 'out/ has not been built yet'
  }
  if (stamp.basePath !== normalizeBasePath(basePath)) {
    return `out/ was built for BASE_PATH "${stamp.basePath}", not "${normalizeBasePath(basePath)}"`
  }
  for (const page of ['index.html', '404.html']) {
    if (!(await mtimeOf(path.join(OUT_DIR, page)))) return `out/${page} is missing`
  }
  if ((await newestSourceTime()) > stamp.startedAt) return 'sources changed since the last build'
  return null
}

function runBuild(basePath, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BASE_PATH: basePath, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`next build failed (exit code ${code})${quiet ? `:\n${output}` : ''}`))
    })
  })
}

function processIsAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

async function withLock(task, log) {
  let waiting = false
  for (;;) {
    try {
      await mkdir(LOCK)
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      const owner = Number(await readFile(path.join(LOCK, 'pid'), 'utf8').catch(() => ''))
      if (owner && !processIsAlive(owner)) {
        await rm(LOCK, { recursive: true, force: true })
        continue
      }
      if (!waiting) log(`Waiting for another build of out/ (process ${owner || 'unknown'}) to finish…`)
      waiting = true
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  try {
    await writeFile(path.join(LOCK, 'pid'), String(process.pid))
    return await task()
  } finally {
    await rm(LOCK, { recursive: true, force: true })
  }
}

/**
 * Makes sure out/ holds a fresh export for `basePath`, building it when needed.
 * `quiet` hides the build's own output unless it fails; `copyTo` copies the fresh export there
 * before the lock is released. Resolves to `{ built, reason }`.
 *
 * @param {{ basePath?: string, quiet?: boolean, copyTo?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ built: boolean, reason: string | null }>}
 */
export async function ensureExport({ basePath = process.env.BASE_PATH ?? '', quiet = false, copyTo, log = console.log } = {}) {
  const prefix = normalizeBasePath(basePath)
  return withLock(async () => {
    const reason = await staleReason(prefix)
    if (reason) {
      log(`Building the static export (${reason})…`)
      const startedAt = Date.now()
      await runBuild(prefix, quiet)
      await writeFile(STAMP, `${JSON.stringify({ basePath: prefix, startedAt }, null, 2)}\n`)
    }
    if (copyTo) await cp(OUT_DIR, copyTo, { recursive: true })
    return { built: Boolean(reason), reason }
  }, log)
}
