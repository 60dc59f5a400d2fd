// The notes /live shows beside each wire line: the lab's own (content/explanations), plus one for
// the line live mode puts in place of a long reply's middle, which never went over the wire.
import { explainLine } from '@/content/explanations'
import type { ExplainLine } from '@/components/lab/TranscriptPanel'
import { LIVE_SKIPPED_LINES, LIVE_SKIPPED_NOTE } from '@/lib/live'

export const liveExplain: ExplainLine = (protocol, direction, line, context) =>
  direction === 'server' && LIVE_SKIPPED_LINES.test(line) ? LIVE_SKIPPED_NOTE : explainLine(protocol, direction, line, context)
