// Test helper: compares one SMTP reply of ours with the recorded one, as the reference README's
// "SMTP transcripts" section allows (codes exact, text free, EHLO keywords a subset).

import { splitSmtpReplies } from './placeholders'

/** Codes, enhanced codes and reply count must match; EHLO keywords must be a subset. */
export function compareSmtp(recorded: string, ours: string): string[] {
  const problems: string[] = []
  const left = splitSmtpReplies(recorded)
  let right: ReturnType<typeof splitSmtpReplies>
  try {
    right = splitSmtpReplies(ours)
  } catch (error) {
    return [(error as Error).message]
  }
  if (left.length !== right.length) problems.push(`${right.length} replies, recorded ${left.length}`)
  left.forEach((expected, index) => {
    const actual = right[index]
    if (!actual) return
    if (actual.shape.code !== expected.shape.code || actual.shape.enhanced !== expected.shape.enhanced) {
      problems.push(`reply ${index}: ${actual.shape.code} ${actual.shape.enhanced ?? ''} , recorded ${expected.shape.code} ${expected.shape.enhanced ?? ''}`)
    }
    if (expected.lines.length > 1 && expected.shape.code === '250') {
      // EHLO: the host name, then keywords; ours may be fewer, never one Postfix did not offer.
      if (actual.lines[0] !== expected.lines[0]) problems.push(`EHLO names ${actual.lines[0]}`)
      const offered = new Set(expected.lines.slice(1))
      for (const keyword of actual.lines.slice(1)) if (!offered.has(keyword)) problems.push(`EHLO keyword ${keyword} not offered by Postfix`)
    }
  })
  return problems
}
