// Bundle weight: the gzipped JavaScript each exported route loads, found as the stack notes say
// (sum the <script src> files that out/<route>.html references; Next 16 no longer prints sizes).
// A `<script nomodule>` (Next's polyfills for browsers without ES modules) is counted apart: every
// browser the lab supports skips it, so it is no part of what a learner's browser loads; the
// figure is printed beside, so a change to it is still seen.

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface RouteWeight {
  route: string
  /** Scripts a module-capable browser loads. */
  scripts: number
  gzippedBytes: number
  /** `nomodule` scripts, loaded only by browsers without ES modules. */
  legacyScripts: number
  legacyGzippedBytes: number
}

export interface ScriptTag {
  src: string
  noModule: boolean
}

/** `/` → index.html, `/console` → console.html. */
export function htmlFileFor(outDir: string, route: string): string {
  return path.join(outDir, route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`)
}

/** The distinct script sources of a page, each marked if it carries the `nomodule` attribute. */
export function scriptTags(html: string): ScriptTag[] {
  const tags = new Map<string, boolean>()
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1]
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1]
    if (src === undefined) continue
    const noModule = /\snomodule(?:[\s=>]|$)/i.test(attributes)
    tags.set(src, (tags.get(src) ?? true) && noModule)
  }
  return [...tags].map(([src, noModule]) => ({ src, noModule }))
}

export function scriptSources(html: string): string[] {
  return scriptTags(html).map((tag) => tag.src)
}

export function routeWeight(outDir: string, route: string, basePath = ''): RouteWeight | null {
  const file = htmlFileFor(outDir, route)
  if (!existsSync(file)) return null
  const html = readFileSync(file, 'utf8')
  const weight: RouteWeight = { route, scripts: 0, gzippedBytes: 0, legacyScripts: 0, legacyGzippedBytes: 0 }
  for (const { src, noModule } of scriptTags(html)) {
    const local = src.startsWith(basePath) ? src.slice(basePath.length) : src
    const scriptFile = path.join(outDir, local.split('?')[0])
    const bytes = existsSync(scriptFile) ? gzipSync(readFileSync(scriptFile), { level: 9 }).length : 0
    if (noModule) {
      weight.legacyScripts += 1
      weight.legacyGzippedBytes += bytes
    } else {
      weight.scripts += 1
      weight.gzippedBytes += bytes
    }
  }
  return weight
}
