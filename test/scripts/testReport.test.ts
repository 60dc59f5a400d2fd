// Self-test of how `npm test` judges a vitest run (scripts/testReport.mjs): each deliberately
// broken run (a skipped test, a todo, a .only, a file that cannot load, no tests, no report, a bad
// exit code) must count as failed; only a run whose every test passed is green.
import { describe, expect, it } from 'vitest'
import { judgeVitestReport } from '../../scripts/testReport.mjs'

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo'

/** A vitest JSON report with one file holding tests of these statuses. */
function report(statuses: Status[], fileStatus: 'passed' | 'failed' = statuses.includes('failed') ? 'failed' : 'passed', message = '') {
  const count = (status: Status) => statuses.filter((candidate) => candidate === status).length
  return {
    numTotalTests: statuses.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped') + count('pending'),
    numTodoTests: count('todo'),
    testResults: [
      { name: '/repo/test/x.test.ts', status: fileStatus, message, assertionResults: statuses.map((status, i) => ({ status, fullName: `test ${i} ${status}`, failureMessages: status === 'failed' ? [`\nAssertionError: expected ${i}\n    at stack`] : [] })) },
    ],
  }
}

describe('npm test judges a vitest run', () => {
  it('passes a run where every test passed', () => {
    expect(judgeVitestReport('unit', report(['passed', 'passed']), 0)).toEqual({ title: 'unit', passed: 2, failed: 0, note: '2 passed, 0 failed', failures: [] })
  })

  it('names each failed test, its file and the first line of its error, for the summary', () => {
    expect(judgeVitestReport('dom', report(['passed', 'failed']), 1).failures).toEqual(['test/x.test.ts › test 1 failed: AssertionError: expected 1'])
  })

  it('fails a skipped test and a todo, naming them', () => {
    const skipped = judgeVitestReport('unit', report(['passed', 'skipped']), 0)
    expect(skipped.failed).toBe(1)
    expect(skipped.note).toMatch(/test 1 skipped/)
    expect(judgeVitestReport('unit', report(['passed', 'todo']), 0).failed).toBe(1)
  })

  it('fails a .only: vitest --allowOnly=false fails that test and skips the rest', () => {
    // The shape vitest 4 writes for `it.only('a')` + `it('b')` under --allowOnly=false.
    expect(judgeVitestReport('unit', report(['failed', 'skipped']), 1).failed).toBe(2)
  })

  it('fails a file that failed outside any test, a project with no tests, and no report', () => {
    const broken = judgeVitestReport('unit', report(['passed'], 'failed', 'Cannot find module x\nstack'), 1)
    expect(broken.failed).toBe(1)
    expect(broken.note).toMatch(/Cannot find module x/)
    expect(judgeVitestReport('dom', { ...report([]), testResults: [] }, 0)).toMatchObject({ failed: 1, note: '0 passed, 1 failed; no tests were found' })
    expect(judgeVitestReport('e2e', undefined, 1).failed).toBe(1)
  })

  it('fails a non-zero exit even when every test passed', () => {
    expect(judgeVitestReport('unit', report(['passed']), 1).failed).toBe(1)
  })
})
