import { withDeviceCount, withMessageCount } from '@/components/labConfig/worldOptions'
import { testScenario } from '../lab/catalog'

describe('worldOptions', () => {
  it('keeps the scenario when no count is asked for', () => {
    expect(withDeviceCount(testScenario, null)).toBe(testScenario)
    expect(withMessageCount(testScenario, null)).toBe(testScenario)
  })

  it('drops or adds devices, new ones copying the first device\'s accounts', () => {
    expect(withDeviceCount(testScenario, 1).world.devices.map((d) => d.id)).toEqual(['phone'])
    const four = withDeviceCount(testScenario, 4).world.devices
    expect(four.map((d) => d.id)).toEqual(['phone', 'laptop', 'tablet', 'desktop'])
    expect(four[3].accounts).toEqual(testScenario.world.devices[0].accounts)
    expect(testScenario.world.devices).toHaveLength(2)
  })

  it('tops the first mailbox up with deterministic messages', () => {
    const a = withMessageCount(testScenario, 50)
    const b = withMessageCount(testScenario, 50)
    expect(a.world.users[0].messages).toHaveLength(50)
    expect(a.world.users[0].messages).toEqual(b.world.users[0].messages)
    expect(String(a.world.users[0].messages[49])).toMatch(/^From: .*\r\n.*Subject: Update 50\r\n/s)
  })
})
