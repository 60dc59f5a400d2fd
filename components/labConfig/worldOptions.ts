// Configuration of a scenario's starting world from the lab's options (URL `devices`, and the
// benchmark's `messages`): plain data in, plain data out. The scenario's own steps and words are
// kept; only the world's device list or the first user's mailbox size change.
import type { Scenario } from '@/lib/simulator/scenario'
import type { DeviceSpec } from '@/lib/simulator/types'
import { DEVICE_IDS } from '@/lib/simulator/view'

/** The scenario with exactly `count` devices (1–4): extra ones copy the first device's accounts. */
export function withDeviceCount(scenario: Scenario, count: number | null): Scenario {
  const devices = scenario.world.devices
  if (count === null || count === devices.length || devices.length === 0) return scenario
  const n = Math.max(1, Math.min(DEVICE_IDS.length, Math.round(count)))
  let next: DeviceSpec[]
  if (n < devices.length) next = devices.slice(0, n)
  else {
    const free = DEVICE_IDS.filter((id) => !devices.some((device) => device.id === id))
    const template = devices[0]
    next = [...devices, ...free.slice(0, n - devices.length).map((id) => ({ ...template, id, accounts: template.accounts.map((account) => ({ ...account })) }))]
  }
  return { ...scenario, world: { ...scenario.world, devices: next } }
}

/** A deterministic filler message (no clock, no randomness). */
function fillerMessage(user: string, index: number): string {
  const day = String((index % 28) + 1).padStart(2, '0')
  return [
    `From: Newsletter ${index} <news${index}@example.org>`,
    `To: ${user}@example.org`,
    `Subject: Update ${index}`,
    `Message-ID: <filler-${index}@example.org>`,
    `Date: Mon, ${day} Jun 2025 08:00:00 +0000`,
    '',
    `Filler message ${index}, so the lab shows a full mailbox.`,
    '',
  ].join('\r\n')
}

/** The scenario with the first user's mailbox topped up to `total` messages (for the benchmark). */
export function withMessageCount(scenario: Scenario, total: number | null): Scenario {
  const [first, ...rest] = scenario.world.users
  if (total === null || !first || first.messages.length >= total) return scenario
  const messages = [...first.messages]
  for (let i = messages.length + 1; i <= total; i++) messages.push(fillerMessage(first.name, i))
  return { ...scenario, world: { ...scenario.world, users: [{ ...first, messages }, ...rest] } }
}

const MAX_MESSAGES = 200

/** The benchmark's `messages` parameter: a whole number from 1 to 200, else none. */
export function parseMessagesParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('messages')
  if (raw === null || !/^\d{1,3}$/.test(raw.trim())) return null
  const n = Number(raw.trim())
  return n >= 1 && n <= MAX_MESSAGES ? n : null
}
