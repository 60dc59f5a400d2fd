'use client'

import { useRef, type KeyboardEvent } from 'react'
import type { ConsoleTab } from '@/lib/console'
import { tabKeyTarget } from '@/lib/viewModel/tabKeys'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export interface ConnectionTabsProps {
  tabs: readonly ConsoleTab[]
  activeId: string | undefined
  onSelect: (id: string) => void
  /** The panel for each tab (rendered for every tab, hidden unless active, so each keeps its input state). */
  renderPanel: (tab: ConsoleTab) => React.ReactNode
}

/** Connections as tabs named after their devices (WAI-ARIA tabs pattern, arrow keys move). */
export function ConnectionTabs({ tabs, activeId, onSelect, renderPanel }: ConnectionTabsProps) {
  const refs = useRef(new Map<string, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const target = tabKeyTarget(event.key, index, tabs.length)
    if (target === undefined) return
    event.preventDefault()
    const next = tabs[target]
    onSelect(next.id)
    refs.current.get(next.id)?.focus()
  }

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div role="tablist" aria-label="Connections" className="flex flex-wrap gap-1 border-b border-line">
        {tabs.map((tab, index) => {
          const selected = tab.id === activeId
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) refs.current.set(tab.id, element)
                else refs.current.delete(tab.id)
              }}
              type="button"
              role="tab"
              id={`${tab.id}-tab`}
              aria-selected={selected}
              aria-controls={`${tab.id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px rounded-t-md border border-b-0 px-3 py-1.5 text-sm ${
                selected ? 'border-line bg-surface-raised font-semibold' : 'border-transparent text-ink-muted hover:text-ink'
              }`}
            >
              {tab.label}
              <span className="ml-1 text-xs font-normal text-ink-muted">
                {PROTOCOL_LABELS[tab.protocol]}
                {tab.connection.closed ? ', closed' : ''}
              </span>
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${tab.id}-panel`}
          aria-labelledby={`${tab.id}-tab`}
          hidden={tab.id !== activeId}
          className="min-w-0"
        >
          {renderPanel(tab)}
        </div>
      ))}
    </div>
  )
}

