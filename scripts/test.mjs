// `npm test`: every check, in order, each run even when an earlier one failed:
//   1. type-check (next typegen + tsc --noEmit)   counts as one check
//   2. lint (eslint .)                            counts as one check
//   3. unit tests (vitest project unit)                        one check per test
//   4. component tests (vitest project dom)                    one check per test
//   5. browser tests (vitest project e2e)                      one check per test
// A skipped or todo test, a `.only`, a file that fails outside a test, or a project that finds no
// tests counts as a failure (scripts/testReport.mjs). It exits non-zero on any failure and ends
// with one line: "N passed, N failed".

import { spawn } from 'node:child_process'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgeVitestReport } from './testReport.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const resultsDir = path.join(root, 'test-results')

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}\n`)
}

/** A command that counts as one check: passed when it exits 0. */
async function commandCheck(title, steps) {
  banner(title)
  for (const [command, args] of steps) {
    if ((await run(command, args)) !== 0) return { title, passed: 0, failed: 1, note: 'failed' }
  }
  return { title, passed: 1, failed: 0, note: 'ok' }
}

/**
 * Runs one vitest project and judges its JSON report (scripts/testReport.mjs). One project per run,
 * so a project that finds zero tests fails even when the others find some. `--allowOnly=false`
 * makes a left-over `.only` fail the run instead of quietly skipping every other test.
 */
async function vitestCheck(title, project) {
  banner(title)
  const report = path.join(resultsDir, `vitest-${project}.json`)
  await rm(report, { force: true })
  const code = await run(bin('vitest'), [
    'run',
    '--project',
    project,
    '--allowOnly=false',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  let results
  try {
    results = JSON.parse(await readFile(report, 'utf8'))
  } catch {
    results = undefined
  }
  return judgeVitestReport(title, results, code)
}

await mkdir(resultsDir, { recursive: true })
const started = Date.now()
const checks = []
checks.push(await commandCheck('Type-check', [[bin('next'), ['typegen']], [bin('tsc'), ['--noEmit']]]))
checks.push(await commandCheck('Lint', [[bin('eslint'), ['.']]]))
checks.push(await vitestCheck('Unit tests', 'unit'))
checks.push(await vitestCheck('Component tests', 'dom'))
checks.push(await vitestCheck('Browser tests', 'e2e'))

const passed = checks.reduce((sum, check) => sum + check.passed, 0)
const failed = checks.reduce((sum, check) => sum + check.failed, 0)

banner(`Summary (${Math.round((Date.now() - started) / 1000)} s)`)
for (const check of checks) {
  console.log(`${check.failed > 0 ? '✗' : '✓'} ${check.title.padEnd(26)} ${check.note}`)
  for (const failure of check.failures ?? []) console.log(`    ✗ ${failure}`)
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
