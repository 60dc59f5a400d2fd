// lib/simulator/delivery.ts: the one place a delivery nobody named gets its subject.

import { createActor } from 'xstate'
import { machineFor, toSimulationView } from '@/lib/simulator'
import { deliveredMessage, deliverySubject, nextDeliverySubject } from '@/lib/simulator/delivery'
import { scenarios } from '@/content/scenarios/catalog'

describe('delivery', () => {
  it('numbers unnamed deliveries from 1, and keeps a given subject', () => {
    expect(deliverySubject(2)).toBe('New message 2')
    expect(deliveredMessage('alice', 3, {})).toMatch(/\r\nSubject: New message 3\r\n/)
    expect(deliveredMessage('alice', 3, { subject: 'Dentist on Friday' })).toMatch(/\r\nSubject: Dentist on Friday\r\n/)
  })

  it('numbers the next free-play delivery by the learner\'s own deliveries only', () => {
    expect(nextDeliverySubject([])).toBe('New message 1')
    expect(nextDeliverySubject([{ type: 'mail.deliver', subject: 'x' }, { type: 'user.checkMail', device: 'phone' }])).toBe('New message 2')
  })

  it('gives the view the subject of the next free-play delivery', () => {
    const actor = createActor(machineFor(scenarios), { input: { scenarioId: 'free-play' } }).start()
    const first = toSimulationView(actor.getSnapshot())
    expect(first.nextDeliverySubject).toBe('New message 1')
    actor.send({ type: 'mail.deliver', subject: first.nextDeliverySubject })
    const after = toSimulationView(actor.getSnapshot())
    expect(after.nextDeliverySubject).toBe('New message 2')
    const subjects = Object.values(after.lanes).flatMap((lane) => lane!.server.messages.map((message) => message.subject))
    expect(subjects).toContain('New message 1')
  })
})
