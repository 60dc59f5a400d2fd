// Runs once before the e2e project: finds Chromium (fails fast with install advice), makes sure
// the static export is fresh (building it if needed), copies it to a private directory so a
// rebuild elsewhere cannot change it mid-run, and serves that copy on a free loopback port.
// Test files read the URL with inject('baseUrl'); test/e2e/harness.ts does that for you.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureExport } from '../../scripts/export.mjs'
import { startStaticServer } from '../../scripts/serve.mjs'
import { findChromium } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served export's URL, with the base path and no trailing slash. */
    baseUrl: string
    /** The Chromium executable the harness launches. */
    chromiumPath: string
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  const basePath = process.env.BASE_PATH ?? ''
  const site = await mkdtemp(path.join(os.tmpdir(), 'mail-protocol-lab-e2e-'))
  try {
    await ensureExport({ basePath, quiet: true, copyTo: site, log: (line: string) => console.log(`[e2e] ${line}`) })
  } catch (error) {
    await rm(site, { recursive: true, force: true })
    throw error
  }
  const server = await startStaticServer({ root: site, host: '127.0.0.1', port: 0, basePath })
  project.provide('baseUrl', server.url)
  project.provide('chromiumPath', chromiumPath)

  return async () => {
    await server.close()
    await rm(site, { recursive: true, force: true })
  }
}
