// npm run docs:instructors: rewrites the generated part of docs/instructors.md (between the kit
// markers) from content/instructors. `--check` exits 1 when the doc is out of date.

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { KIT_END, KIT_START, kitMarkdown } from '@/content/instructors/markdown'

const file = path.join(process.cwd(), 'docs', 'instructors.md')
const current = readFileSync(file, 'utf8')
const start = current.indexOf(KIT_START)
const end = current.indexOf(KIT_END)
const block = `${KIT_START}\n\n${kitMarkdown()}\n\n${KIT_END}`
const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + KIT_END.length) : `${current.trimEnd()}\n\n${block}\n`
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/instructors.md is out of date: run npm run docs:instructors')
    process.exit(1)
  }
} else {
  writeFileSync(file, next)
  console.log('docs/instructors.md: kit section written')
}
