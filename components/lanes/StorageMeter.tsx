// Bytes a store holds, as an accessible meter ("623 bytes used of 10 MB"), on one line: a thin bar
// and the figure. The bar can be drawn against a shared scale so the server and the devices of one
// lane compare at a glance.
import type { Protocol } from '@/lib/protocols'
import { formatBytes } from '@/lib/viewModel/formatBytes'

export interface StorageMeterProps {
  /** Accessible name, e.g. "Mail server storage". */
  label: string
  bytesUsed: number
  /** The store's capacity (the server's quota); devices have none in the contract. */
  capacityBytes?: number
  /** What a full bar means; defaults to capacityBytes. Pass the lane's largest store to compare stores. */
  scaleBytes?: number
  protocol: Protocol
}

const barAccent: Record<Protocol, string> = { pop3: 'bg-pop3-strong', imap: 'bg-imap-strong' }

export function storageText(bytesUsed: number, capacityBytes?: number): string {
  const used = `${formatBytes(bytesUsed)} used`
  return capacityBytes === undefined ? used : `${used} of ${formatBytes(capacityBytes)}`
}

export function StorageMeter({ label, bytesUsed, capacityBytes, scaleBytes, protocol }: StorageMeterProps) {
  const scale = Math.max(scaleBytes ?? capacityBytes ?? bytesUsed, bytesUsed, 1)
  const percent = (bytesUsed / scale) * 100
  const text = storageText(bytesUsed, capacityBytes)
  return (
    <div className="flex min-w-0 items-center gap-2 text-[0.6875rem] leading-4">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={capacityBytes ?? scale}
        aria-valuenow={bytesUsed}
        aria-valuetext={text}
        className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-surface-sunken ring-1 ring-line ring-inset"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none ${barAccent[protocol]}`}
          style={{ width: bytesUsed > 0 ? `max(${percent.toFixed(2)}%, 0.25rem)` : '0' }}
        />
      </div>
      <span aria-hidden="true" className="truncate text-ink-muted">
        {text}
      </span>
    </div>
  )
}
