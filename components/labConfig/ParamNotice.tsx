'use client'

// Tells the learner (or the instructor testing a link) that a URL parameter was not understood,
// and what the lab uses instead. Values are rendered as React text children only: never as HTML.

import { useState } from 'react'
import type { ParamNotice as Notice } from '@/lib/labConfig/labParams'

export interface ParamNoticeProps {
  notices: readonly Notice[]
  /** Called after the learner dismisses the notice. */
  onDismiss?: () => void
}

export function ParamNotice({ notices, onDismiss }: ParamNoticeProps) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || notices.length === 0) return null
  const one = notices.length === 1
  return (
    <section
      role="status"
      aria-labelledby="param-notice-title"
      className="flex items-start gap-3 rounded-lg border border-pop3 bg-pop3-soft px-4 py-3 text-sm text-ink"
    >
      <div className="flex-1">
        <h2 id="param-notice-title" className="font-semibold">
          {one ? 'One link setting was not understood' : `${notices.length} link settings were not understood`}
        </h2>
        <ul className="mt-1 space-y-1">
          {notices.map((notice, index) => (
            <li key={`${notice.param}-${index}`} data-param={notice.param}>
              <code className="font-mono">{notice.param}</code>
              {' = '}
              <code className="break-all font-mono">&ldquo;{notice.value}&rdquo;</code>
              {': '}
              {notice.message} Using <strong>{notice.defaultUsed}</strong> instead.
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => {
          setDismissed(true)
          onDismiss?.()
        }}
        className="shrink-0 rounded border border-line bg-surface-raised px-2 py-1 font-medium hover:bg-surface-sunken"
      >
        Dismiss<span className="sr-only"> the notice about link settings</span>
      </button>
    </section>
  )
}
