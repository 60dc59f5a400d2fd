// What a user does on one device (check mail, read, delete, flag, move, go offline or online,
// send, change settings): the client machines get the event and the lane drives their sessions.
// Lane.apply handles the actions about the world (delivery, devices, the clock) and sends the
// rest here.

import { reachedDropPoint, type ClientRuntime } from './clientProgress'
import type { ClientEvent } from './clients/events'
import type { DeviceRuntime } from './deviceRuntime'
import type { Granularity } from './view'
import type { SimAction } from './actions'
import { composedMessage, flushOutbox, type OutboxLane } from './sending'

/** What a device's actions need of their lane (declared here, so this module does not import lane.ts). */
export interface DeviceActionLane extends OutboxLane {
  readonly messageIdByKey: ReadonlyMap<string, string>
}

export type Drive = (client: ClientRuntime, stopAfter?: (client: ClientRuntime) => boolean) => void

/** Applies an action aimed at `device` (present in the lane); notices go to the lane. */
export function applyToDevice(lane: DeviceActionLane, device: DeviceRuntime, action: SimAction, drive: Drive, granularity: Granularity, unit: () => void): void {
  switch (action.type) {
    case 'user.checkMail':
    case 'net.drop':
      if (!device.online) {
        lane.notices.push('offline')
        return
      }
      for (const client of device.clients) {
        client.actor.send({ type: 'client.check' })
        if (action.type === 'user.checkMail') drive(client)
        else {
          drive(client, (c) => reachedDropPoint(c, action.afterStep))
          client.actor.send({ type: 'net.drop' })
        }
      }
      return
    case 'user.read':
    case 'user.delete':
    case 'user.flag':
    case 'user.move': {
      const [account] = action.key.split(':')
      const messageId = lane.messageIdByKey.get(action.key)
      const client = device.clients.find((candidate) => candidate.account.user === account)
      if (!client || !messageId) {
        lane.notices.push('unknown-message')
        return
      }
      const event: ClientEvent = action.type === 'user.move' ? { type: 'user.move', messageId, folder: action.folder } : { type: action.type, messageId }
      client.actor.send(event)
      const notice = client.actor.getSnapshot().context.notice
      if (notice) lane.notices.push(notice)
      drive(client)
      return
    }
    case 'user.goOffline':
      device.online = false
      for (const client of device.clients) client.actor.send({ type: 'net.offline' })
      return
    case 'user.send': {
      const client = device.clients.find((candidate) => !action.account || candidate.account.user === action.account)
      if (!client) {
        lane.notices.push('no-account')
        return
      }
      const n = ++device.composed
      const raw = composedMessage(client.account.user, device.id, n, action)
      device.outbox.push({ key: `${client.account.user}:outbox:${n}`, account: client.account.user, to: action.to, subject: action.subject, raw })
      if (!device.online) lane.notices.push('queued-offline')
      else flushOutbox(lane, device, granularity, unit, drive)
      return
    }
    case 'user.goOnline':
      device.online = true
      // The Outbox goes first, while the clients still rest: each sent copy joins their waiting changes.
      flushOutbox(lane, device, granularity, unit, drive)
      for (const client of device.clients) {
        client.actor.send({ type: 'net.online' })
        // A pushing client reconnects by itself to wait in IDLE again.
        if (client.account.push && lane.protocol === 'imap') client.actor.send({ type: 'client.check' })
        drive(client)
      }
      return
    case 'settings.change':
      for (const client of device.clients) {
        if (action.account && client.account.user !== action.account) continue
        client.actor.send({ type: 'settings.change', leaveCopy: action.leaveCopy, offlineCopies: action.offlineCopies })
        if (action.leaveCopy !== undefined) client.account = { ...client.account, leaveCopy: action.leaveCopy }
        if (action.offlineCopies !== undefined) client.account = { ...client.account, offlineCopies: action.offlineCopies }
      }
      return
  }
}
