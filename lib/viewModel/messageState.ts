// The one word a message card shows for a message's state, from the server's flags or a device's copy.
import type { DeviceMessageView, ServerMessageView } from '@/lib/simulator/view'

export type MessageState = 'unread' | 'read' | 'deleted'

export function serverMessageState(message: ServerMessageView): MessageState {
  if (message.flags.includes('\\Deleted')) return 'deleted'
  return message.flags.includes('\\Seen') ? 'read' : 'unread'
}

export function deviceMessageState(message: DeviceMessageView): MessageState {
  if (message.deleted) return 'deleted'
  return message.seen ? 'read' : 'unread'
}
