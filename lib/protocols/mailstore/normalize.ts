// Message text as a Maildir server serves it: every line ends in CRLF (RFC 5322 §2.1).

/** Turns bare LF (and lone CR) line ends into CRLF, leaving existing CRLF alone. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n')
}

const encoder = new TextEncoder()

/** The size in octets, as RFC822.SIZE and POP3 LIST count it. */
export function octetLength(text: string): number {
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false
      break
    }
  }
  return ascii ? text.length : encoder.encode(text).length
}
