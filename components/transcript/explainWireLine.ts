// The note on one transcript line, as the lab's transcript, the console and their tests show it:
// the wire reader (lib/protocols/wire) reads where the line sits first, then content/explanations
// picks the words. Content imports only types from lib/, so this is where the two meet.
import { explainLine, type Direction } from '@/content/explanations'
import type { MailProtocol } from '@/lib/protocols'
import { lineContext, type LinePosition } from '@/lib/protocols/wire'

export type ExplainWireLine = (protocol: MailProtocol, direction: Direction, line: string, position?: LinePosition) => string

export const explainWireLine: ExplainWireLine = (protocol, direction, line, position) =>
  explainLine(protocol, direction, line, lineContext(protocol, direction, line, position))
