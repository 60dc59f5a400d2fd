'use client'

// The "?" help: a modal <dialog> listing the keyboard shortcuts. The native dialog traps focus
// and closes on Escape; focus returns to what opened it.

import { useEffect, useRef } from 'react'

const SHORTCUTS: readonly [string, string][] = [
  ['→', 'Next step'],
  ['←', 'Previous step'],
  ['Space', 'Play or pause'],
  ['R', 'Reset to the start'],
  ['?', 'Show this help'],
]

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal?.()
    if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto max-w-sm rounded-lg border border-line bg-surface-raised p-4 text-ink backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="mb-2 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              Key
            </th>
            <th scope="col" className="text-left">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td className="py-1 pr-4">
                <kbd className="rounded border border-line px-1.5 font-mono">{key}</kbd>
              </td>
              <td className="py-1">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="mt-3 rounded border border-line px-3 py-1" onClick={onClose}>
        Close
      </button>
    </dialog>
  )
}
