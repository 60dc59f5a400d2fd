// A client that speaks to the server through the byte API only (receive / onOutput), as a TCP
// peer would: what it writes is bytes, what it gets back is every byte the server wrote.

import type { Connection, MailServer, Protocol } from '@/lib/protocols'

export interface ByteClient {
  readonly connection: Connection
  /** Writes bytes (or a string taken as latin1: one byte per code unit) to the server. */
  write(data: Uint8Array | string): void
  /** Every byte the server wrote since the last take(). */
  take(): Uint8Array
  /** take() read as latin1, so every byte shows as one character. */
  takeText(): string
}

export const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))
export const fromLatin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join('')

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

export function byteClient(server: MailServer, protocol: Protocol): ByteClient {
  let chunks: Uint8Array[] = []
  const connection = server.connect(protocol, { onOutput: (bytes) => chunks.push(bytes) })
  const take = () => {
    const out = concat(chunks)
    chunks = []
    return out
  }
  return {
    connection,
    write: (data) => connection.receive(typeof data === 'string' ? latin1(data) : data),
    take,
    takeText: () => fromLatin1(take()),
  }
}
