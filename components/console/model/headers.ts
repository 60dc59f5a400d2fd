// The two header fields the mailbox views show (RFC 5322 §3.6.4–3.6.5), read from raw message text
// with folded lines unfolded (§2.2.3).

export interface MessageSummary {
  subject: string
  from: string
}

export function summarize(raw: string): MessageSummary {
  const headerEnd = raw.search(/\r?\n\r?\n/)
  const header = (headerEnd === -1 ? raw : raw.slice(0, headerEnd)).replace(/\r?\n[ \t]+/g, ' ')
  const field = (name: string) => {
    const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(header)
    return match ? match[1].trim() : ''
  }
  return { subject: field('Subject') || '(no subject)', from: field('From') || '(unknown sender)' }
}
