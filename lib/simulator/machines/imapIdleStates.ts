// The IMAP machine's push state (RFC 2177), inside its session. With `push`, processing ends with
// IDLE (imapIdle.ts) and the session rests in `idling`, connected; the lane stops driving it there
// until the server pushes. New mail, changes to send, a check or 29 minutes in IDLE (RFC 2177 §3)
// take it back to obtaining, which starts with DONE and fetches only what is new (the pushes kept
// the cache current), so a renewal with nothing new is DONE, then IDLE. Going offline or a
// dropped connection leave the session as ever, without LOGOUT.

const run = { type: 'run', params: { step: 'processing' } } as const

/** Processing, then LOGOUT; with push its last line was IDLE, and the session waits in `idling`. */
const afterProcessing = [{ guard: 'planPending', actions: run }, { target: 'disconnecting' }] as const

const onTheCache = { actions: 'localActionOnline' } as const

export const idleSteps = {
  processing: {
    meta: { label: 'Process changes' },
    entry: [{ type: 'plan', params: { step: 'processing' } } as const, run],
    always: [{ guard: 'idleSent', target: 'idling' }] as const,
    on: { 'client.step': afterProcessing, 'client.exchange': afterProcessing },
  },
  idling: {
    meta: { label: 'In IDLE' },
    always: [{ guard: 'needsServer', target: 'obtaining', actions: 'resume' }] as const,
    on: {
      'server.push': { actions: 'takePush' },
      'client.check': { actions: 'wakeToCheck' },
      'idle.renew': { actions: 'wake' },
      'user.read': onTheCache,
      'user.flag': onTheCache,
      'user.delete': onTheCache,
    },
  },
} as const
