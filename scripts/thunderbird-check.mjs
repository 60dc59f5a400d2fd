#!/usr/bin/env node
// `node scripts/thunderbird-check.mjs`: points a real Thunderbird at `npm run live` and checks it
// logs in and syncs. Not part of `npm test` (CI has no Thunderbird); see docs/live.md.
//
// 1. Starts live mode on free ports (127.0.0.1 only) and listens to its event stream.
// 2. Runs Thunderbird headless twice with a throwaway profile, driven over Marionette (the
//    automation protocol built into Firefox and Thunderbird; scripts/thunderbird/marionette.mjs):
//    - first with no accounts, only to store alice's password for imap://, pop3:// and smtp://
//      127.0.0.1 in its password manager, as a learner who ticks "Remember password" would;
//    - then with an IMAP account and a POP3 account for alice (prefs.js), no encryption, normal
//      password: Thunderbird logs in by itself, lists and syncs INBOX, downloads by POP3, reads and
//      deletes a message by IMAP, and (unless --no-send) sends one message through SMTP
//      submission and files its copy in the IMAP Sent folder.
// 3. Prints every command Thunderbird sent, by protocol, and exits 1 unless the IMAP login,
//    SELECT, FETCH, STORE, MOVE (and APPEND), the POP3 login with UIDL and RETR (and the SMTP
//    EHLO … DATA) all happened, or if the lab refused any command (NO/BAD, -ERR, 4xx/5xx).
//
// Flags: --thunderbird PATH (default /usr/bin/thunderbird), --timeout SECONDS (default 120),
// --no-send, --keep-profile, --http-port N (default 0: any free port; the page is served, so
// /live can be watched while the check runs), --hold SECONDS (keep everything running that long
// after the check, to look at /live).

import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Marionette, freePort } from './thunderbird/marionette.mjs'
import { accountPrefs, basePrefs, writeProfile } from './thunderbird/profile.mjs'
import { readLiveEvents } from './thunderbird/events.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv) {
  const options = { thunderbird: '/usr/bin/thunderbird', timeout: 120, send: true, keepProfile: false, httpPort: 0, hold: 0 }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      const next = argv[++i]
      if (next === undefined) usage(`${flag} needs a value`)
      return next
    }
    if (flag === '--thunderbird') options.thunderbird = value()
    else if (flag === '--timeout') options.timeout = Number(value())
    else if (flag === '--http-port') options.httpPort = Number(value())
    else if (flag === '--hold') options.hold = Number(value())
    else if (flag === '--no-send') options.send = false
    else if (flag === '--keep-profile') options.keepProfile = true
    else usage(`unknown flag ${flag}`)
  }
  return options
}

function usage(error) {
  console.error(`${error}\n\nUsage: node scripts/thunderbird-check.mjs [--thunderbird PATH] [--timeout S] [--no-send] [--keep-profile] [--http-port N] [--hold S]`)
  process.exit(2)
}

const log = (text) => console.log(`[tb-check] ${text}`)

/** Every process this script started, killed if it is interrupted (Ctrl+C, a timeout's SIGTERM). */
const children = new Set()
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGKILL')
    process.exit(1)
  })
}

/** Starts `scripts/live.ts` on free ports and resolves with its ports once it prints them. */
function startLive(httpPort, pages) {
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', path.join(root, 'scripts', 'live.ts')],
      ...['--pop3-port', '0', '--imap-port', '0', '--smtp-port', '0', '--http-port', String(httpPort)],
      ...(pages ? [] : ['--no-pages']),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  children.add(child)
  child.once('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const port = (name) => Number(new RegExp(`${name}\\s+\\S+:(\\d+)`).exec(out)?.[1])
      const http = /(?:Watch|Events) http:\/\/[^:]+:(\d+)/.exec(out)?.[1]
      if (http) resolve({ child, ports: { pop3: port('POP3'), imap: port('IMAP'), smtp: port('SMTP'), http: Number(http) } })
    })
    child.on('exit', (code) => reject(new Error(`live mode exited with ${code} before it started:\n${out}`)))
  })
}

