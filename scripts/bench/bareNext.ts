// A bare Next.js page built from this project's installed next, react and react-dom, as the
// yardstick issue 14 asks for: the framework's own cost on this machine, measured in the same run
// and served the same way (compressed) as the lab's pages, so the two can be compared.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PROJECT_ROOT } from '../export.mjs'

/** Inside the project, so node_modules resolves up the tree (Turbopack refuses a symlinked one). */
export const BARE_DIR = path.join(PROJECT_ROOT, '.bench-bare')

const FILES: Record<string, string> = {
  'next.config.mjs': `export default { output: 'export', images: { unoptimized: true }, turbopack: { root: ${JSON.stringify(PROJECT_ROOT)} } }\n`,
  'app/layout.jsx': `export const metadata = { title: 'Bare Next page' }\nexport default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n`,
  'app/page.jsx': `export default function Page() {\n  return <main><h1>Bare Next page</h1><p>The framework alone, for comparison.</p></main>\n}\n`,
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))))
  })
}

/** Builds the bare page's static export (once per bench run) and returns its out/ folder. */
export async function buildBareNext(): Promise<string> {
  await rm(BARE_DIR, { recursive: true, force: true })
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(BARE_DIR, name)), { recursive: true })
    await writeFile(path.join(BARE_DIR, name), text)
  }
  await run(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', BARE_DIR], PROJECT_ROOT)
  const out = path.join(BARE_DIR, 'out')
  if (!existsSync(path.join(out, 'index.html'))) throw new Error('the bare Next build wrote no out/index.html')
  return out
}
