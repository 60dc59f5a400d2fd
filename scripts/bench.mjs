#!/usr/bin/env node
// npm run bench: prints each benchmark figure beside its budget. Figures, not tests: nothing
// here fails the build. Sections are in scripts/bench/*.ts and run under tsx.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const result = spawnSync(tsx, [path.join(root, 'scripts', 'bench', 'index.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
