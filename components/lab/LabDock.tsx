'use client'
// The dock: the detail behind the stage, in tabs (transcripts, state diagrams, the comparison,
// free-play tools). On the stage it sits below the lanes and only ever takes the room left over:
// it shrinks to its tab strip before the stage loses a pixel, and "Hide" folds it away. Arrow keys
// move between tabs (WAI-ARIA tabs pattern, automatic activation).
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { tabKeyTarget } from '@/lib/viewModel/tabKeys'
import { buttonClass } from '@/components/lanes/styles'

export interface DockTab {
  id: string
  label: string
  content: ReactNode
}

export interface LabDockProps {
  tabs: readonly DockTab[]
  /** The tab to show; the dock follows it when it changes (e.g. the comparison at the end). */
  selected: string
  onSelect: (id: string) => void
  className?: string
  style?: React.CSSProperties
  /** Classes for the open dock only (a closed dock is its tab strip). */
  openClassName?: string
  /** Whether the details start shown (default true), and who hears when "Hide"/"Show" changes it. */
  initialOpen?: boolean
  onOpenChange?: (open: boolean) => void
}

export function LabDock({ tabs, selected, onSelect, className = '', style, openClassName = '', initialOpen = true, onOpenChange }: LabDockProps) {
  const baseId = useId()
  const [open, setOpenState] = useState(initialOpen)
  const setOpen = (next: boolean) => {
    setOpenState(next)
    onOpenChange?.(next)
  }
  const listRef = useRef<HTMLDivElement>(null)
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]
  if (!current) return null

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = tabKeyTarget(event.key, index, tabs.length)
    if (target === undefined) return
    event.preventDefault()
    onSelect(tabs[target].id)
    setOpen(true)
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus()
  }

  return (
    <div
      className={`flex min-h-0 flex-col overflow-hidden rounded-xl border border-line bg-surface-raised ${className} ${open ? openClassName : ''}`}
      style={open ? style : undefined}
      data-dock=""
    >
      <div className="flex shrink-0 items-center gap-2 border-b border-line px-2">
        <div ref={listRef} role="tablist" aria-label="Details" className="flex min-w-0 flex-1 gap-1 overflow-x-auto">
          {tabs.map((tab, index) => {
            const active = tab.id === current.id
            return (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`${baseId}-tab-${tab.id}`}
                aria-selected={active}
                aria-controls={`${baseId}-panel-${tab.id}`}
                tabIndex={active ? 0 : -1}
                onClick={() => {
                  onSelect(tab.id)
                  setOpen(true)
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
                className={`min-h-8 shrink-0 border-b-2 px-2.5 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-imap ${
                  active ? 'border-imap-strong font-semibold text-ink' : 'border-transparent text-ink-muted hover:text-ink'
                }`}
              >
                {tab.label}
              </button>
            )
          })}
        </div>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className={`${buttonClass} my-1 shrink-0`}>
          {open ? 'Hide' : 'Show'}
          <span className="sr-only"> the details panel</span>
        </button>
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={!open || tab.id !== current.id}
          tabIndex={0}
          className="min-h-0 flex-1 overflow-auto p-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-imap"
        >
          {tab.id === current.id && open ? tab.content : null}
        </div>
      ))}
    </div>
  )
}
