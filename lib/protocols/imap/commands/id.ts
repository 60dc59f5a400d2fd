// ID (RFC 2971 §3.1): the client may say who it is (a list or NIL); the server answers `* ID (...)`.

import { SERVER_ID } from '../constants'
import { imapString } from '../formatter'
import { ANY_STATE, defineCommand } from '../command'

export const id = defineCommand({
  name: 'ID',
  allowedStates: ANY_STATE,
  parse: (args) => {
    const arg = args[0]
    const valid = arg !== undefined && ((arg.kind === 'atom' && arg.value.toUpperCase() === 'NIL') || arg.kind === 'list')
    return valid ? { ok: true, value: undefined } : { ok: false, message: 'Invalid ID parameters' }
  },
  handle: () => ({
    status: 'OK',
    text: 'ID completed.',
    untagged: [`* ID (${SERVER_ID.map(([key, value]) => `${imapString(key)} ${imapString(value)}`).join(' ')})`],
  }),
})
