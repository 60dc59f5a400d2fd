'use client'
// Lays the lanes out: side by side on the stage (from 900 px wide), one at a time below it, picked
// with a LaneSwitcher. The selection can be held by the caller (the phone's bottom sheet shows the
// switch and the selected lane's narration), or kept here.
import { useState, type ReactNode } from 'react'
import type { Protocol } from '@/lib/protocols'
import { LaneSwitcher } from '@/components/lanes/LaneSwitcher'

export interface LabLanesProps {
  /** The rendered lanes (usually <Lane>), keyed by protocol. */
  lanes: Partial<Record<Protocol, ReactNode>>
  initial?: Protocol
  /** Controlled selection (with onSelect); the switch is then the caller's to show. */
  selected?: Protocol
  onSelect?: (protocol: Protocol) => void
  className?: string
}

export const LANE_IDS: Record<Protocol, string> = { pop3: 'lab-lane-pop3', imap: 'lab-lane-imap' }

export function LabLanes({ lanes, initial, selected: controlled, onSelect, className = '' }: LabLanesProps) {
  const protocols = (['pop3', 'imap'] as const).filter((protocol) => lanes[protocol] !== undefined)
  const [own, setOwn] = useState<Protocol>(initial ?? protocols[0] ?? 'pop3')
  const selected = controlled ?? own
  return (
    <div className={`flex min-h-0 flex-col gap-2 ${className}`}>
      {protocols.length > 1 && controlled === undefined && (
        <LaneSwitcher protocols={protocols} selected={selected} onSelect={onSelect ?? setOwn} controls={LANE_IDS} className="self-start stage:hidden" />
      )}
      <div className="grid min-h-0 flex-1 gap-2 stage:grid-cols-2">
        {protocols.map((protocol) => (
          <div key={protocol} id={LANE_IDS[protocol]} className={`flex min-h-0 min-w-0 flex-col ${protocol === selected ? '' : 'sheet:hidden'}`}>
            {lanes[protocol]}
          </div>
        ))}
      </div>
    </div>
  )
}
