// `npm run live` flags: parsed here, checked strictly (a wrong flag prints the usage and exits 2).

export interface LiveOptions {
  host: string
  pop3Port: number
  imapPort: number
  smtpPort: number
  httpPort: number
  /** "reference" or a scenario id from content/scenarios/catalog.ts. */
  world: string
  maxConnections: number
  idleTimeoutSeconds: number
  /** Skip building/serving the static export (tests and the bench only need the API). */
  noPages: boolean
}

export const DEFAULT_OPTIONS: LiveOptions = {
  host: '127.0.0.1',
  pop3Port: 1110,
  imapPort: 1143,
  smtpPort: 1587,
  httpPort: 3000,
  world: 'reference',
  maxConnections: 64,
  idleTimeoutSeconds: 1800,
  noPages: false,
}

export const USAGE = `Usage: npm run live -- [options]

Serves the simulated mail server on real TCP ports and the lab's /live page, which shows every
connection as it happens. No TLS, fake passwords: keep it on your own machine.

Options:
  --host ADDRESS           address to listen on (default 127.0.0.1; anything else prints a warning)
  --pop3-port N            POP3 port (default 1110; 0 picks a free port)
  --imap-port N            IMAP port (default 1143)
  --smtp-port N            SMTP submission port (default 1587)
  --http-port N            web page and event stream (default 3000)
  --world ID               start from a scenario's world instead of the reference mailbox
  --max-connections N      open TCP connections allowed at once, all protocols (default 64)
  --idle-timeout SECONDS   close a connection silent this long (default 1800)
  --no-pages               serve only the mail ports and the event API, not the web pages
  --help                   show this text`

const NUMERIC: Record<string, { key: keyof LiveOptions; min: number; max: number }> = {
  '--pop3-port': { key: 'pop3Port', min: 0, max: 65535 },
  '--imap-port': { key: 'imapPort', min: 0, max: 65535 },
  '--smtp-port': { key: 'smtpPort', min: 0, max: 65535 },
  '--http-port': { key: 'httpPort', min: 0, max: 65535 },
  '--max-connections': { key: 'maxConnections', min: 1, max: 10_000 },
  '--idle-timeout': { key: 'idleTimeoutSeconds', min: 1, max: 86_400 },
}

export type ParsedArgs = { ok: true; options: LiveOptions; help?: boolean } | { ok: false; error: string }

/** Accepts `--flag value` and `--flag=value`. `knownWorlds` checks --world. */
export function parseLiveArgs(argv: readonly string[], knownWorlds: readonly string[]): ParsedArgs {
  const options: LiveOptions = { ...DEFAULT_OPTIONS }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const eq = arg.indexOf('=')
    const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined
    if (flag === '--help' || flag === '-h') return { ok: true, options, help: true }
    if (flag === '--no-pages') {
      options.noPages = true
      continue
    }
    const takesValue = flag in NUMERIC || flag === '--host' || flag === '--world'
    if (!takesValue) return { ok: false, error: `Unknown option: ${arg}` }
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` }
    if (flag === '--host') options.host = value
    else if (flag === '--world') {
      if (!knownWorlds.includes(value)) return { ok: false, error: `Unknown world "${value}". Known: ${knownWorlds.join(', ')}` }
      options.world = value
    } else {
      const { key, min, max } = NUMERIC[flag]
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        return { ok: false, error: `${flag} must be a whole number from ${min} to ${max}, not "${value}"` }
      }
      ;(options[key] as number) = Number(value)
    }
  }
  return { ok: true, options }
}

/** Loopback addresses need no warning; anything else exposes a server with no TLS and known passwords. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}
