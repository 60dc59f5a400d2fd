import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '@/lib/embed/embedBridge'
import { COMMAND_GUIDE, EVENT_GUIDE, PARAM_GUIDE, SCENARIO_TEACHES } from '@/components/instructors/guideData'
import { scenarios } from '@/content/scenarios'
import { PARAM_NAMES } from '@/lib/labConfig/labParams'

const docs = (name: string) => readFileSync(path.join(process.cwd(), 'docs', name), 'utf8')

describe('the guide and the docs cover the whole API', () => {
  it('lists every parameter, event and command', () => {
    expect(PARAM_GUIDE.map((param) => param.name)).toEqual([...PARAM_NAMES])
    expect(EVENT_GUIDE.map((event) => event.type)).toEqual(['ready', 'resize', 'step', 'complete', 'answer'])
    expect(COMMAND_GUIDE.map((command) => command.command)).toEqual([...COMMANDS])
  })

  it('documents them in docs/embedding.md and docs/instructors.md', () => {
    for (const file of ['embedding.md', 'instructors.md']) {
      const text = docs(file)
      for (const name of PARAM_NAMES) expect(text, `${file}: ${name}`).toContain(`| \`${name}\` |`)
      for (const { type } of EVENT_GUIDE) expect(text, `${file}: ${type}`).toContain(`| \`${type}\` |`)
    }
    for (const command of COMMANDS) expect(docs('embedding.md')).toContain(`| \`${command}\` |`)
  })

  it('describes every scenario, and only those, in the guide and docs/instructors.md', () => {
    expect(Object.keys(SCENARIO_TEACHES).sort()).toEqual(scenarios.map((scenario) => scenario.id).sort())
    const text = docs('instructors.md')
    for (const scenario of scenarios) expect(text).toContain(`| \`${scenario.id}\` | ${scenario.title} |`)
  })
})
