// The reference transcripts recorded from Dovecot 2.3 (test/fixtures/reference, see its README)
// and the mailbox they all start from. Protocol-neutral: POP3 and IMAP conformance tests share it.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MessageInput, UserInput } from '@/lib/protocols/mailstore'

export const REFERENCE_DIR = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url))

export type TranscriptProtocol = 'pop3' | 'imap'

/** One step of a transcript, as the README's "Format" section describes it. */
export type TranscriptStep =
  | {
      conn: string
      client: string
      server: string
      closed?: boolean
      not_sent?: boolean
      note?: string
      mode?: string
      elapsed_s?: number
    }
  | { conn: string; event: 'connect'; server: string; client?: null; note?: string }
  | { conn: string; event: 'read'; server: string; client?: null; note?: string }
  | { conn: string; event: 'drop'; server?: string; client?: null; note?: string }
  | { event: 'deliver'; conn?: null; client?: null; note?: string }

export type ClientStep = Extract<TranscriptStep, { client: string }>
export type EventStep = Exclude<TranscriptStep, ClientStep>

export interface Transcript {
  /** File name without .json, e.g. "pop3-basic". */
  name: string
  protocol: TranscriptProtocol
  description: string
  greetings: Record<string, string>
  connections: Record<string, TranscriptProtocol>
  exchanges: TranscriptStep[]
}

/** Every transcript whose file name starts with `prefix` (e.g. "pop3-"), sorted by name. */
export function loadTranscripts(prefix = ''): Transcript[] {
  const dir = join(REFERENCE_DIR, 'transcripts')
  return readdirSync(dir)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .map((file) => ({ ...JSON.parse(readFileSync(join(dir, file), 'utf8')), name: file.replace(/\.json$/, '') }))
}

/** Event steps carry `"client": null` in the JSON; client steps a string. */
export function isClientStep(step: TranscriptStep): step is ClientStep {
  return !('event' in step) && typeof step.client === 'string'
}

/** A message file from test/fixtures/reference/messages, as stored there (LF line ends). */
export function referenceMessageText(file: string): string {
  return readFileSync(join(REFERENCE_DIR, 'messages', file), 'utf8')
}

const at = (seconds: number) => new Date(seconds * 1000)

/** The starting state of every transcript (README, "The mailbox they start from"). */
export function referenceUsers(): UserInput[] {
  return [
    {
      name: 'alice',
      password: 'secret',
      messages: [
        { raw: referenceMessageText('1-first.eml'), internalDate: at(1_700_000_001) },
        { raw: referenceMessageText('2-second.eml'), internalDate: at(1_700_000_002) },
        { raw: referenceMessageText('3-third.eml'), internalDate: at(1_700_000_003) },
      ],
    },
    { name: 'bob', password: 'secret' },
  ]
}

/** What a `deliver` event drops into alice's INBOX. */
export function deliveredMessage(): MessageInput {
  return { raw: referenceMessageText('4-delivered.eml'), internalDate: at(1_700_000_004) }
}
