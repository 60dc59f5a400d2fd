// NAMESPACE (RFC 2342 §5): one personal namespace with an empty prefix and "/" as delimiter.

import { HIERARCHY_DELIMITER } from '@/lib/protocols/mailstore'
import { imapString } from '../formatter'
import { ALL_STATES_AFTER_LOGIN, defineCommand } from '../command'

export const namespace = defineCommand({
  name: 'NAMESPACE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  handle: () => ({
    status: 'OK',
    text: 'Namespace completed.',
    untagged: [`* NAMESPACE (("" ${imapString(HIERARCHY_DELIMITER)})) NIL NIL`],
  }),
})
