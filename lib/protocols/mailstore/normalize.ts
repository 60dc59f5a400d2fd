// Message text as a Maildir server serves it: every line ends in CRLF (RFC 5322 §2.1).

/** Turns bare LF (and lone CR) line ends into CRLF, leaving existing CRLF alone. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n')
}
