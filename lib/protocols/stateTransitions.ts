// The protocol states as a transition table: which event moves a session from which state to
// which. The sessions change state only through `nextState`, so the state diagrams drawn from
// these tables show exactly what the simulated server does. `null` is "no connection": before
// the greeting and after the server or the client has closed it.

import type { ImapState, Pop3State, ProtocolState } from './session'

export interface StateTransition<State extends ProtocolState, Event extends string> {
  event: Event
  from: State | null
  to: State | null
  /** What the arrow says, in the RFC's words (commands in capitals). */
  label: string
}

export interface StateTable<State extends ProtocolState, Event extends string> {
  /** The states in the RFC's order. */
  states: readonly State[]
  transitions: readonly StateTransition<State, Event>[]
}

export type Pop3Event = 'connect' | 'login' | 'quit' | 'close'

/**
 * RFC 1939 §3–§6. QUIT in AUTHORIZATION ends the session without UPDATE; a connection that ends
 * any other way than QUIT never reaches UPDATE either, so nothing marked with DELE is removed.
 */
export const POP3_STATE_TABLE: StateTable<Pop3State, Pop3Event> = {
  states: ['AUTHORIZATION', 'TRANSACTION', 'UPDATE'],
  transitions: [
    { event: 'connect', from: null, to: 'AUTHORIZATION', label: '+OK greeting' },
    { event: 'login', from: 'AUTHORIZATION', to: 'TRANSACTION', label: 'USER + PASS or AUTH' },
    { event: 'quit', from: 'TRANSACTION', to: 'UPDATE', label: 'QUIT' },
    { event: 'quit', from: 'AUTHORIZATION', to: null, label: 'QUIT' },
    { event: 'close', from: 'UPDATE', to: null, label: '+OK, closes' },
    { event: 'close', from: 'TRANSACTION', to: null, label: 'dropped: no UPDATE' },
  ],
}

export type ImapEvent = 'connect' | 'login' | 'select' | 'unselect' | 'logout' | 'close'

/**
 * RFC 3501 §3 (the numbers are the arrows of its figure): (1) greeting without PREAUTH,
 * (4) LOGIN or AUTHENTICATE, (5) SELECT or EXAMINE, (6) CLOSE, UNSELECT (RFC 3691) or a failed
 * SELECT, (7) LOGOUT or the connection closing. The simulator never greets with PREAUTH (2) or
 * rejects with BYE (3), so those arrows are not in the table.
 */
export const IMAP_STATE_TABLE: StateTable<ImapState, ImapEvent> = {
  states: ['not authenticated', 'authenticated', 'selected', 'logout'],
  transitions: [
    { event: 'connect', from: null, to: 'not authenticated', label: '* OK greeting' },
    { event: 'login', from: 'not authenticated', to: 'authenticated', label: 'LOGIN or AUTHENTICATE' },
    { event: 'select', from: 'authenticated', to: 'selected', label: 'SELECT or EXAMINE' },
    { event: 'unselect', from: 'selected', to: 'authenticated', label: 'CLOSE or UNSELECT' },
    { event: 'logout', from: 'not authenticated', to: 'logout', label: 'LOGOUT' },
    { event: 'logout', from: 'authenticated', to: 'logout', label: 'LOGOUT' },
    { event: 'logout', from: 'selected', to: 'logout', label: 'LOGOUT' },
    { event: 'close', from: 'logout', to: null, label: 'BYE, closes' },
  ],
}

/**
 * The state `event` leads to from `state`. An event the table has no arrow for leaves the state
 * as it is (a handler never asks for one: the dispatcher checks each command's allowed states).
 */
export function nextState<State extends ProtocolState, Event extends string>(
  table: StateTable<State, Event>,
  state: State | null,
  event: Event,
): State | null {
  const transition = table.transitions.find((candidate) => candidate.event === event && candidate.from === state)
  return transition ? transition.to : state
}

/**
 * For a session object, which keeps its last state after its connection closes. From `null`
 * (a new session) the table must have the arrow: a missing one is a bug in the table.
 */
export function stateAfter<State extends ProtocolState, Event extends string>(table: StateTable<State, Event>, state: State | null, event: Event): State {
  const next = nextState(table, state, event) ?? state
  if (next === null) throw new Error(`The state table has no "${event}" arrow out of "no connection"`)
  return next
}
