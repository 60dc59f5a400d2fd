"""Python's imaplib against the simulated server through the TCP bridge (issue 18).

Usage: imaplib_client.py PORT. Runs one sync session and prints a JSON report on stdout; any
NO/BAD or library error makes it exit 1 with the failing step on stderr. Unmodified imaplib.
"""

import imaplib
import json
import sys

port = int(sys.argv[1])
report = {}


def ok(step, result):
    typ, data = result
    if typ != "OK":
        sys.stderr.write(f"{step}: {typ} {data!r}\n")
        sys.exit(1)
    return data


def text(data):
    return [item.decode("latin-1") if isinstance(item, bytes) else item for item in data]


imap = imaplib.IMAP4("127.0.0.1", port)
report["greeting"] = imap.welcome.decode("latin-1")
ok("login", imap.login("alice", "secret"))
report["capabilities"] = list(imap.capabilities)
report["select"] = text(ok("select", imap.select("INBOX")))
report["search_all"] = text(ok("search all", imap.search(None, "ALL")))
report["search_subject"] = text(ok("search subject", imap.search(None, "SUBJECT", '"Second"')))
# The server holds a message whose Subject is RFC 2047-encoded ISO-8859-1; imaplib sends a
# non-ASCII search string as a literal when it is put in imap.literal.
imap.literal = "München".encode("utf-8")
report["search_encoded"] = text(ok("search encoded subject", imap.search("UTF-8", "SUBJECT")))

data = ok("fetch", imap.fetch("1", "(RFC822.SIZE BODY.PEEK[])"))
header, body = data[0]
report["fetch_size_line"] = header.decode("latin-1")
report["fetch_body_length"] = len(body)

report["store"] = text(ok("store", imap.store("1", "+FLAGS", "(\\Flagged)")))
ok("create", imap.create("Archive"))
report["copy"] = text(ok("copy", imap.copy("1", "Archive")))
report["move"] = text(ok("move", imap._simple_command("MOVE", "2", "Archive")))
report["move_untagged"] = text(imap.untagged_responses.pop("EXPUNGE", []))
ok("store deleted", imap.store("1", "+FLAGS", "(\\Deleted)"))
report["expunge"] = text(ok("expunge", imap.expunge()))
report["check"] = text(ok("check", imap.check()))
ok("subscribe", imap.subscribe("Archive"))
report["lsub"] = text(ok("lsub", imap.lsub()))

# An 8-bit ISO-8859-1 message, as imaplib sends it: a synchronising literal of raw bytes.
message = (
    b"From: Bob <bob@example.org>\r\n"
    b"Subject: Gr\xfc\xdfe aus M\xfcnchen\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    # imaplib itself turns a bare LF into CRLF before sending (MapCRLF), so this text has none.
    b"Sch\xf6ne Gr\xfc\xdfe \xe0 tous, \xa9 1999\r\n"
)
report["append"] = text(ok("append", imap.append("INBOX", "(\\Seen)", None, message)))
uid = report["append"][0].split("APPENDUID ")[1].split(" ")[1].rstrip("]")
data = ok("fetch appended", imap.uid("FETCH", uid, "(RFC822.SIZE BODY.PEEK[])"))
header, body = data[0]
report["appended_size_line"] = header.decode("latin-1")
report["appended_identical"] = body == message
report["appended_length"] = len(body)

ok("rename", imap.rename("Archive", "Kept"))
report["list_after_rename"] = text(ok("list", imap.list()))
ok("select kept", imap.select("Kept", readonly=True))
report["archive_count"] = text(ok("search archive", imap.search(None, "ALL")))
report["logout"] = imap.logout()[0]
print(json.dumps(report))
