// THE pinned IMAP capability lists (RFC 3501 §7.2.1): what the simulated server must advertise
// before and after login, written out here rather than imported from lib/, so advertising one more
// capability (or dropping one) fails the tests until this file says so on purpose.
//
// When you add a capability: implement it, add it here in the order the server lists it, and add
// a probe for it in capabilities.test.ts (that test fails for a pinned name without a probe).
// The reference README allows fewer capabilities than Dovecot's, never one we do not implement.

export const CAPABILITIES_BEFORE_LOGIN = ['IMAP4rev1', 'SASL-IR', 'ID', 'ENABLE', 'IDLE', 'LITERAL+', 'AUTH=PLAIN', 'AUTH=LOGIN'] as const

export const CAPABILITIES_AFTER_LOGIN = [
  'IMAP4rev1',
  'SASL-IR',
  'ID',
  'ENABLE',
  'IDLE',
  'UNSELECT',
  'CHILDREN',
  'NAMESPACE',
  'UIDPLUS',
  'MOVE',
  'LITERAL+',
] as const
