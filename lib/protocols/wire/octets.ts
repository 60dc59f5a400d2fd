// Octets on the wire: literal sizes (RFC 3501 §4.3), RFC822.SIZE and POP3 octet counts
// (RFC 1939 §5) all count UTF-8 bytes, not characters. The reader works on text as
// Connection.send/read return it (decoded as UTF-8), so a line's octets are its UTF-8 length.
// Defined once, in lib/protocols/octets.ts.

export { octetLength } from '../octets'
