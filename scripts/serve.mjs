// A small static file server for the Next static export in out/. Used by `npm start`
// (scripts/start.mjs) and by the browser tests (test/e2e/globalSetup.ts).
//
// It maps URLs the way the export expects (as a static host such as nginx with
// `try_files $uri $uri.html $uri/index.html` would): `/route` → route.html, `/dir/` → dir/index.html,
// and anything else → 404.html with status 404. It serves GET and HEAD only, refuses paths that
// escape the root or name dotfiles, and can serve the export under a base path (BASE_PATH).
// Like a real host, it compresses text (brotli or gzip, scripts/compress.mjs) and lets browsers
// keep the content-hashed files under _next/static for a year.
//
// Run directly: `node scripts/serve.mjs [dir]` (HOST, PORT and BASE_PATH from the environment).

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chooseEncoding, compressedFile, isCompressible } from './compress.mjs'

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
}

/** Normalises a base path to "" or "/a[/b…]" (leading slash, no trailing slash). */
export function normalizeBasePath(value = '') {
  const trimmed = String(value).trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}` : ''
}

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

async function fileAt(file) {
  try {
    const info = await stat(file)
    return info.isFile() ? { file, size: info.size, mtimeMs: info.mtimeMs } : null
  } catch {
    return null
  }
}

/**
 * Finds what a URL path inside root names: `{ file, size }`, `{ redirect }` (a trailing-slash URL
 * whose page is a `.html` file, as the export is built with trailingSlash: false), or null. The
 * path is already stripped of the base path and the query; it may hold %-escapes, `..` or `\\`.
 */
async function resolvePath(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter(Boolean)
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null

  const target = path.join(root, ...segments)
  if (target !== root && !target.startsWith(root + path.sep)) return null

  if (segments.length === 0 || decoded.endsWith('/')) {
    const index = await fileAt(path.join(target, 'index.html'))
    if (index) return index
    if (segments.length > 0 && (await fileAt(`${target}.html`))) {
      return { redirect: `/${segments.map(encodeURIComponent).join('/')}` }
    }
    return null
  }
  return (await fileAt(target)) ?? (await fileAt(`${target}.html`)) ?? (await fileAt(path.join(target, 'index.html')))
}

function cacheControl(root, file, type) {
  if (type.startsWith('text/html')) return 'no-cache'
  // Next puts a content hash in every file name under _next/static.
  if (file.startsWith(path.join(root, '_next', 'static') + path.sep)) return 'public, max-age=31536000, immutable'
  return 'public, max-age=0, must-revalidate'
}

async function send(req, res, root, status, found) {
  const type = contentType(found.file)
  const headers = {
    'Content-Type': type,
    'Content-Length': found.size,
    'Cache-Control': cacheControl(root, found.file, type),
    'X-Content-Type-Options': 'nosniff',
  }
  if (isCompressible(type, found.size)) {
    // Caches must keep the variants apart (RFC 9110 §12.5.5).
    headers.Vary = 'Accept-Encoding'
    const encoding = chooseEncoding(req.headers['accept-encoding'])
    if (encoding) {
      const body = await compressedFile(found, encoding)
      res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
  }
  res.writeHead(status, headers)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(found.file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function sendText(req, res, status, text, extraHeaders = {}) {
  const body = Buffer.from(`${text}\n`)
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...extraHeaders,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

function redirect(req, res, location) {
  res.writeHead(308, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-cache' })
  res.end()
}

/**
 * Builds the request handler for a static export in `root` served under `basePath`.
 *
 * @param {{ root: string, basePath?: string }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler({ root, basePath = '' }) {
  const absoluteRoot = path.resolve(root)
  const prefix = normalizeBasePath(basePath)

  async function notFound(req, res) {
    const page = await fileAt(path.join(absoluteRoot, '404.html'))
    if (page) await send(req, res, absoluteRoot, 404, page)
    else sendText(req, res, 404, 'Not found')
  }

  return async function handle(req, res) {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
        return
      }
      const url = req.url ?? '/'
      const queryAt = url.indexOf('?')
      const rawPath = queryAt === -1 ? url : url.slice(0, queryAt)
      const query = queryAt === -1 ? '' : url.slice(queryAt)
      if (!rawPath.startsWith('/')) {
        sendText(req, res, 400, 'Bad request')
        return
      }

      let urlPath = rawPath
      if (prefix) {
        if (rawPath === '/') {
          redirect(req, res, `${prefix}${query}`)
          return
        }
        if (rawPath !== prefix && !rawPath.startsWith(`${prefix}/`)) {
          await notFound(req, res)
          return
        }
        urlPath = rawPath.slice(prefix.length) || '/'
      }

      const found = await resolvePath(absoluteRoot, urlPath)
      if (!found) await notFound(req, res)
      else if (found.redirect) redirect(req, res, `${prefix}${found.redirect}${query}`)
      else await send(req, res, absoluteRoot, 200, found)
    } catch {
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error')
      else res.destroy()
    }
  }
}

/**
 * Serves `root` on host:port (port 0 picks a free port; host null listens on every interface,
 * as `next start` does). Resolves once listening, with the URL of the site (including
 * the base path, without a trailing slash) and a `close()` function.
 *
 * @param {{ root?: string, host?: string | null, port?: number, basePath?: string }} [options]
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root = 'out', host = '127.0.0.1', port = 0, basePath = '' } = {}) {
  const prefix = normalizeBasePath(basePath)
  const server = createServer(createStaticHandler({ root, basePath: prefix }))
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    const listening = () => {
      server.off('error', reject)
      resolve()
    }
    if (host === null) server.listen(port, listening)
    else server.listen(port, host, listening)
  })
  const address = server.address()
  const shownHost =
    host === null || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
  const url = `http://${shownHost}:${address.port}${prefix}`
  return {
    url,
    port: address.port,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startStaticServer({
    root: process.argv[2] ?? 'out',
    host: process.env.HOST || null,
    port: Number(process.env.PORT ?? 3000),
    basePath: process.env.BASE_PATH ?? '',
  })
  console.log(`Serving ${process.argv[2] ?? 'out'} at ${url}`)
}
