// scripts/bench/bundle.ts: what a route's first-load JS counts. Next writes its polyfills as a
// `<script nomodule>`, which module-capable browsers never fetch; it is counted apart.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeWeight, scriptTags } from '../../../scripts/bench/bundle'

describe('scriptTags', () => {
  it('marks nomodule scripts (React writes the attribute as noModule="") and keeps the others', () => {
    const html =
      '<script src="/a.js" async=""></script><script src="/poly.js" noModule=""></script><script>inline()</script><script nomodule src="/b.js"></script>'
    expect(scriptTags(html)).toEqual([
      { src: '/a.js', noModule: false },
      { src: '/poly.js', noModule: true },
      { src: '/b.js', noModule: true },
    ])
  })

  it('does not take an attribute that merely starts with "nomodule" for the flag', () => {
    expect(scriptTags('<script src="/a.js" data-nomodule-note="x"></script>')).toEqual([{ src: '/a.js', noModule: false }])
  })

  it('counts a source once, as a module script if any tag loads it so', () => {
    expect(scriptTags('<script src="/a.js" nomodule></script><script src="/a.js"></script>')).toEqual([{ src: '/a.js', noModule: false }])
  })
})

describe('routeWeight', () => {
  let dir = ''
  const modern = 'console.log("modern");'.repeat(50)
  const legacy = 'var polyfill = 1;'.repeat(80)
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bundle-'))
    await mkdir(path.join(dir, 'js'))
    await writeFile(path.join(dir, 'js', 'a.js'), modern)
    await writeFile(path.join(dir, 'js', 'poly.js'), legacy)
    await writeFile(path.join(dir, 'index.html'), '<script src="/js/a.js" async=""></script><script src="/js/poly.js" noModule=""></script>')
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('sums the gzipped module scripts and reports the nomodule ones apart', () => {
    expect(routeWeight(dir, '/')).toEqual({
      route: '/',
      scripts: 1,
      gzippedBytes: gzipSync(modern, { level: 9 }).length,
      legacyScripts: 1,
      legacyGzippedBytes: gzipSync(legacy, { level: 9 }).length,
    })
  })

  it('has no weight for a route that was not exported', () => {
    expect(routeWeight(dir, '/missing')).toBeNull()
  })
})