/** Runs Thunderbird headless on the profile with Marionette on a free port; resolves once connected. */
async function startThunderbird(binary, profile, prefs) {
  const marionettePort = await freePort()
  await writeProfile(profile, { ...basePrefs(marionettePort), ...prefs })
  const child = spawn(binary, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  try {
    const driver = await Marionette.connect(marionettePort, { timeoutMs: 60_000, alive: () => child.exitCode === null })
    await driver.newSession()
    await driver.setContext('chrome')
    return { child, driver, stderr: () => stderr }
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\nThunderbird's stderr (last lines):\n${stderr}`)
  }
}

async function stopThunderbird({ child, driver }) {
  await driver.quit().catch(() => {})
  driver.close()
  const exited = new Promise((resolve) => child.once('exit', resolve))
  if (child.exitCode === null) {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
}

/**
 * Chrome-context script: remember alice's password for every mail protocol on 127.0.0.1. The
 * password manager keys mail logins by scheme and host, no port: imap://, smtp://, and for POP3
 * `mailbox://` (Thunderbird's own name for its POP3 store).
 */
const STORE_LOGINS = `
  const [user, password, origins] = arguments
  for (const origin of origins) {
    const login = Cc['@mozilla.org/login-manager/loginInfo;1'].createInstance(Ci.nsILoginInfo)
    login.init(origin, null, origin, user, password, '', '')
    await Services.logins.addLoginAsync(login)
  }
  return (await Services.logins.getAllLogins()).map((l) => l.origin + ' ' + l.username)
`

/** Chrome-context script: what Thunderbird's accounts are, and asks each to get new mail. */
const GET_MAIL = `
  const { MailServices } = ChromeUtils.importESModule('resource:///modules/MailServices.sys.mjs')
  const window = Services.wm.getMostRecentWindow('mail:3pane')
  const msgWindow = window?.msgWindow ?? null
  const seen = []
  for (const server of MailServices.accounts.allServers) {
    if (server.type !== 'imap' && server.type !== 'pop3') continue
    const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox)
    seen.push(server.type + ' ' + server.username + '@' + server.hostName + ':' + server.port + (inbox ? ' inbox ' + inbox.getTotalMessages(false) : ' no inbox yet'))
    if (inbox) server.getNewMessages(inbox, msgWindow, null)
  }
  return seen
`

/** Chrome-context script: how many messages Thunderbird's IMAP Inbox holds. */
const IMAP_INBOX_SIZE = `
  const { MailServices } = ChromeUtils.importESModule('resource:///modules/MailServices.sys.mjs')
  const server = MailServices.accounts.allServers.find((s) => s.type === 'imap')
  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox)
  return inbox ? [...inbox.messages].length : 0
`

/**
 * Chrome-context script: what a learner does in the IMAP account's Inbox: reads the first message
 * (mark as read) and deletes the last (Thunderbird moves it to Trash).
 */
const READ_AND_DELETE = `
  const { MailServices } = ChromeUtils.importESModule('resource:///modules/MailServices.sys.mjs')
  const server = MailServices.accounts.allServers.find((s) => s.type === 'imap')
  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox)
  const headers = [...inbox.messages]
  if (headers.length < 2) return 'only ' + headers.length + ' message(s) in the IMAP Inbox'
  const window = Services.wm.getMostRecentWindow('mail:3pane')
  inbox.markMessagesRead([headers[0]], true)
  inbox.deleteMessages([headers.at(-1)], window?.msgWindow ?? null, false, false, null, true)
  return 'marked read: ' + headers[0].mime2DecodedSubject + '; deleted: ' + (headers.at(-1).mime2DecodedSubject || 'UID ' + headers.at(-1).messageKey)
`

/** Chrome-context script: sends one message from alice's identity through the SMTP server. */
const SEND_MAIL = `
  const [to, subject, body] = arguments
  const { MailServices } = ChromeUtils.importESModule('resource:///modules/MailServices.sys.mjs')
  const identity = MailServices.accounts.defaultAccount.defaultIdentity
  const fields = Cc['@mozilla.org/messengercompose/composefields;1'].createInstance(Ci.nsIMsgCompFields)
  fields.from = identity.fullName + ' <' + identity.email + '>'
  fields.to = to
  fields.subject = subject
  fields.body = body + '\\r\\n'
  const params = Cc['@mozilla.org/messengercompose/composeparams;1'].createInstance(Ci.nsIMsgComposeParams)
  params.composeFields = fields
  params.identity = identity
  params.format = Ci.nsIMsgCompFormat.PlainText
  const compose = MailServices.compose.initCompose(params)
  return await new Promise((resolve) => {
    compose.addMsgSendListener({
      onStartSending() {},
      onSendProgress() {},
      onStatus() {},
      onGetDraftFolderURI() {},
      onSendNotPerformed(id, status) { resolve('not sent: ' + status) },
      onTransportSecurityError() { resolve('transport security error') },
      onStopSending(id, status) { resolve(status === 0 ? 'sent; copy to ' + (identity.doFcc ? identity.fccFolderURI : 'none') : 'failed: 0x' + (status >>> 0).toString(16)) },
      QueryInterface: ChromeUtils.generateQI(['nsIMsgSendListener']),
    })
    compose.sendMsg(Ci.nsIMsgCompDeliverMode.Now, identity, MailServices.accounts.defaultAccount.key, null, null)
  })
`

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(condition, timeoutMs, what) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (condition()) return true
    await sleep(250)
  }
  log(`timed out waiting for ${what}`)
  return false
}

