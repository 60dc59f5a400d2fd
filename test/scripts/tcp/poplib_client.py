"""Python's poplib against the simulated server through the TCP bridge (issue 18).

Usage: poplib_client.py PORT. Prints a JSON report; any -ERR or library error exits 1.
"""

import json
import poplib
import sys

port = int(sys.argv[1])
report = {}
try:
    pop = poplib.POP3("127.0.0.1", port)
    report["greeting"] = pop.getwelcome().decode("latin-1")
    report["capa"] = sorted(pop.capa().keys())
    pop.user("alice")
    pop.pass_("secret")
    count, octets = pop.stat()
    report["stat"] = [count, octets]
    listing = pop.list()[1]
    report["list"] = [line.decode("latin-1") for line in listing]
    report["uidl"] = [line.decode("latin-1") for line in pop.uidl()[1]]
    sizes = []
    for number in range(1, count + 1):
        response, lines, size = pop.retr(number)
        # poplib undoes dot-stuffing and drops CRLF; joined back with CRLF the octets must add up.
        joined = b"\r\n".join(lines) + b"\r\n"
        sizes.append([response.decode("latin-1"), len(joined)])
    report["retr"] = sizes
    report["retr_8bit"] = b"\r\n".join(pop.retr(count)[1]).decode("latin-1")
    report["top"] = [line.decode("latin-1") for line in pop.top(1, 0)[1]]
    report["dele"] = pop.dele(1).decode("latin-1")
    report["quit"] = pop.quit().decode("latin-1")
except poplib.error_proto as error:
    sys.stderr.write(f"poplib: {error}\n")
    sys.exit(1)
print(json.dumps(report))
