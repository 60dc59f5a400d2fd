// The throwaway Thunderbird profile of scripts/thunderbird-check.mjs: prefs.js only. The account
// prefs are what Thunderbird's manual account setup writes for the settings /live shows
// (components/live/ConnectionSettings.tsx): server 127.0.0.1, the live ports, connection security
// None (`socketType` / `try_ssl` 0), authentication "Normal password" (`authMethod` 3), user alice.

import { writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Quiet, automation-friendly start: no first-run pages, updates, telemetry or default-client dialog. */
export function basePrefs(marionettePort) {
  return {
    'marionette.port': marionettePort,
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'browser.shell.checkDefaultClient': false,
    'mail.shell.checkDefaultClient': false,
    'mail.shell.checkDefaultMail': false,
    'mailnews.start_page.enabled': false,
    'mail.provider.suppress_dialog_on_startup': true,
    'mail.spotlight.firstRunDone': true,
    'mail.winsearch.firstRunDone': true,
    'mail.rights.version': 1,
    'mail.rights.override': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'mail.cloud_files.enabled': false,
    'signon.rememberSignons': true,
  }
}

/** An IMAP account and a POP3 account for alice, one identity sending through the lab's SMTP. */
export function accountPrefs({ imap, pop3, smtp }) {
  const incoming = (key, type, port, name) => ({
    [`mail.server.${key}.type`]: type,
    [`mail.server.${key}.hostname`]: '127.0.0.1',
    [`mail.server.${key}.port`]: port,
    [`mail.server.${key}.userName`]: 'alice',
    [`mail.server.${key}.name`]: name,
    [`mail.server.${key}.socketType`]: 0,
    [`mail.server.${key}.authMethod`]: 3,
    [`mail.server.${key}.login_at_startup`]: true,
    [`mail.server.${key}.check_new_mail`]: true,
  })
  return {
    'mail.accountmanager.accounts': 'account1,account2,account3',
    'mail.accountmanager.defaultaccount': 'account1',
    'mail.accountmanager.localfoldersserver': 'server3',
    'mail.account.account1.server': 'server1',
    'mail.account.account1.identities': 'id1',
    'mail.account.account2.server': 'server2',
    'mail.account.account2.identities': 'id2',
    'mail.account.account3.server': 'server3',
    ...incoming('server1', 'imap', imap, 'alice (IMAP)'),
    ...incoming('server2', 'pop3', pop3, 'alice (POP3)'),
    // POP3 as Thunderbird's account setup writes it (accountcreation/CreateInBackend.sys.mjs):
    // download when checking, keep the mail on the server for 14 days (it tells old from new by
    // RFC 1939 UIDL), delete it there when deleted here.
    'mail.server.server2.leave_on_server': true,
    'mail.server.server2.num_days_to_leave_on_server': 14,
    'mail.server.server2.delete_mail_left_on_server': true,
    'mail.server.server2.download_on_biff': true,
    'mail.server.server2.deferred_to_account': '',
    'mail.server.server3.type': 'none',
    'mail.server.server3.hostname': 'Local Folders',
    'mail.server.server3.name': 'Local Folders',
    'mail.server.server3.userName': 'nobody',
    // Sent, Drafts and Templates on the account's own server, as account setup's setFolders() does
    // (accountcreation/CreateInBackend.sys.mjs): the IMAP account files sent mail by APPEND.
    ...Object.fromEntries(
      [
        ['id1', 'imap://alice@127.0.0.1'],
        ['id2', 'mailbox://alice@127.0.0.1'],
      ].flatMap(([id, serverURI]) => [
        [`mail.identity.${id}.fullName`, 'Alice'],
        [`mail.identity.${id}.useremail`, 'alice@example.org'],
        [`mail.identity.${id}.smtpServer`, 'smtp1'],
        [`mail.identity.${id}.valid`, true],
        [`mail.identity.${id}.fcc_folder`, `${serverURI}/Sent`],
        [`mail.identity.${id}.draft_folder`, `${serverURI}/Drafts`],
        [`mail.identity.${id}.stationery_folder`, `${serverURI}/Templates`],
        [`mail.identity.${id}.fcc_folder_picker_mode`, '0'],
        [`mail.identity.${id}.draft_folder_picker_mode`, '0'],
        [`mail.identity.${id}.tmpl_folder_picker_mode`, '0'],
      ]),
    ),
    'mail.smtpservers': 'smtp1',
    'mail.smtp.defaultserver': 'smtp1',
    'mail.smtpserver.smtp1.hostname': '127.0.0.1',
    'mail.smtpserver.smtp1.port': smtp,
    'mail.smtpserver.smtp1.username': 'alice',
    'mail.smtpserver.smtp1.try_ssl': 0,
    'mail.smtpserver.smtp1.authMethod': 3,
  }
}

export async function writeProfile(dir, prefs) {
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
  await writeFile(path.join(dir, 'prefs.js'), `${lines.join('\n')}\n`)
}
