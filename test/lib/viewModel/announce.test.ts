import { describeStep, laneChanges } from '@/lib/viewModel/announce'
import type { DeviceMessageView, DeviceView, LaneView, SimulationView } from '@/lib/simulator/view'

const message = (subject: string, seen = false, deleted = false): DeviceMessageView => ({
  key: `alice:${subject}`,
  account: 'alice',
  folder: 'INBOX',
  uid: 1,
  subject,
  from: 'Bob',
  size: 100,
  seen,
  flagged: false,
  deleted,
  hasBody: true,
})

const device = (id: 'phone' | 'laptop', messages: DeviceMessageView[], online = true): DeviceView => ({
  id,
  label: id === 'phone' ? 'Phone' : 'Laptop',
  online,
  bytesUsed: 0,
  accounts: [],
  messages,
  clientStep: 'idle',
  protocolState: null,
  outbox: [],
  idling: false,
  nextCheckAt: null,
})

const lane = (devices: DeviceView[], server: string[] = [], outcome = 'Phone: NOOP.'): LaneView => ({
  protocol: 'imap',
  server: {
    bytesUsed: 0,
    quotaBytes: 1000,
    messages: server.map((subject) => ({ key: `alice:${subject}`, account: 'alice', mailbox: 'INBOX', uid: 1, subject, from: 'Bob', size: 1, flags: [], markedForDeletion: false })),
    outbound: [],
  },
  devices,
  metrics: { roundTrips: 0, bytesToServer: 0, bytesFromServer: 0 },
  transcript: [],
  activeDevice: 'phone',
  lastExchanges: [],
  outcome,
  clockMinutes: 0,
  minutesToSee: [],
})

const view = (imap: LaneView, done = false): SimulationView => ({
  scenarioId: 's',
  title: 'S',
  goal: '',
  stepIndex: 0,
  totalSteps: 1,
  done,
  narration: {},
  question: null,
  lanes: { imap },
  granularity: 'step',
  freePlay: false,
  nextDeliverySubject: 'New message 1',
  tick: 0,
  ticksInStep: 1,
})

describe('announce', () => {
  it('says what a device now shows, in the words the issue uses', () => {
    const before = lane([device('laptop', [message('Lunch?')])])
    const after = lane([device('laptop', [message('Lunch?', true)])])
    expect(laneChanges(before, after)).toEqual(["Laptop now shows 'Lunch?' as read"])
  })

  it('names new, removed and deleted messages, the server, and online changes', () => {
    const before = lane([device('phone', [message('A')])], ['A', 'B'])
    const after = lane([device('phone', [message('A', false, true), message('B')], false)], ['A'])
    expect(laneChanges(before, after)).toEqual([
      "Mail server no longer has 'B'",
      'Phone is now offline',
      "Phone now shows 'B' as unread",
      "Phone now shows 'A' as deleted",
    ])
  })

  it('counts instead of listing when many messages change at once', () => {
    const many = ['1', '2', '3', '4', '5'].map((n) => message(`M${n}`))
    expect(laneChanges(lane([device('phone', [])]), lane([device('phone', many)]))).toEqual(['Phone now shows 5 more messages'])
  })

  it('falls back to the lane outcome when nothing visible changed, and notes the end', () => {
    const same = lane([device('phone', [])])
    expect(describeStep(view(same), view(lane([device('phone', [])], [], 'Phone: LOGIN.'), true))).toBe(
      'IMAP: Phone: LOGIN. End of the scenario: the comparison table is below the lanes.',
    )
  })
})
