// The two header fields the console's mailbox views show (RFC 5322 §3.6.4-3.6.5), with the words
// shown when a field is missing. Reading the header is lib/protocols/wire's summarizeHeader.

import { summarizeHeader } from '@/lib/protocols/wire'

export interface MessageSummary {
  subject: string
  from: string
}

export function summarize(raw: string): MessageSummary {
  const summary = summarizeHeader(raw)
  return { subject: summary.subject || '(no subject)', from: summary.from || '(unknown sender)' }
}
