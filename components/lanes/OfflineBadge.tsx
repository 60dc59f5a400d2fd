// Online or offline, as text and an icon (never colour alone).
import { OfflineIcon, OnlineIcon } from './icons'

export interface OfflineBadgeProps {
  online: boolean
}

export function OfflineBadge({ online }: OfflineBadgeProps) {
  return online ? (
    <span className="inline-flex shrink-0 items-center gap-1 rounded-full border border-line px-1.5 text-[0.6875rem] leading-4 text-ink">
      <OnlineIcon className="size-3" /> Online
    </span>
  ) : (
    <span className="inline-flex shrink-0 items-center gap-1 rounded-full border border-dashed border-ink-muted bg-surface-sunken px-1.5 text-[0.6875rem] leading-4 font-medium text-ink">
      <OfflineIcon className="size-3" /> Offline
    </span>
  )
}
