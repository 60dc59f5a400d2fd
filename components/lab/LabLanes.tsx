'use client'
// Lays the lanes out: side by side from about 900 px, stacked below it with a LaneSwitcher that
// shows one lane at a time. Which lane shows is view state, kept here.
import { useState, type ReactNode } from 'react'
import type { Protocol } from '@/lib/protocols'
import { LaneSwitcher } from '@/components/lanes/LaneSwitcher'

export interface LabLanesProps {
  /** The rendered lanes (usually <Lane>), keyed by protocol. */
  lanes: Partial<Record<Protocol, ReactNode>>
  initial?: Protocol
}

export function LabLanes({ lanes, initial }: LabLanesProps) {
  const protocols = (['pop3', 'imap'] as const).filter((protocol) => lanes[protocol] !== undefined)
  const [selected, setSelected] = useState<Protocol>(initial ?? protocols[0] ?? 'pop3')
  const ids = { pop3: 'lab-lane-pop3', imap: 'lab-lane-imap' }
  return (
    <div className="flex flex-col gap-3">
      {protocols.length > 1 && (
        <LaneSwitcher protocols={protocols} selected={selected} onSelect={setSelected} controls={ids} className="self-start min-[900px]:hidden" />
      )}
      <div className="grid gap-4 min-[900px]:grid-cols-2">
        {protocols.map((protocol) => (
          <div key={protocol} id={ids[protocol]} className={`min-w-0 ${protocol === selected ? '' : 'max-[899px]:hidden'}`}>
            {lanes[protocol]}
          </div>
        ))}
      </div>
    </div>
  )
}
