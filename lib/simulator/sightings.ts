// How long each device took to learn of each delivered message: the simulated minutes from the
// message's arrival in an INBOX on the server until the device first holds it (in any folder).
// Only grows, in the order devices first held messages, so frames can share it by length.

import { messageKey, type MessageKey } from './actions'
import type { DeviceId } from './devices'
import type { MinutesToSeeView } from './view'

interface Delivery {
  key: MessageKey
  account: string
  messageId: string
  subject: string
  minute: number
}

export class Sightings {
  private readonly deliveries: Delivery[] = []
  /** `${key} ${device}` of every sighting recorded. */
  private readonly seen = new Set<string>()
  /** Sightings in the order they happened. */
  readonly records: MinutesToSeeView[] = []
  /** Per device and account, the messages list last looked at (lists are replaced, never edited). */
  private readonly lastLooked = new Map<string, readonly { messageId: string }[]>()
  private readonly deliveriesLooked = new Map<string, number>()

  /** A message arrived in `account`'s INBOX on the server at `minute`. */
  delivered(account: string, uid: number, messageId: string, subject: string, minute: number): void {
    this.deliveries.push({ key: messageKey(account, 'INBOX', uid), account, messageId, subject, minute })
  }

  /** The device's client for `account` now holds `messages`; records first sightings at `minute`. */
  observe(device: DeviceId, account: string, messages: readonly { messageId: string }[], minute: number): void {
    const where = `${device} ${account}`
    if (this.lastLooked.get(where) === messages && this.deliveriesLooked.get(where) === this.deliveries.length) return
    this.lastLooked.set(where, messages)
    this.deliveriesLooked.set(where, this.deliveries.length)
    const unseen = this.deliveries.filter((delivery) => delivery.account === account && !this.seen.has(`${delivery.key} ${device}`))
    if (unseen.length === 0) return
    const held = new Set(messages.map((message) => message.messageId))
    for (const delivery of unseen) {
      if (!held.has(delivery.messageId)) continue
      this.seen.add(`${delivery.key} ${device}`)
      this.records.push({ key: delivery.key, subject: delivery.subject, device, minutes: minute - delivery.minute })
    }
  }
}

/** The report's shape: message key → device → minutes. */
export function minutesToSeeByKey(records: readonly MinutesToSeeView[]): Record<MessageKey, Partial<Record<DeviceId, number>>> {
  const byKey: Record<MessageKey, Partial<Record<DeviceId, number>>> = {}
  for (const record of records) (byKey[record.key] ??= {})[record.device] = record.minutes
  return byKey
}
