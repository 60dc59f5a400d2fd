// A wire line as the console's terminal prints it: with its line end spelled out on request
// (RFC 1939 §3 and RFC 3501 §2.2 both end lines in CRLF). Splitting is lib/protocols/wire's.

import { endingMarker, type WireLine } from '@/lib/protocols/wire'

export function displayLine(line: WireLine, showCrlf: boolean): string {
  return showCrlf ? line.text + endingMarker(line.ending) : line.text
}
