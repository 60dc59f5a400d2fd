// The SMTP submission and relay server (RFC 5321, RFC 6409, RFC 4954), as createMailServer uses it.
export { SmtpSession, type SmtpConnectOptions } from './smtpSession'
export { MailTransport, type OutboundMessage } from './transport'
export { SMTP_COMMANDS } from './registry'
export type { SmtpRole } from './types'
