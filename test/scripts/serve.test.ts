import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeBasePath, startStaticServer } from '../../scripts/serve.mjs'

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP request, so paths like /../x reach the server unnormalised (fetch would resolve them). */
function get(base: string, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

let root: string
let outside: string

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'serve-test-'))
  root = path.join(dir, 'out')
  outside = path.join(dir, 'secret.txt')
  await mkdir(path.join(root, 'docs'), { recursive: true })
  await mkdir(path.join(root, '_next', 'static'), { recursive: true })
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    '404.html': '<h1>missing</h1>',
    'console.html': '<h1>console</h1>',
    'docs/index.html': '<h1>docs</h1>',
    'app.js': 'console.log(1)',
    'app.js.map': '{}',
    'style.css': 'body{}',
    'data.json': '{}',
    'icon.svg': '<svg/>',
    'favicon.ico': 'x',
    'robots.txt': 'x',
    'font.woff2': 'x',
    'site.webmanifest': '{}',
    'image.png': 'x',
    '.env': 'SECRET=1',
    '_next/static/chunk-abc.js': 'x',
  }
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text)
  await writeFile(outside, 'outside the root')
})

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true })
})

describe('static server', () => {
  let site: Awaited<ReturnType<typeof startStaticServer>>
  beforeAll(async () => {
    site = await startStaticServer({ root, port: 0 })
  })
  afterAll(() => site.close())

  it('listens on a free loopback port and reports its URL', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(site.port).toBeGreaterThan(0)
  })

  it('maps / to index.html, /route to route.html and /dir/ to dir/index.html', async () => {
    expect((await get(site.url, '/')).body).toBe('<h1>home</h1>')
    expect((await get(site.url, '/console')).body).toBe('<h1>console</h1>')
    expect((await get(site.url, '/console?step=3')).body).toBe('<h1>console</h1>')
    expect((await get(site.url, '/docs/')).body).toBe('<h1>docs</h1>')
  })

  it('redirects /route/ to /route, keeping the query', async () => {
    const reply = await get(site.url, '/console/?step=3')
    expect(reply.status).toBe(308)
    expect(reply.headers.location).toBe('/console?step=3')
  })

  it.each([
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/app.js.map', 'application/json; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/x-icon'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/font.woff2', 'font/woff2'],
    ['/site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/image.png', 'image/png'],
    ['/console', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const reply = await get(site.url, file)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe(type)
  })

  it('marks HTML no-cache and hashed _next/static files immutable', async () => {
    expect((await get(site.url, '/')).headers['cache-control']).toBe('no-cache')
    expect((await get(site.url, '/_next/static/chunk-abc.js')).headers['cache-control']).toContain('immutable')
  })

  it('answers unknown paths with 404.html and status 404', async () => {
    const reply = await get(site.url, '/no-such-page')
    expect(reply.status).toBe(404)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.body).toBe('<h1>missing</h1>')
  })

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/docs/..%2f..%2fsecret.txt', '/..\\secret.txt', '/.env', '/%00'])(
    'refuses %s',
    async (attack) => {
      const reply = await get(site.url, attack)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('outside the root')
      expect(reply.body).not.toContain('SECRET')
    },
  )

  it('answers HEAD with headers and no body', async () => {
    const reply = await get(site.url, '/console', 'HEAD')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-length']).toBe(String('<h1>console</h1>'.length))
    expect(reply.body).toBe('')
  })

  it('refuses other methods', async () => {
    const reply = await get(site.url, '/', 'POST')
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD')
  })
})

describe('static server under a base path', () => {
  let site: Awaited<ReturnType<typeof startStaticServer>>
  beforeAll(async () => {
    site = await startStaticServer({ root, port: 0, basePath: 'lab/' })
  })
  afterAll(() => site.close())

  it('includes the base path in its URL', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lab$/)
  })

  it('serves the export under the prefix only', async () => {
    expect((await get(site.url, '/lab')).body).toBe('<h1>home</h1>')
    expect((await get(site.url, '/lab/console')).body).toBe('<h1>console</h1>')
    expect((await get(site.url, '/console')).status).toBe(404)
    expect((await get(site.url, '/laboratory')).status).toBe(404)
  })

  it('redirects / to the prefix', async () => {
    const reply = await get(site.url, '/')
    expect(reply.status).toBe(308)
    expect(reply.headers.location).toBe('/lab')
  })

  it('normalises base paths', () => {
    expect(normalizeBasePath('')).toBe('')
    expect(normalizeBasePath('/')).toBe('')
    expect(normalizeBasePath('lab')).toBe('/lab')
    expect(normalizeBasePath('/a/b/')).toBe('/a/b')
  })
})
