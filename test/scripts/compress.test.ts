// scripts/compress.mjs: Accept-Encoding negotiation (RFC 9110 §12.5.3) and what is compressed;
// and scripts/serve.mjs sending compressed text as a real static host does.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseEncoding, isCompressible } from '../../scripts/compress.mjs'
import { startStaticServer } from '../../scripts/serve.mjs'

describe('chooseEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['*', 'br'],
    ['*;q=0', null],
    ['br;q=0, *', 'gzip'],
    ['GZIP', 'gzip'],
    ['gzip ; q=0.5', 'gzip'],
    ['deflate', null],
  ])('%j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
  })

  it('never throws and only answers br, gzip or null, for any header (seed 9110)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (header) => [null, 'br', 'gzip'].includes(chooseEncoding(header))),
      { seed: 9110, numRuns: 2000 },
    )
  })
})

describe('isCompressible', () => {
  it('compresses text of a useful size, never images or fonts', () => {
    expect(isCompressible('text/javascript; charset=utf-8', 5000)).toBe(true)
    expect(isCompressible('image/svg+xml', 5000)).toBe(true)
    expect(isCompressible('application/manifest+json; charset=utf-8', 5000)).toBe(true)
    expect(isCompressible('text/html; charset=utf-8', 100)).toBe(false)
    expect(isCompressible('image/png', 5000)).toBe(false)
    expect(isCompressible('font/woff2', 5000)).toBe(false)
  })
})

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(base: string, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the static server compresses text', () => {
  const script = `console.log(${JSON.stringify('mail protocol lab '.repeat(400))})\n`
  let root: string
  let server: Awaited<ReturnType<typeof startStaticServer>>

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'compress-test-'))
    await writeFile(path.join(root, 'app.js'), script)
    await writeFile(path.join(root, 'image.png'), Buffer.alloc(4000, 7))
    await writeFile(path.join(root, 'index.html'), `<p>${'x'.repeat(1000)}</p>`)
    server = await startStaticServer({ root, port: 0 })
  })

  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  it('sends brotli when accepted, with Vary and the compressed length', async () => {
    const reply = await get(server.url, '/app.js', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(reply.headers['content-encoding']).toBe('br')
    expect(reply.headers.vary).toBe('Accept-Encoding')
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(reply.body).toString()).toBe(script)
  })

  it('sends gzip to a client that accepts only gzip', async () => {
    const reply = await get(server.url, '/app.js', { 'Accept-Encoding': 'gzip' })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(reply.body).toString()).toBe(script)
  })

  it('sends the file as it is without Accept-Encoding, still saying it varies', async () => {
    const reply = await get(server.url, '/app.js')
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.headers.vary).toBe('Accept-Encoding')
    expect(reply.body.toString()).toBe(script)
  })

  it('never compresses images', async () => {
    const reply = await get(server.url, '/image.png', { 'Accept-Encoding': 'br, gzip' })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.headers.vary).toBeUndefined()
    expect(reply.body.length).toBe(4000)
  })

  it('answers HEAD with the compressed headers and no body', async () => {
    const full = await get(server.url, '/', { 'Accept-Encoding': 'gzip' })
    const head = await get(server.url, '/', { 'Accept-Encoding': 'gzip' }, 'HEAD')
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(head.headers['content-length']).toBe(String(full.body.length))
    expect(head.body.length).toBe(0)
  })

  it('serves the new bytes after the file changes (the cache is keyed by size and time)', async () => {
    await get(server.url, '/app.js', { 'Accept-Encoding': 'gzip' })
    const changed = `${script}// changed\n`
    await writeFile(path.join(root, 'app.js'), changed)
    const reply = await get(server.url, '/app.js', { 'Accept-Encoding': 'gzip' })
    expect(gunzipSync(reply.body).toString()).toBe(changed)
  })
})
