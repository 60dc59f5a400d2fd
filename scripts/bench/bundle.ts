// Bundle weight: the gzipped JavaScript each exported route loads, found as the stack notes say
// (sum the <script src> files that out/<route>.html references; Next 16 no longer prints sizes).

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface RouteWeight {
  route: string
  scripts: number
  gzippedBytes: number
}

/** `/` → index.html, `/console` → console.html. */
export function htmlFileFor(outDir: string, route: string): string {
  return path.join(outDir, route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`)
}

export function scriptSources(html: string): string[] {
  const sources = new Set<string>()
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) sources.add(match[1])
  return [...sources]
}

export function routeWeight(outDir: string, route: string, basePath = ''): RouteWeight | null {
  const file = htmlFileFor(outDir, route)
  if (!existsSync(file)) return null
  const html = readFileSync(file, 'utf8')
  let gzippedBytes = 0
  const sources = scriptSources(html)
  for (const source of sources) {
    const local = source.startsWith(basePath) ? source.slice(basePath.length) : source
    const scriptFile = path.join(outDir, local.split('?')[0])
    if (existsSync(scriptFile)) gzippedBytes += gzipSync(readFileSync(scriptFile), { level: 9 }).length
  }
  return { route, scripts: sources.length, gzippedBytes }
}
