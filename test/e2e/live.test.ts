// /live in a real browser (issue 13): against `npm run live`'s server (in-process here, its pages
// proxied from the export the e2e setup serves), a Python imaplib session appears as a device,
// its transcript arrives, message 1 turns read, and the device goes when it logs out. On a plain
// static host, /live says how to start the live server instead.

import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { DEFAULT_OPTIONS } from '@/scripts/live/args'
import { startLive, type LiveServer } from '@/scripts/live/server'
import { expectNoAxeViolations, openPage, siteUrl } from './harness'

/** Serves every non-API request from the export the e2e setup already serves. */
function proxyToExport(base: string) {
  const target = new URL(base)
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  }
}

describe('/live', () => {
  let live: LiveServer | undefined

  afterEach(async () => {
    await live?.close()
    live = undefined
  })

  it('shows a Python IMAP session as it happens: device, transcript lines, message read, device gone', async () => {
    live = await startLive(
      { ...DEFAULT_OPTIONS, pop3Port: 0, imapPort: 0, smtpPort: 0, httpPort: 0, noPages: true },
      { staticHandler: proxyToExport(siteUrl('/')) },
    )
    const { page } = await openPage(`http://127.0.0.1:${live.ports.http}/live`)
    await page.getByRole('heading', { name: 'Connect your mail client' }).waitFor()
    await page.getByText(String(live.ports.imap), { exact: true }).first().waitFor()
    const firstMessage = page.getByRole('list', { name: "alice's INBOX" }).getByRole('listitem').first()
    expect(await firstMessage.getAttribute('data-read')).toBe('false')

    const python = spawn('python3', [fileURLToPath(new URL('./live_imap_session.py', import.meta.url)), String(live.ports.imap), '4'])
    const exited = new Promise<number | null>((resolve) => python.on('exit', resolve))

    const lane = page.getByRole('list', { name: 'IMAP devices' })
    await lane.getByRole('button').first().waitFor()
    expect(await lane.getByRole('button').first().textContent()).toMatch(/127\.0\.0\.1:\d+/)
    const transcript = page.getByRole('list', { name: /^Transcript of / })
    await transcript.getByText(/LOGIN alice/).waitFor()
    await transcript.getByText(/FETCH 1 \(BODY\[\]\)/).waitFor()
    await page.waitForFunction(() => document.querySelector('[aria-label="alice\'s INBOX"] li')?.getAttribute('data-read') === 'true')
    await page.getByText(/state selected/).waitFor()
    // Checked with a device, its transcript and notes on the page.
    await expectNoAxeViolations(page)

    expect(await exited).toBe(0)
    await page.getByText('No client connected.').nth(1).waitFor()
    expect(await lane.count()).toBe(0)
    // Close the page before the server, or the aborted event stream counts as a console error.
    await page.close()
  })

  it('on a static host without the live server, says how to start it', async () => {
    const { page } = await openPage('/live', { allowConsoleErrors: [/EventSource|404|Not Found/i] })
    await page.getByRole('heading', { name: 'The live server is not running here' }).waitFor()
    expect(await page.getByText('npm run live', { exact: false }).count()).toBeGreaterThan(0)
  })
})
