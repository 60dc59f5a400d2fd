'use client'
// Free play: the learner's own actions. They run in both lanes at once, so the difference between
// the protocols stays visible. Per-message and per-device actions sit on the device panels; this
// bar holds checking mail, new mail arriving, and adding a device.
import { useId, useState } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import { DEVICE_LABELS, type DeviceId } from '@/lib/simulator/view'
import { SendForm, type SendFormProps } from './SendForm'

export interface FreePlayPanelProps {
  /** Devices that can act now (the machine accepts their actions). */
  devices: readonly DeviceId[]
  /** Devices the machine would accept adding. */
  addable: readonly DeviceId[]
  onCheckMail: (device: DeviceId) => void
  onDeliver?: () => void
  onAddDevice: (device: DeviceId) => void
  /** Write and send a message from a device (user.send); absent: not offered. */
  onSend?: SendFormProps['onSend']
  /** Let simulated time pass (clock.advance); absent: not offered. */
  onWait?: () => void
  /** How many minutes "Wait" lets pass. */
  waitMinutes?: number
}

export function FreePlayPanel({ devices, addable, onCheckMail, onDeliver, onAddDevice, onSend, onWait, waitMinutes = 5 }: FreePlayPanelProps) {
  const headingId = useId()
  const selectId = useId()
  const [picked, setPicked] = useState<DeviceId | ''>('')
  const toAdd = picked && addable.includes(picked) ? picked : addable[0]
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-3">
      <h2 id={headingId} className="text-base font-semibold">
        Your turn: free play
      </h2>
      <p className="text-sm text-ink-muted">
        Each action happens in both lanes. Read, flag, archive or delete a message on a device, take a device offline, lose it,
        or change POP3&apos;s &ldquo;leave a copy&rdquo;; send a message, let time pass; then check mail and compare.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {devices.map((device) => (
          <button key={device} type="button" className={buttonClass} onClick={() => onCheckMail(device)}>
            Check mail on {DEVICE_LABELS[device]}
          </button>
        ))}
        {onDeliver && (
          <button type="button" className={buttonClass} onClick={onDeliver}>
            New mail arrives
          </button>
        )}
        {onWait && (
          <button type="button" className={buttonClass} onClick={onWait}>
            Wait {waitMinutes} minutes
          </button>
        )}
        {toAdd && (
          <span className="inline-flex items-center gap-1.5">
            <label htmlFor={selectId} className="text-xs">
              Device to add
            </label>
            <select
              id={selectId}
              value={toAdd}
              onChange={(event) => setPicked(event.target.value as DeviceId)}
              className="min-h-8 rounded border border-line bg-surface-raised px-1 text-xs text-ink"
            >
              {addable.map((device) => (
                <option key={device} value={device}>
                  {DEVICE_LABELS[device]}
                </option>
              ))}
            </select>
            <button type="button" className={buttonClass} onClick={() => onAddDevice(toAdd)}>
              Add {DEVICE_LABELS[toAdd]}
            </button>
          </span>
        )}
      </div>
      {onSend && <SendForm devices={devices} onSend={onSend} />}
    </div>
  )
}
