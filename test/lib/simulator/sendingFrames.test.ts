// Frame by frame through the `sending` scenario (lib/simulator/sending.ts through the engine):
// what a frame shows of the Outbox, the phone's Sent folder and the server's queue to other
// servers must agree with the SMTP conversation shown so far, at every granularity. The server
// accepts the message with its reply to the "." that ends DATA (RFC 5321 §4.1.1.4); from that
// frame on the queue holds it and the phone's Outbox is empty, and a POP3 phone has its own copy
// in Sent (it keeps it only on the device).

import { SimulationRun } from '@/lib/simulator/engine'
import { scenarios } from '@/content/scenarios'
import type { Exchange } from '@/lib/simulator/exchange'
import type { LaneFrame } from '@/lib/simulator/capture'
import type { Granularity } from '@/lib/simulator'

const sending = scenarios.find((scenario) => scenario.id === 'sending')
if (!sending) throw new Error('the sending scenario is missing')

/** True once the transcript up to `length` holds the server's 250 to the message ended by ".". */
function acceptedWithin(transcript: readonly Exchange[], length: number): boolean {
  return transcript.slice(0, length).some((entry) => entry.protocol === 'smtp' && (entry.client ?? '').endsWith('\r\n.') && entry.server.startsWith('250'))
}

function walk(granularity: Granularity) {
  const run = new SimulationRun(sending!.world, ['pop3', 'imap'], granularity)
  run.extend(sending!.steps.map((step) => step.action))
  return run
}

function phone(frame: LaneFrame) {
  const view = frame.devices.find((device) => device.id === 'phone')
  if (!view) throw new Error('no phone in the frame')
  return { outbox: view.outbox.length, sent: view.messages.filter((message) => message.folder === 'Sent').length }
}

describe.each(['exchange', 'step', 'action'] as const)('sending at %s granularity', (granularity) => {
  const run = walk(granularity)

  it.each(['pop3', 'imap'] as const)('%s: the queue to other servers changes in the frame of the server\'s reply to "."', (protocol) => {
    const lane = run.lanes[protocol]!
    const transcript = run.transcript(protocol)
    lane.frames.flat().forEach((frame, i) => {
      const accepted = acceptedWithin(transcript, frame.transcriptLength)
      expect(frame.server.outbound.length, `frame ${i}`).toBe(accepted ? 1 : 0)
    })
  })

  it.each(['pop3', 'imap'] as const)('%s: the Outbox empties in the same frame as the server accepts the message', (protocol) => {
    const lane = run.lanes[protocol]!
    const transcript = run.transcript(protocol)
    // Action 2 writes the reply offline; from then on it is in the Outbox until accepted.
    lane.frames.slice(1).flat().forEach((frame, i) => {
      expect(phone(frame).outbox, `frame ${i}`).toBe(acceptedWithin(transcript, frame.transcriptLength) ? 0 : 1)
    })
  })

  it('pop3: the phone holds its Sent copy once the message is accepted, before the action ends', () => {
    const lane = run.lanes.pop3!
    const transcript = run.transcript('pop3')
    lane.frames.flat().forEach((frame, i) => {
      expect(phone(frame).sent, `frame ${i}`).toBe(acceptedWithin(transcript, frame.transcriptLength) ? 1 : 0)
    })
    const sendAction = lane.frames[2]
    expect(phone(sendAction[sendAction.length - 1])).toEqual({ outbox: 0, sent: 1 })
  })

  it('imap: the Sent copy appears only after the phone APPENDs it to the server', () => {
    const lane = run.lanes.imap!
    const transcript = run.transcript('imap')
    lane.frames.flat().forEach((frame, i) => {
      const appended = transcript.slice(0, frame.transcriptLength).some((entry) => / APPEND Sent /.test(entry.client ?? '') && / OK /.test(entry.server))
      if (!appended) expect(phone(frame).sent, `frame ${i}`).toBe(0)
    })
    const online = lane.frames[2]
    expect(phone(online[online.length - 1])).toEqual({ outbox: 0, sent: 1 })
  })
})
