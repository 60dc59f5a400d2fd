#!/usr/bin/env node
// `node scripts/live.mjs [flags]`: the same as `npm run live -- [flags]` (scripts/live.ts, run
// under tsx). Forwards the flags, Ctrl+C and the exit status.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'live.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
