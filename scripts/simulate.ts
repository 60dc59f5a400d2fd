// The headless runner: plays a scenario under POP3 and/or IMAP and prints the annotated
// transcript and a final table, or the JSON report (issue 4's shape). Bad arguments exit 2.

import type { Protocol } from '@/lib/protocols'
import { createSimulationContext, toReport, checkExpectations, type LaneReport } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'

const USAGE = `Usage: npm run simulate -- --scenario <id> [--protocol pop3|imap|both] [--json]
       npm run simulate -- --list
Scenarios: ${scenarios.map((scenario) => scenario.id).join(', ')}`

interface Options {
  list: boolean
  scenario?: string
  protocols: Protocol[]
  json: boolean
}

export function parseArgs(argv: string[]): Options | string {
  const options: Options = { list: false, protocols: ['pop3', 'imap'], json: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => inline ?? argv[++i]
    if (name === '--list') options.list = true
    else if (name === '--json') options.json = true
    else if (name === '--scenario') options.scenario = value()
    else if (name === '--protocol') {
      const protocol = value()
      if (protocol === 'both') options.protocols = ['pop3', 'imap']
      else if (protocol === 'pop3' || protocol === 'imap') options.protocols = [protocol]
      else return `Unknown protocol "${protocol ?? ''}".`
    } else return `Unknown argument "${arg}".`
  }
  if (options.list) return options
  if (!options.scenario) return 'Missing --scenario.'
  if (!scenarios.some((scenario) => scenario.id === options.scenario)) return `Unknown scenario "${options.scenario}".`
  return options
}

function printText(id: string, protocols: Protocol[]): void {
  const scenario = scenarios.find((candidate) => candidate.id === id)!
  const context = createSimulationContext(scenarios, { scenarioId: id, protocols, granularity: 'action' })
  const report = toReport(context)
  console.log(`# ${scenario.title} (${scenario.id})\n${scenario.goal}\n`)
  for (const protocol of protocols) {
    const lane = report.lanes[protocol] as LaneReport
    console.log(`== ${protocol.toUpperCase()}\n${scenario.intro[protocol]}\n`)
    for (const entry of lane.transcript) {
      const client = entry.client === null ? '(connect)' : `C: ${entry.client}`
      const reply = entry.server.split('\r\n').filter((line) => line !== '')
      const shown = reply.length > 4 ? [...reply.slice(0, 3), `… (${reply.length - 3} more lines)`] : reply
      console.log(`  [${entry.device} · ${entry.step}] ${client}`)
      for (const line of shown) console.log(`      S: ${line}`)
    }
    console.log('\n  Narration:')
    scenario.steps.forEach((step, i) => console.log(`   ${i + 1}. ${step.narration[protocol]}`))
    console.log('')
  }
  console.log('== Final state')
  const rows: string[][] = [['', ...protocols.map((p) => p.toUpperCase())]]
  const add = (label: string, pick: (lane: LaneReport) => string | number) => rows.push([label, ...protocols.map((p) => String(pick(report.lanes[p] as LaneReport)))])
  add('server messages', (lane) => lane.server.messages.length)
  add('server bytes', (lane) => lane.server.bytesUsed)
  const devices = [...new Set(protocols.flatMap((p) => Object.keys(report.lanes[p]?.devices ?? {})))]
  for (const device of devices) {
    add(`${device} messages (unread)`, (lane) => {
      const d = lane.devices[device]
      return d ? `${d.messages.length} (${d.messages.filter((m) => !m.seen).length})` : 'gone'
    })
    add(`${device} bytes`, (lane) => lane.devices[device]?.bytesUsed ?? '-')
  }
  add('round trips', (lane) => lane.metrics.roundTrips)
  add('bytes to server', (lane) => lane.metrics.bytesToServer)
  add('bytes from server', (lane) => lane.metrics.bytesFromServer)
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  for (const row of rows) console.log('  ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '))
  const failures = checkExpectations(scenario, report, protocols)
  console.log(failures.length === 0 ? '\n  Expected outcome: reached.' : `\n  Expected outcome NOT reached:\n${failures.map((f) => `   - ${f}`).join('\n')}`)
}

function main(): number {
  const options = parseArgs(process.argv.slice(2))
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`)
    return 2
  }
  if (options.list) {
    if (!options.json) for (const scenario of scenarios) console.log(`${scenario.id.padEnd(22)}${scenario.title}`)
    else console.log(JSON.stringify(scenarios.map((s) => ({ id: s.id, title: s.title, goal: s.goal }))))
    return 0
  }
  const id = options.scenario as string
  if (options.json) {
    const context = createSimulationContext(scenarios, { scenarioId: id, protocols: options.protocols, granularity: 'action' })
    console.log(JSON.stringify(toReport(context), null, 2))
  } else printText(id, options.protocols)
  return 0
}

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})
process.exitCode = main()
