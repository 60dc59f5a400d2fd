// `npm run live`: serves the simulated mail server on real TCP ports (POP3 1110, IMAP 1143, SMTP
// submission 1587) and the lab with its /live page on http://localhost:3000, where every
// connection a real mail client opens shows up as it talks. See docs/live.md.

import { isLoopback, parseLiveArgs, USAGE } from './live/args'
import { startLive, worldIds } from './live/server'
import { ensureExport, OUT_DIR } from './export.mjs'
import { createStaticHandler } from './serve.mjs'

const parsed = parseLiveArgs(process.argv.slice(2), worldIds())
if (!parsed.ok) {
  console.error(`${parsed.error}\n\n${USAGE}`)
  process.exit(2)
}
if (parsed.help) {
  console.log(USAGE)
  process.exit(0)
}
const options = parsed.options

if (!isLoopback(options.host)) {
  console.warn(
    `WARNING: listening on ${options.host}, not just this computer. The lab has no TLS and everyone knows its` +
      ' passwords (alice/secret): anyone who can reach this address can read and send its mail. Use it on a' +
      ' classroom network you trust, never on the internet.',
  )
}

let staticHandler
if (!options.noPages) {
  try {
    await ensureExport({})
    staticHandler = createStaticHandler({ root: OUT_DIR })
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

try {
  const live = await startLive(options, { staticHandler })
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host === '127.0.0.1' ? 'localhost' : options.host
  console.log(`Mail Protocol Lab, live mode (world: ${live.hub.info.world})`)
  console.log(`  POP3  ${shown}:${live.ports.pop3}`)
  console.log(`  IMAP  ${shown}:${live.ports.imap}`)
  console.log(`  SMTP  ${shown}:${live.ports.smtp} (submission, AUTH PLAIN or LOGIN)`)
  console.log(`  Users ${live.hub.info.users.map((user) => `${user.name}/${user.password}`).join(', ')}; no encryption`)
  console.log(options.noPages ? `  Events http://${shown}:${live.ports.http}/api/live/events` : `  Watch http://${shown}:${live.ports.http}/live`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => {
    void live.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  const code = (error as { code?: string }).code
  console.error(code === 'EADDRINUSE' ? `A port is already in use (${(error as Error).message}). Pick others with --pop3-port, --imap-port, --smtp-port, --http-port (0 = any free port).` : error)
  process.exit(1)
}
