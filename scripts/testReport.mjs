// Judges one vitest JSON report for `npm test` (scripts/test.mjs). Pure, so its rules have a
// self-test (test/scripts/testReport.test.ts). A run passes only when every test it found passed:
// a test that was skipped or left as todo, a file that failed outside a test (could not load, an
// unhandled error, a `.only` refused by --allowOnly=false), no tests at all, no report, or a
// non-zero exit with nothing to show for it each count as failures.

/**
 * @param {string} title what was run, e.g. "Unit tests (unit)"
 * @param {any} results the parsed JSON report, or undefined when vitest wrote none
 * @param {number} code vitest's exit code
 * @returns {{ title: string, passed: number, failed: number, note: string, failures: string[] }}
 *   `failures` names each failed test with the first line of its error, so the summary (the part
 *   of a CI log that is kept) says which test failed, not only how many.
 */
export function judgeVitestReport(title, results, code) {
  if (!results) return { title, passed: 0, failed: 1, note: `vitest exited with code ${code} and wrote no report`, failures: [] }
  const passed = results.numPassedTests
  let failed = results.numFailedTests
  const notes = []
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  )
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length
    const reasons = brokenFiles.map((file) => `${file.name}: ${String(file.message ?? '').split('\n')[0]}`)
    notes.push(`${brokenFiles.length} file(s) failed outside a test (${reasons.join('; ')})`)
  }
  const skipped = results.numPendingTests + results.numTodoTests
  if (skipped > 0) {
    failed += skipped
    const names = results.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => ['pending', 'skipped', 'todo'].includes(test.status)).map((test) => test.fullName),
    )
    notes.push(`${skipped} skipped or todo, which counts as failed: ${names.slice(0, 5).join('; ')}${names.length > 5 ? '; …' : ''}`)
  }
  if (results.numTotalTests === 0) {
    failed += 1
    notes.push(code === 0 ? 'no tests were found' : `vitest exited with code ${code} before running any test`)
  }
  if (code !== 0 && failed === 0) {
    failed += 1
    notes.push(`vitest exited with code ${code}`)
  }
  const failures = results.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${file.name.replace(/^.*?\/test\//, 'test/')} › ${test.fullName}: ${firstLine(test.failureMessages)}`),
  )
  return { title, passed, failed, note: [`${passed} passed, ${failed} failed`, ...notes].join('; '), failures }
}

/** The first non-empty line of a test's first failure message, cut to 300 characters. */
function firstLine(messages) {
  const line = String(messages?.[0] ?? '').split('\n').find((text) => text.trim() !== '') ?? 'no message'
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
