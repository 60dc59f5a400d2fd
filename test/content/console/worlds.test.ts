import { createMailServer } from '@/lib/protocols'
import { CONSOLE_WORLDS, FIRST_DELIVERY, FREE_PLAY_WORLD } from '@/content/console/worlds'
import { scenarios } from '@/content/scenarios'

describe('console worlds', () => {
  it('offers free play first, then every scenario\'s start, with unique ids', () => {
    expect(CONSOLE_WORLDS[0]).toBe(FREE_PLAY_WORLD)
    expect(CONSOLE_WORLDS.slice(1).map((world) => world.id)).toEqual(scenarios.map((scenario) => `scenario:${scenario.id}`))
    expect(CONSOLE_WORLDS).toHaveLength(scenarios.length + 1)
    expect(new Set(CONSOLE_WORLDS.map((world) => world.id)).size).toBe(CONSOLE_WORLDS.length)
  })

  it('builds a server from every world, whose user can log in', () => {
    for (const world of CONSOLE_WORLDS) {
      const server = createMailServer({ users: world.users })
      const user = world.users.find((candidate) => candidate.name === world.user)!
      const connection = server.connect('pop3')
      connection.send(`USER ${user.name}`)
      expect(connection.send(`PASS ${user.password}`), world.id).toMatch(/^\+OK/)
    }
  })

  it('starts free play from the reference mailbox: 220, 211 and 192 octets', () => {
    const server = createMailServer({ users: FREE_PLAY_WORLD.users })
    expect(server.store.inbox('alice')!.messages.map((m) => m.size)).toEqual([220, 211, 192])
  })

  it('delivers the reference\'s recorded new mail first', () => {
    expect(FIRST_DELIVERY).toMatch(/Subject: New arrival\n/)
  })
})
