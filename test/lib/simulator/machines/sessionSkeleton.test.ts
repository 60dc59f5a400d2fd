// The shared session skeleton (lib/simulator/machines/sessionSkeleton.ts): both client machines
// rest in the same three states and leave a session the same ways, and add only their own steps.

import { imapClientMachine, pop3ClientMachine } from '@/lib/simulator'
import { sessionSkeleton } from '@/lib/simulator/machines/sessionSkeleton'

describe('sessionSkeleton', () => {
  it('builds idle, offline, error and the session group around the given steps', () => {
    const skeleton = sessionSkeleton({ initialStep: 'first', steps: { first: {}, second: {} }, idleOn: { extra: { actions: 'x' } } })
    expect(skeleton.initial).toBe('idle')
    expect(Object.keys(skeleton.states)).toEqual(['idle', 'offline', 'error', 'session'])
    expect(skeleton.states.session.initial).toBe('first')
    expect(Object.keys(skeleton.states.session.states)).toEqual(['first', 'second'])
    expect(Object.keys(skeleton.states.idle.on)).toEqual(['client.check', 'net.offline', 'extra'])
    expect('always' in skeleton.states.idle).toBe(false)
  })

  it('gives both client machines the same resting states and session exits', () => {
    for (const machine of [pop3ClientMachine, imapClientMachine]) {
      const root = machine.root
      expect(Object.keys(root.states)).toEqual(['idle', 'offline', 'error', 'session'])
      const session = root.states.session
      expect([...session.transitions.keys()].sort()).toEqual(['net.drop', 'net.offline'])
      expect(session.always?.[0].guard).toBe('hasFault')
      for (const resting of ['idle', 'error']) expect(root.states[resting].transitions.get('client.check')?.[0].target?.[0].key).toBe('session')
      expect(root.states.offline.transitions.get('net.online')?.[0].target?.[0].key).toBe('idle')
    }
  })
})
