// The trace headers a delivery adds on top of the message (RFC 5321 §4.4): Postfix's Received:
// line for the SMTP hop, then what Dovecot's LMTP adds when it stores the message (Return-Path,
// Delivered-To and its own Received:), in the order and wording the recorded server wrote them.

import { SMTP_HOSTNAME } from './constants'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (value: number) => String(value).padStart(2, '0')

/** An RFC 5322 §3.3 date-time in UTC, e.g. "Tue, 14 Nov 2023 22:14:00 +0000". */
export function rfc5322Date(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  )
}

export interface SmtpHop {
  /** What the client said in EHLO/HELO. */
  readonly heloName: string
  /** The client's reverse-DNS name and address, as Postfix shows them: "localhost [127.0.0.1]". */
  readonly client: string
  /** RFC 3848: SMTP (HELO), ESMTP (EHLO), ESMTPA (EHLO and AUTH). */
  readonly withProtocol: 'SMTP' | 'ESMTP' | 'ESMTPA'
  readonly queueId: string
  readonly recipients: readonly string[]
  readonly date: Date
}

/** Postfix's Received: names the recipient only when there is exactly one. */
export function postfixReceived(hop: SmtpHop): string {
  const by = `\tby ${SMTP_HOSTNAME} (Postfix) with ${hop.withProtocol} id ${hop.queueId}`
  const when = `${rfc5322Date(hop.date)} (UTC)`
  const tail = hop.recipients.length === 1 ? `\r\n\tfor <${hop.recipients[0]}>; ${when}` : `;\r\n\t${when}`
  return `Received: from ${hop.heloName} (${hop.client})\r\n${by}${tail}\r\n`
}

export interface LocalDelivery {
  readonly sender: string
  readonly recipient: string
  readonly lmtpId: string
  readonly date: Date
}

/** What Dovecot's LMTP adds as it stores the message for one recipient. */
export function lmtpTrace(delivery: LocalDelivery): string {
  return (
    `Return-Path: <${delivery.sender}>\r\n` +
    `Delivered-To: ${delivery.recipient}\r\n` +
    `Received: from ${SMTP_HOSTNAME}\r\n` +
    `\tby ${SMTP_HOSTNAME} with LMTP\r\n` +
    `\tid ${delivery.lmtpId}\r\n` +
    `\t(envelope-from <${delivery.sender}>)\r\n` +
    `\tfor <${delivery.recipient}>; ${rfc5322Date(delivery.date)}\r\n`
  )
}
