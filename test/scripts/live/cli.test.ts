// `npm run live` as a learner starts it: flags, usage on a bad flag (exit 2), the printed ports,
// and the warning when it listens beyond this computer.

import { spawn, spawnSync } from 'node:child_process'
import { PROJECT_ROOT } from '@/scripts/export.mjs'

const live = ['--import', 'tsx', 'scripts/live.ts']

describe('npm run live command line', () => {
  it.each([['--bogus'], ['--pop3-port', '70000'], ['--world', 'no-such-world'], ['--imap-port']])('%s prints the usage and exits 2', (...args) => {
    const result = spawnSync(process.execPath, [...live, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Usage: npm run live -- [options]')
    expect(result.stdout).toBe('')
  }, 60_000)

  it('prints the free ports it picked, warns about a non-loopback host, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [...live, '--no-pages', '--host', '0.0.0.0', '--world', 'second-device', ...['--pop3-port', '--imap-port', '--smtp-port', '--http-port'].flatMap((flag) => [flag, '0'])], {
      cwd: PROJECT_ROOT,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      await vi.waitFor(() => expect(stdout).toContain('Press Ctrl+C to stop.'), { timeout: 50_000 })
      expect(stderr).toMatch(/WARNING: listening on 0\.0\.0\.0.*no TLS/)
      expect(stdout).toMatch(/world: scenario:second-device/)
      for (const name of ['POP3', 'IMAP', 'SMTP']) expect(stdout).toMatch(new RegExp(`${name}  0\\.0\\.0\\.0:[1-9]\\d*`))
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  }, 60_000)
})
