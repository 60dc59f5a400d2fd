import { deviceMessageState, serverMessageState } from '@/lib/viewModel/messageState'
import type { DeviceMessageView, ServerMessageView } from '@/lib/simulator/view'

const server = (flags: string[]) => ({ flags }) as ServerMessageView
const device = (seen: boolean, deleted: boolean) => ({ seen, deleted }) as DeviceMessageView

describe('message state', () => {
  it('reads the server copy from its flags, \\Deleted before \\Seen', () => {
    expect(serverMessageState(server([]))).toBe('unread')
    expect(serverMessageState(server(['\\Seen']))).toBe('read')
    expect(serverMessageState(server(['\\Seen', '\\Deleted']))).toBe('deleted')
  })

  it('reads a device copy from its seen and deleted marks', () => {
    expect(deviceMessageState(device(false, false))).toBe('unread')
    expect(deviceMessageState(device(true, false))).toBe('read')
    expect(deviceMessageState(device(true, true))).toBe('deleted')
  })
})
