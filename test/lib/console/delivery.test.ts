// lib/console/delivery.ts: the console's deliveries, numbered by the lab's own deliveredMessage.

import { CONSOLE_DELIVERIES, consoleDelivery } from '@/lib/console/delivery'
import { deliverySubject } from '@/lib/simulator/delivery'

describe('consoleDelivery', () => {
  it('delivers the given first message, then numbered arrivals a second apart', () => {
    expect(consoleDelivery(1, 'FIRST')).toBe('FIRST')
    const third = consoleDelivery(3, 'FIRST')
    expect(third).toMatch(/\nSubject: New arrival 3\n/)
    expect(third).toMatch(/\nDate: Tue, 14 Nov 2023 22:13:27 \+0000\n/)
    expect(third).toMatch(/\nMessage-ID: <delivery3@example.com>\n/)
    expect(deliverySubject(3, CONSOLE_DELIVERIES)).toBe('New arrival 3')
    expect(third.split('\n')).toHaveLength(8)
    expect(consoleDelivery(40, 'FIRST')).toMatch(/\nDate: Tue, 14 Nov 2023 22:14:04 \+0000\n/)
  })
})
