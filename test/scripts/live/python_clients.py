"""Real Python clients against `npm run live` (test/scripts/live/live.test.ts).

smtplib sends a message as bob; imaplib, idling in INBOX, hears it arrive (RFC 2177: imaplib in
Python 3.11 has no idle(), so the IDLE command is written by hand on imaplib's socket); imaplib
fetches it; poplib downloads and deletes it. Prints one JSON report.
Usage: python_clients.py SMTP_PORT IMAP_PORT POP3_PORT
"""
import email
import imaplib
import json
import poplib
import smtplib
import sys

smtp_port, imap_port, pop3_port = (int(arg) for arg in sys.argv[1:4])
HOST = "127.0.0.1"
report = {}
MESSAGE = (
    "From: Bob Example <bob@example.org>\r\n"
    "To: Alice Example <alice@example.org>\r\n"
    "Subject: Sent by smtplib\r\n"
    "Message-ID: <smtplib-1@example.org>\r\n"
    "\r\n"
    "Hello Alice,\r\n"
    ".a line that starts with a dot\r\n"
)

imap = imaplib.IMAP4(HOST, imap_port)
imap._mesg = lambda *args: None
imap.login("alice", "secret")
report["select"] = [v.decode() for v in imap.select("INBOX")[1]]

# IDLE by hand (RFC 2177 §3): the tagged command, the "+" continuation, then untagged updates.
tag = imap._new_tag().decode()
imap.send(f"{tag} IDLE\r\n".encode())
report["idle_continuation"] = imap.readline().decode().rstrip("\r\n")

with smtplib.SMTP(HOST, smtp_port, local_hostname="laptop.example") as smtp:
    smtp.ehlo()
    report["smtp_auth_offered"] = smtp.has_extn("auth")
    smtp.login("bob", "secret")
    refused = smtp.sendmail("bob@example.org", ["alice@example.org"], MESSAGE)
    report["smtp_refused"] = refused

report["idle_update"] = imap.readline().decode().rstrip("\r\n")
imap.send(b"DONE\r\n")
done = imap.readline().decode().rstrip("\r\n")
while not done.startswith(tag):
    done = imap.readline().decode().rstrip("\r\n")
report["idle_done"] = done

typ, data = imap.search(None, "SUBJECT", '"Sent by smtplib"')
report["search"] = [v.decode() for v in data]
number = data[0].split()[-1]
typ, data = imap.fetch(number, "(BODY.PEEK[])")
body = data[0][1]
parsed = email.message_from_bytes(body)
report["imap_subject"] = parsed["Subject"]
report["imap_body_ends"] = body.decode().endswith("Hello Alice,\r\n.a line that starts with a dot\r\n")
report["imap_logout"] = imap.logout()[0]

pop = poplib.POP3(HOST, pop3_port)
pop.user("alice")
pop.pass_("secret")
count, size = pop.stat()
report["pop_stat_count"] = count
response, lines, octets = pop.retr(count)
report["pop_retr_subject"] = email.message_from_bytes(b"\r\n".join(lines))["Subject"]
report["pop_dele"] = pop.dele(count).decode()
report["pop_quit"] = pop.quit().decode()

print(json.dumps(report))