const options = parseArgs(process.argv.slice(2))
const profile = await mkdtemp(path.join(os.tmpdir(), 'tb-check-profile-'))
let live
let thunderbird
let failed = false
try {
  log(`starting live mode on free ports${options.httpPort === 0 ? '' : ` (page on port ${options.httpPort})`}`)
  live = await startLive(options.httpPort, options.hold > 0)
  log(`live mode: POP3 ${live.ports.pop3}, IMAP ${live.ports.imap}, SMTP ${live.ports.smtp}, page http://localhost:${live.ports.http}/live`)
  const events = await readLiveEvents(live.ports.http)

  log('Thunderbird run 1: store the password (no accounts yet)')
  thunderbird = await startThunderbird(options.thunderbird, profile, {})
  const version = await thunderbird.driver.execute(`return Services.appinfo.name + ' ' + Services.appinfo.version`)
  log(`${version}; stored logins: ${(await thunderbird.driver.execute(STORE_LOGINS, ['alice', 'secret', ['imap://127.0.0.1', 'mailbox://127.0.0.1', 'smtp://127.0.0.1']])).join(', ')}`)
  await stopThunderbird(thunderbird)
  thunderbird = undefined

  log('Thunderbird run 2: an IMAP and a POP3 account for alice, no encryption, normal password')
  thunderbird = await startThunderbird(options.thunderbird, profile, accountPrefs(live.ports))
  const expected = {
    imap: ['AUTHENTICATE|LOGIN', 'SELECT', 'FETCH'],
    pop3: ['AUTH|USER', 'UIDL', 'RETR'],
  }
  const done = () => events.sawAll('imap', expected.imap) && events.sawAll('pop3', expected.pop3)
  // Thunderbird logs in to IMAP at start-up; POP3 and a second IMAP check come when asked.
  await waitFor(() => events.sawAll('imap', ['AUTHENTICATE|LOGIN']), 30_000, 'the IMAP login at start-up')
  log(`accounts: ${(await thunderbird.driver.execute(GET_MAIL)).join('; ')}`)
  await waitFor(done, options.timeout * 1000, 'IMAP SELECT/FETCH and POP3 UIDL/RETR')
  // Thunderbird files the headers it fetched into its Inbox a moment after the FETCH replies.
  const inboxSize = () => thunderbird.driver.execute(IMAP_INBOX_SIZE)
  for (let tries = 0; tries < 40 && (await inboxSize()) < 2; tries++) await sleep(500)
  log(`in the IMAP Inbox: ${await thunderbird.driver.execute(READ_AND_DELETE)}`)
  expected.imap.push('STORE', 'MOVE|EXPUNGE|COPY')
  await waitFor(() => events.sawAll('imap', expected.imap), 30_000, 'IMAP STORE and MOVE (or COPY/EXPUNGE)')
  if (options.send) {
    log(`send through SMTP: ${await thunderbird.driver.execute(SEND_MAIL, ['bob@example.org', 'Hello from Thunderbird', 'Sent by scripts/thunderbird-check.mjs through the lab.'])}`)
    expected.smtp = ['EHLO', 'AUTH', 'MAIL', 'RCPT', 'DATA']
    await waitFor(() => events.sawAll('smtp', expected.smtp), 30_000, 'SMTP EHLO … DATA')
    // Thunderbird files its copy of a sent message in the IMAP account's Sent folder (APPEND).
    // Then a second "Get Messages": POP3's UIDL shows it has them all.
    expected.imap.push('APPEND')
    await waitFor(() => events.sawAll('imap', ['APPEND']), 15_000, 'the sent copy (IMAP APPEND to Sent)')
    await thunderbird.driver.execute(GET_MAIL)
  }
  await sleep(3000)

  console.log(events.report())
  for (const [protocol, verbs] of Object.entries(expected)) {
    const missing = verbs.filter((verb) => !events.sawAll(protocol, [verb]))
    if (missing.length > 0) {
      failed = true
      log(`FAIL: ${protocol.toUpperCase()} never sent ${missing.join(', ')}`)
    }
  }
  const refused = events.refusals()
  if (refused.length > 0) {
    failed = true
    log(`FAIL: commands the lab refused:\n  ${refused.join('\n  ')}`)
  }
  log(failed ? 'FAIL' : `OK: ${version} logged in and synced by IMAP and POP3${options.send ? ', and sent by SMTP' : ''}`)
  if (options.hold > 0) {
    log(`holding for ${options.hold} s: http://localhost:${live.ports.http}/live`)
    await sleep(options.hold * 1000)
  }
  events.close()
} catch (error) {
  failed = true
  console.error(error)
  if (thunderbird) console.error(`Thunderbird's stderr (last lines):\n${thunderbird.stderr()}`)
} finally {
  if (thunderbird) await stopThunderbird(thunderbird).catch(() => {})
  if (live) {
    live.child.kill('SIGTERM')
    await new Promise((resolve) => live.child.once('exit', resolve))
  }
  if (options.keepProfile) log(`profile kept: ${profile}`)
  else await rm(profile, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
