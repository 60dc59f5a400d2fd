// lib/protocols/wire: the one reader of what a mail server writes. Pure functions over text:
// lines with their endings, literal-aware IMAP responses, which lines are body or literal data,
// octet counts and header summaries. The console, the lab, the simulated clients and the
// explanations all read the wire through this module.

export { splitLines, lineTexts, endingMarker } from './lines'
export type { WireLine, LineEnding } from './lines'
export { octetLength } from './octets'
export { literalAnnouncedBy, literalAtEnd } from './literals'
export type { LiteralAnnouncement } from './literals'
export { lineContext } from './lineContext'
export type { LineContext, LinePosition } from './lineContext'
export { markServerLines } from './marking'
export type { MarkedLine } from './marking'
export { splitImapResponses } from './imapResponses'
export type { ImapResponse } from './imapResponses'
export { parseImapReply, taggedCompletion, untaggedResponse } from './imapReply'
export type { ImapReply, ImapValue, TaggedCompletion, Untagged } from './imapReply'
export { headerSection, headerField, summarizeHeader } from './headers'
export type { HeaderSummary, MessageListing } from './headers'
