// The IMAP argument AST (RFC 3501 §4 data formats) the parser produces and commands read, and the
// shape of a command's own argument check.

/** One parsed argument (RFC 3501 §4): an atom (NIL included), a string (quoted or literal) or a list. */
export type ImapArg =
  | { readonly kind: 'atom'; readonly value: string }
  | { readonly kind: 'string'; readonly value: string; readonly literal: boolean }
  | { readonly kind: 'list'; readonly items: readonly ImapArg[] }

/** What parsing the arguments of a command line gave. */
export type ArgsOutcome =
  | { readonly kind: 'ok'; readonly args: readonly ImapArg[] }
  /** The text ends in a literal announcement `{n}` / `{n+}` (RFC 3501 §4.3, RFC 7888). */
  | { readonly kind: 'literal'; readonly size: number; readonly sync: boolean; readonly args: readonly ImapArg[] }
  /** `fatal` errors close the connection with BYE (Dovecot: "Literal size too large"). */
  | { readonly kind: 'error'; readonly message: string; readonly fatal?: boolean }

/** A command's own argument check: the parsed value, or the text of a BAD reply. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** The text of a mailbox argument (RFC 3501 §9 mailbox = "INBOX" / astring). */
export function mailboxArg(arg: ImapArg | undefined): string | undefined {
  if (!arg || arg.kind === 'list') return undefined
  return arg.value
}
