// The words on the client diagrams' arrows: what makes the client move, for a first-year
// student. Keyed by the machine's event type, or by the guard of an eventless transition.

const byEvent: Record<string, string> = {
  'client.check': 'check mail',
  'client.step': 'next',
  'client.exchange': 'next',
  'net.offline': 'goes offline',
  'net.online': 'back online',
  'net.drop': 'dropped',
}

const byGuard: Record<string, string> = {
  hasWork: 'changes to send',
  hasFault: 'error reply',
  sessionComplete: 'logged out',
  hasDeletable: 'some to delete',
  needsServer: 'new mail, check',
  idleSent: 'IDLE sent',
}

/** For the last transition of a choice, which has no guard: taken when the guards before it fail. */
const otherwise: Record<string, string> = {
  hasDeletable: 'none to delete',
}

/**
 * The label of one transition: its event's words, or its guard's when the event can lead to more
 * than one state (`choiceGuard`: the guard of the choice's first arrow); an eventless one says
 * only its guard.
 */
export function transitionLabel(eventType: string, guard: string | undefined, choiceGuard?: string): string {
  if (eventType === '') return guard ? (byGuard[guard] ?? guard) : 'at once'
  if (choiceGuard === undefined) return byEvent[eventType] ?? eventType
  if (guard) return byGuard[guard] ?? guard
  return otherwise[choiceGuard] ?? `not ${byGuard[choiceGuard] ?? choiceGuard}`
}
