// `npm test`: every check, in order, each run even when an earlier one failed:
//   1. type-check (next typegen + tsc --noEmit)   counts as one check
//   2. lint (eslint .)                            counts as one check
//   3. unit and component tests (vitest projects unit + dom)   one check per test
//   4. browser tests (vitest project e2e)                      one check per test
// It exits non-zero on any failure and ends with one line: "N passed, N failed".

import { spawn } from 'node:child_process'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
 * Runs vitest for some projects and counts its tests from the JSON report. Anything that went
 * wrong without a failed test to show for it (a file that could not load, an unhandled error, a
 * failed global setup, no report at all, or no tests found) counts as one more failure.
 */
async function vitestCheck(title, projects, reportName) {
  banner(title)
  const report = path.join(resultsDir, `${reportName}.json`)
  await rm(report, { force: true })
  const code = await run(bin('vitest'), [
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])

  let results
  try {
    results = JSON.parse(await readFile(report, 'utf8'))
  } catch {
    return { title, passed: 0, failed: 1, note: `vitest exited with code ${code} and wrote no report` }
  }
  const passed = results.numPassedTests
  let failed = results.numFailedTests
  const notes = []
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  )
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length
    notes.push(`${brokenFiles.length} file(s) failed outside a test`)
  }
  if (results.numTotalTests === 0) {
    failed += 1
    notes.push(code === 0 ? 'no tests were found' : `vitest exited with code ${code} before running any test`)
  }
  if (code !== 0 && failed === 0) {
    failed += 1
    notes.push(`vitest exited with code ${code}`)
  }
  const skipped = results.numPendingTests + results.numTodoTests
  if (skipped > 0) notes.push(`${skipped} skipped`)
  return { title, passed, failed, note: [`${passed} passed, ${failed} failed`, ...notes].join('; ') }
}

await mkdir(resultsDir, { recursive: true })
const started = Date.now()
const checks = []
checks.push(await commandCheck('Type-check', [[bin('next'), ['typegen']], [bin('tsc'), ['--noEmit']]]))
checks.push(await commandCheck('Lint', [[bin('eslint'), ['.']]]))
checks.push(await vitestCheck('Unit and component tests', ['unit', 'dom'], 'vitest-unit'))
checks.push(await vitestCheck('Browser tests', ['e2e'], 'vitest-e2e'))

const passed = checks.reduce((sum, check) => sum + check.passed, 0)
const failed = checks.reduce((sum, check) => sum + check.failed, 0)

banner(`Summary (${Math.round((Date.now() - started) / 1000)} s)`)
for (const check of checks) console.log(`${check.failed > 0 ? '✗' : '✓'} ${check.title.padEnd(26)} ${check.note}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
