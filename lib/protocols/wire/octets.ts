// Octets on the wire: literal sizes (RFC 3501 §4.3), RFC822.SIZE and POP3 octet counts
// (RFC 1939 §5) all count UTF-8 bytes, not characters. Defined once, in the mail store.

export { octetLength } from '../mailstore/normalize'
