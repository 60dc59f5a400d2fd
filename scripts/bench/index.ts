// Runs the benchmark sections in order. `npm run bench -- --only=protocols,bundle` picks some.
// Each section is imported when it runs, so one that cannot load does not stop the others.

import { errorLine, printSection } from './report'

type Section = { id: string; title: string; run: () => Promise<void> }

/** What the figures were measured on: printed first, whatever `--only` picks. */
const machine: Section = { id: 'machine', title: 'Machine', run: async () => (await import('./machine')).printMachine() }

const sections: Section[] = [
  { id: 'readability', title: 'Plain language (content/ narration)', run: async () => (await import('./readability')).benchReadability() },
  { id: 'protocols', title: 'Simulated mail server (lib/protocols)', run: async () => (await import('./protocols')).benchProtocols() },
  { id: 'simulator', title: 'Simulator workflows (lib/simulator), 4 devices × 1,000 messages', run: async () => (await import('./simulator')).benchSimulator() },
  { id: 'live', title: 'Live mode through real TCP (npm run live)', run: async () => (await import('./live')).benchLive() },
  { id: 'bundle', title: 'Bundle weight (static export)', run: async () => (await import('./web')).benchBundles() },
  { id: 'lab', title: 'Lab responsiveness in Chromium (/)', run: async () => (await import('./lab')).benchLab() },
  { id: 'mainthread', title: 'Main thread while pages load, in Chromium (long tasks)', run: async () => (await import('./mainThread')).benchMainThread() },
  { id: 'lighthouse', title: 'Lighthouse (static export served locally)', run: async () => (await import('./web')).benchLighthouse() },
]

async function main(): Promise<void> {
  const onlyArg = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const only = onlyArg ? new Set(onlyArg.split(',')) : null
  for (const section of [machine, ...sections]) {
    if (only && section !== machine && !only.has(section.id)) continue
    printSection(section.title)
    try {
      await section.run()
    } catch (error) {
      console.log(`  could not measure: ${errorLine(error)}`)
    }
  }
}

void main()
