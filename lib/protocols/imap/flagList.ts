// Flags a client names in STORE and APPEND (RFC 3501 §6.4.6, §2.3.2).

import type { ImapArg, Parsed } from './arguments'
import { isAtomChar } from './chars'
import { SYSTEM_FLAG_ORDER } from './constants'

/** A flag from a client: system flags in their canonical spelling, keywords as atoms (RFC 3501 §2.3.2). */
export function parseFlag(arg: ImapArg): Parsed<string> {
  if (arg.kind !== 'atom') return { ok: false, message: 'Flags list contains non-atoms.' }
  const value = arg.value
  if (value.startsWith('\\')) {
    const system = SYSTEM_FLAG_ORDER.find((flag) => flag.toLowerCase() === value.toLowerCase())
    return system ? { ok: true, value: system } : { ok: false, message: `Invalid system flag ${value.toUpperCase()}` }
  }
  for (let i = 0; i < value.length; i++) {
    if (!isAtomChar(value.charCodeAt(i))) return { ok: false, message: `Invalid characters in keyword ${value}` }
  }
  return { ok: true, value }
}

/** A flag list `(\Seen $Label)` or bare flags. */
export function parseFlags(args: readonly ImapArg[]): Parsed<string[]> {
  const items = args.length === 1 && args[0].kind === 'list' ? args[0].items : args
  const flags: string[] = []
  for (const item of items) {
    const flag = parseFlag(item)
    if (!flag.ok) return flag
    if (!flags.some((known) => known.toLowerCase() === flag.value.toLowerCase())) flags.push(flag.value)
  }
  return { ok: true, value: flags }
}
