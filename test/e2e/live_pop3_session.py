"""A Python poplib session for test/e2e/live.test.ts: logs in, downloads message 1 (RETR), marks
message 2 for deletion (DELE), lingers so the page can show it, then undoes the mark (RSET) and
quits, so the mailbox is unchanged. Usage: live_pop3_session.py PORT [SECONDS]"""
import poplib
import sys
import time

pop = poplib.POP3("127.0.0.1", int(sys.argv[1]))
pop.user("alice")
pop.pass_("secret")
pop.retr(1)
pop.dele(2)
time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 4)
pop.rset()
pop.quit()
