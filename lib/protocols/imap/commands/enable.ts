// ENABLE (RFC 5161 §3.1): we implement no extension that needs enabling, so `* ENABLED` names none.

import { ALL_STATES_AFTER_LOGIN, defineCommand } from '../command'

export const enable = defineCommand({
  name: 'ENABLE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) =>
    args.length > 0 && args.every((arg) => arg.kind === 'atom') ? { ok: true, value: undefined } : { ok: false, message: 'Invalid arguments.' },
  handle: () => ({ status: 'OK', text: 'Enabled.', untagged: ['* ENABLED'] }),
})
