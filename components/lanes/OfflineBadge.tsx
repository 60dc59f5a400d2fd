// Online or offline, as text and an icon (never colour alone).
import { OfflineIcon, OnlineIcon } from './icons'

export interface OfflineBadgeProps {
  online: boolean
}

export function OfflineBadge({ online }: OfflineBadgeProps) {
  return online ? (
    <span className="inline-flex items-center gap-1 rounded-full border border-line px-2 py-0.5 text-xs text-ink">
      <OnlineIcon className="size-3.5" /> Online
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded-full border border-dashed border-ink-muted bg-surface-sunken px-2 py-0.5 text-xs font-medium text-ink">
      <OfflineIcon className="size-3.5" /> Offline
    </span>
  )
}
