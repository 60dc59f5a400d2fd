'use client'

// Shown when the browser refused to copy for the learner: the text in a read-only field, already
// selected, with "Press Ctrl+C" beside it. Selecting it again on focus keeps the instruction true.

import { useEffect, useId, useRef } from 'react'

export interface CopyFallbackFieldProps {
  /** The field's label, e.g. "POP3 transcript as text". */
  label: string
  text: string
  onClose: () => void
  rows?: number
}

export function CopyFallbackField({ label, text, onClose, rows = 6 }: CopyFallbackFieldProps) {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [text])

  return (
    <div className="flex flex-col gap-1 rounded border border-line bg-surface-raised p-2 text-sm">
      <label htmlFor={`${id}-field`} className="font-medium">
        {label}
      </label>
      <p id={`${id}-help`} className="text-ink-muted">
        This page may not copy for you. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
      </p>
      <textarea
        id={`${id}-field`}
        ref={field}
        readOnly
        rows={rows}
        value={text}
        aria-describedby={`${id}-help`}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full resize-y rounded border border-line bg-surface-sunken px-2 py-1 font-mono text-xs text-ink"
      />
      <div>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-line bg-surface-raised px-3 py-1 text-sm font-medium hover:bg-surface-sunken"
        >
          Done
        </button>
      </div>
    </div>
  )
}
