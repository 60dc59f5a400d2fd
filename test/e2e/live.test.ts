// /live in a real browser (issue 13): against `npm run live`'s server (in-process here, its pages
// proxied from the export the e2e setup serves), a Python poplib and a Python imaplib session
// appear as devices in the lab's POP3 and IMAP lanes, their transcripts arrive, message 1 turns
// read and flies to the client, the state diagrams move, and the devices go when they log out. On a plain
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

  it('draws a Python POP3 and a Python IMAP session in the lab\'s lanes as they happen: devices, cards, flight, diagram, transcript', async () => {
    live = await startLive(
      { ...DEFAULT_OPTIONS, pop3Port: 0, imapPort: 0, smtpPort: 0, httpPort: 0, noPages: true },
      { staticHandler: proxyToExport(siteUrl('/')) },
    )
    const { page } = await openPage(`http://127.0.0.1:${live.ports.http}/live`, { viewport: { width: 1366, height: 768 } })
    await page.getByRole('heading', { name: 'Connect your mail client' }).waitFor()
    // Each protocol's column: its lane (the region named "POP3" or "IMAP"), state diagram and transcript.
    const imapLane = page.locator('#lab-lane-imap')
    const pop3Lane = page.locator('#lab-lane-pop3')
    await page.getByRole('region', { name: 'IMAP', exact: true }).waitFor()
    await imapLane.getByText(`No IMAP client connected. Point one at port ${live.ports.imap}.`).waitFor()
    const serverCard = page.locator('[data-card="imap|server|alice:1"]')
    expect(await serverCard.getAttribute('data-state')).toBe('unread')
    // A flight: a ghost card travels from the server to the client when message 1 comes down.
    const flight = page.waitForFunction(() => document.querySelector('.fixed.inset-0.z-40 > div') !== null, undefined, { polling: 'raf', timeout: 20_000 })

    const script = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url))
    const imap = spawn('python3', [script('live_imap_session.py'), String(live.ports.imap), '5'])
    const pop3 = spawn('python3', [script('live_pop3_session.py'), String(live.ports.pop3), '5'])
    const exited = Promise.all([imap, pop3].map((child) => new Promise<number | null>((resolve) => child.on('exit', resolve))))

    // Each client is a device of its protocol's lane, named by its address and, once logged in, its user.
    const imapDevice = page.locator('[data-place="imap|phone"]')
    const pop3Device = page.locator('[data-place="pop3|phone"]')
    await imapDevice.getByRole('heading', { name: /^127\.0\.0\.1:\d+ · alice$/ }).waitFor()
    await pop3Device.getByRole('heading', { name: /^127\.0\.0\.1:\d+ · alice$/ }).waitFor()
    // IMAP: message 1 turns read on the server, and the client holds it; the diagram shows "selected".
    await page.waitForFunction(() => document.querySelector('[data-card="imap|server|alice:1"]')?.getAttribute('data-state') === 'read')
    await page.locator('[data-card="imap|phone|alice:1"]').waitFor()
    await imapLane.getByTestId('diagram-status').getByText('selected', { exact: true }).waitFor()
    // POP3: RETR brought message 1 down; DELE marked message 2 on the server.
    await page.locator('[data-card="pop3|phone|alice:1"]').waitFor()
    await page.waitForFunction(() => /marked for deletion/.test(document.querySelector('[data-card="pop3|server|alice:2"]')?.getAttribute('aria-label') ?? ''))
    await pop3Lane.getByTestId('diagram-status').getByText('TRANSACTION', { exact: true }).waitFor()
    // The transcripts, line by line, with their notes.
    const imapLines = imapLane.getByRole('list', { name: 'IMAP transcript lines' })
    await imapLines.getByText(/LOGIN alice/).waitFor()
    await imapLines.getByText(/FETCH 1 \(BODY\[\]\)/).waitFor()
    const retr = pop3Lane.getByRole('list', { name: 'POP3 transcript lines' }).getByRole('button', { name: /RETR 1/ })
    await retr.waitFor()
    await retr.focus()
    expect(await retr.getAttribute('aria-expanded')).toBe('true')
    const note = await retr.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '')
    expect(note).toMatch(/RFC 1939/)
    await flight
    await expectNoAxeViolations(page)

    expect(await exited).toEqual([0, 0])
    // A client that disconnects stays drawn, Offline, with what it downloaded.
    await imapDevice.getByText('Offline', { exact: true }).waitFor()
    await pop3Device.getByText('Offline', { exact: true }).waitFor()
    await pop3Lane.getByText(/An Offline client has disconnected/).waitFor()
    await page.locator('[data-card="pop3|phone|alice:1"]').waitFor()
    await pop3Lane.getByTestId('diagram-status').getByText('no connection', { exact: true }).waitFor()
    // RSET undid the mark before QUIT: message 2 is still there.
    expect(await page.locator('[data-card="pop3|server|alice:2"]').getAttribute('aria-label')).not.toMatch(/marked for deletion/)
    // Close the page before the server, or the aborted event stream counts as a console error.
    await page.close()
  })

  it('on a static host without the live server, says how to start it', async () => {
    const { page } = await openPage('/live', { allowConsoleErrors: [/EventSource|404|Not Found/i] })
    await page.getByRole('heading', { name: 'The live server is not running here' }).waitFor()
    expect(await page.getByText('npm run live', { exact: false }).count()).toBeGreaterThan(0)
  })
})
