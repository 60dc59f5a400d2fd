'use client'
// Free play: write a message on a device and send it. The device submits it over SMTP (an offline
// device keeps it in its Outbox until it is back online). A small form: from which device, to whom,
// and a subject; both fields must hold something, and the form says so instead of sending nothing.
import { useId, useState, type FormEvent } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import { DEVICE_LABELS, type DeviceId } from '@/lib/simulator/view'

export interface SendFormProps {
  /** Devices that can send now. */
  devices: readonly DeviceId[]
  onSend: (message: { device: DeviceId; to: string; subject: string }) => void
}

/** Another domain, so the message waits in the server's queue for other servers (nothing leaves). */
export const DEFAULT_RECIPIENT = 'carol@example.net'

const fieldClass = 'min-h-8 min-w-0 rounded border border-line bg-surface-raised px-1.5 text-xs text-ink'

/** The problem with what was typed, in words, or null when it can be sent. */
export function sendProblem(to: string, subject: string): string | null {
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(to.trim())) return 'Write an address like carol@example.net in "To".'
  if (subject.trim() === '') return 'Write a subject.'
  return null
}

export function SendForm({ devices, onSend }: SendFormProps) {
  const id = useId()
  const [picked, setPicked] = useState<DeviceId | ''>('')
  const [to, setTo] = useState(DEFAULT_RECIPIENT)
  const [subject, setSubject] = useState('Hello 1')
  const [problem, setProblem] = useState<string | null>(null)
  const [sent, setSent] = useState(0)
  const device = picked && devices.includes(picked) ? picked : devices[0]
  if (!device) return null

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = sendProblem(to, subject)
    setProblem(found)
    if (found || !device) return
    onSend({ device, to: to.trim(), subject: subject.trim() })
    setSent((count) => count + 1)
    setSubject(`Hello ${sent + 2}`)
  }

  return (
    <form aria-labelledby={`${id}-h`} onSubmit={submit} noValidate className="flex flex-wrap items-center gap-1.5">
      <h3 id={`${id}-h`} className="text-xs font-semibold">
        Write and send a message
      </h3>
      <label htmlFor={`${id}-from`} className="text-xs">
        From
      </label>
      <select id={`${id}-from`} value={device} onChange={(event) => setPicked(event.target.value as DeviceId)} className={fieldClass}>
        {devices.map((candidate) => (
          <option key={candidate} value={candidate}>
            {DEVICE_LABELS[candidate]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`} className="text-xs">
        To
      </label>
      <input
        id={`${id}-to`}
        type="email"
        value={to}
        onChange={(event) => setTo(event.target.value)}
        aria-invalid={problem?.includes('"To"') || undefined}
        aria-describedby={`${id}-status`}
        className={`${fieldClass} w-40`}
      />
      <label htmlFor={`${id}-subject`} className="text-xs">
        Subject
      </label>
      <input
        id={`${id}-subject`}
        type="text"
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        aria-invalid={problem === 'Write a subject.' || undefined}
        aria-describedby={`${id}-status`}
        className={`${fieldClass} w-32`}
      />
      <button type="submit" className={buttonClass}>
        Send from {DEVICE_LABELS[device]}
      </button>
      <p id={`${id}-status`} role="status" className={`basis-full text-xs ${problem ? 'font-medium text-pop3' : 'text-ink-muted'}`}>
        {problem ?? 'An offline device keeps it in its Outbox until it is back online.'}
      </p>
    </form>
  )
}
