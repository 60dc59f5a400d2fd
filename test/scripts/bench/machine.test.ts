import { machineLines, versionOf } from '../../../scripts/bench/machine'

describe('the bench says what it measured on', () => {
  it('prints the browser’s version line, or why it has none', () => {
    expect(versionOf(() => ({ stdout: '\nChromium 150.0.7871.100 built on Debian\n' }))).toBe('Chromium 150.0.7871.100 built on Debian')
    expect(versionOf(() => ({ error: new Error('spawn ENOENT\nstack') }))).toBe('unknown (spawn ENOENT)')
    expect(versionOf(() => ({ stdout: '' }))).toBe('unknown (it printed nothing)')
    expect(
      versionOf(() => {
        throw new Error('no Chromium found')
      }),
    ).toBe('unknown (no Chromium found)')
  })

  it('names the CPU, its cores, the load, Node and the browser', () => {
    const [cpu, runtime] = machineLines('Chromium 150')
    expect(cpu).toMatch(/^ {2}CPU: .+, \d+ cores; load [\d.]+ \/ \d+ cores$/)
    expect(runtime).toBe(`  Node ${process.version}; Chromium 150`)
  })
})
