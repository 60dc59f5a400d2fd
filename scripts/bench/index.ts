// Runs the benchmark sections in order. `npm run bench -- --only protocols,web` picks some.

import { printSection } from './report'
import { benchProtocols } from './protocols'

type Section = { id: string; title: string; run: () => void | Promise<void> }

const sections: Section[] = [
  { id: 'protocols', title: 'Simulated mail server (lib/protocols)', run: benchProtocols },
]

async function main(): Promise<void> {
  const onlyArg = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const only = onlyArg ? new Set(onlyArg.split(',')) : null
  for (const section of sections) {
    if (only && !only.has(section.id)) continue
    printSection(section.title)
    try {
      await section.run()
    } catch (error) {
      console.log(`  could not measure: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

void main()
