#!/usr/bin/env node
// npm run simulate -- --scenario <id> [--protocol pop3|imap|both] [--json] | --list
// Runs scripts/simulate.ts under tsx (a devDependency), passing the arguments and exit code through.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const result = spawnSync(tsx, [path.join(root, 'scripts', 'simulate.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
