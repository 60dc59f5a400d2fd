// The plain-language rules the narration is held to (issue 11), as code shared by the content
// tests and `npm run bench`: how text splits into sentences and words, which words count as
// protocol keywords, and the Flesch–Kincaid grade (syllables counted by a small heuristic).

/** Command, response and flag names that belong in transcript notes, not in the story. */
export const PROTOCOL_KEYWORDS: readonly string[] = [
  // POP3 (RFC 1939, 2449)
  'USER', 'PASS', 'APOP', 'AUTH', 'CAPA', 'STAT', 'LIST', 'RETR', 'DELE', 'NOOP', 'RSET', 'TOP', 'UIDL', 'QUIT', 'STLS',
  'TRANSACTION', 'AUTHORIZATION', 'UPDATE', 'PIPELINING',
  // IMAP (RFC 3501 and extensions)
  'LOGIN', 'LOGOUT', 'SELECT', 'EXAMINE', 'FETCH', 'STORE', 'SEARCH', 'EXPUNGE', 'CLOSE', 'UNSELECT', 'IDLE', 'DONE', 'APPEND',
  'COPY', 'MOVE', 'EXISTS', 'RECENT', 'FLAGS', 'UIDVALIDITY', 'UIDNEXT', 'BODY', 'BODY.PEEK', 'PEEK', 'ENVELOPE', 'STARTTLS',
  '\\Seen', '\\Deleted', '\\Flagged', '\\Recent', '\\Answered', '\\Draft',
]

const KEYWORD = new RegExp(`(?<![\\w\\\\])(${PROTOCOL_KEYWORDS.map((k) => k.replace(/[.\\]/g, '\\$&')).join('|')})(?![\\w])`, 'g')

/** Sentences of a text: split after . ! ? (and a closing quote or bracket) before a capital or quote. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\w/.test(sentence))
}

/** Words of a sentence: runs of letters or digits (with inner apostrophes, dots or hyphens). */
export function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu) ?? []
}

/** The protocol keywords a sentence names (each occurrence). */
export function protocolKeywords(sentence: string): string[] {
  return sentence.match(KEYWORD) ?? []
}

/**
 * Syllables of an English word, by the usual vowel-group heuristic: count vowel groups, drop a
 * silent final e, count "-le" after a consonant, and never less than one. Digits and all-caps
 * abbreviations count one syllable per letter group, read as spoken ("POP3" ≈ pop-three).
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 1
  if (w.length <= 3) return 1
  let count = (w.match(/[aeiouy]+/g) ?? []).length
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count -= 1
  if (/^y[aeiou]/.test(w)) count -= 1
  return Math.max(1, count)
}

/** Flesch–Kincaid grade level: 0.39 · words/sentence + 11.8 · syllables/word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const all = sentences(text)
  const wordList = all.flatMap(words)
  if (all.length === 0 || wordList.length === 0) return 0
  const syllableCount = wordList.reduce((sum, word) => sum + syllables(word), 0)
  return 0.39 * (wordList.length / all.length) + 11.8 * (syllableCount / wordList.length) - 15.59
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
