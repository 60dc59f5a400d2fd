// The small heading over one exchange of a transcript: who spoke, in which step, and what kind of
// exchange it is when it is not the lane's own protocol (SMTP: sending, or the sender's server
// handing over mail) or when the server spoke unasked (an IMAP push while the device idles).
import { DEVICE_LABELS, RELAY_LABEL, type TranscriptEntryView } from '@/lib/simulator/view'

/** A greeting opens a connection: POP3 "+OK", IMAP "* OK"/"* PREAUTH"/"* BYE", SMTP "220"/"554". */
const GREETING = /^(\+OK|\* OK|\* PREAUTH|\* BYE|220[ -]|554[ -])/

/** An exchange the server started without a command that is not a greeting: pushed news (RFC 2177 IDLE). */
export function isPush(entry: Pick<TranscriptEntryView, 'client' | 'server'>): boolean {
  return entry.client === null && !GREETING.test(entry.server)
}

export function speakerLabel(entry: Pick<TranscriptEntryView, 'device'>): string {
  return entry.device === 'relay' ? RELAY_LABEL : DEVICE_LABELS[entry.device]
}

export interface EntryHeadingProps {
  entry: TranscriptEntryView
  current: boolean
  /** Who spoke; defaults to the lab's device label (live mode names real clients instead). */
  speaker?: (entry: TranscriptEntryView) => string
}

export function EntryHeading({ entry, current, speaker = speakerLabel }: EntryHeadingProps) {
  return (
    <p className="px-1.5 text-[0.6875rem] tracking-wide text-ink-muted uppercase">
      {entry.protocol === 'smtp' && (
        <span className="mr-1 rounded border border-line px-1 font-semibold text-ink normal-case" data-smtp="">
          SMTP{entry.device === 'relay' ? ' (server to server)' : ' (sending)'}
        </span>
      )}
      {speaker(entry)} · {entry.step}
      {isPush(entry) && <span className="ml-1 font-semibold text-ink normal-case">· pushed by the server</span>}
      {current && <span className="ml-1 font-semibold text-ink normal-case">(latest step)</span>}
    </p>
  )
}
