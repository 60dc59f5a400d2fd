"""A Python imaplib session for test/e2e/live.test.ts: logs in, reads message 1 (which marks it
\\Seen), lingers so the page can show the device, then logs out. Usage: live_imap_session.py PORT"""
import imaplib
import sys
import time

imap = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
imap.login("alice", "secret")
imap.select("INBOX")
imap.fetch("1", "(BODY[])")
time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 4)
imap.logout()
