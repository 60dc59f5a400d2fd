// The mail store's public surface, used by the POP3 and IMAP sessions and by createMailServer.
export { MailStore, canonicalName } from './store'
export type { AppendOptions } from './store'
export { Mailbox } from './mailbox'
export { toCrlf } from './normalize'
export { octetLength } from '../octets'
export { inputOctets } from './message'
export * from './constants'
export * from './types'
