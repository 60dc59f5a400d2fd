'use client'
// A place's folders as one compact row of toggle buttons ("Inbox 3", "Sent 1", "Archive 0",
// "Outbox 1"): the pressed one is the folder whose cards the panel shows. After a step that
// changed another folder, the panel turns to that folder by itself (useFolderChoice), so what a
// step did is always in view; the counts show what the other folders hold.
import { useState } from 'react'
import { changedFolders, followFolder, type FolderTab } from '@/lib/viewModel/folders'

export interface FolderTabsProps {
  /** "Folders on Phone". */
  label: string
  tabs: readonly FolderTab[]
  selected: string
  onSelect: (id: string) => void
}

/** "Sent, 1 message", "Outbox, 2 messages waiting". */
export function folderTabName(tab: FolderTab): string {
  return `${tab.label}, ${tab.count} ${tab.count === 1 ? 'message' : 'messages'}${tab.waiting ? ' waiting' : ''}`
}

export function FolderTabs({ label, tabs, selected, onSelect }: FolderTabsProps) {
  return (
    <div role="group" aria-label={label} className="flex min-w-0 shrink-0 flex-wrap gap-1">
      {tabs.map((tab) => {
        const pressed = tab.id === selected
        return (
          <button
            key={tab.id}
            type="button"
            aria-pressed={pressed}
            aria-label={folderTabName(tab)}
            data-folder={tab.id}
            onClick={() => onSelect(tab.id)}
            className={`inline-flex h-5 items-center gap-1 rounded-full border px-1.5 text-[0.6875rem] leading-none focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-imap ${
              pressed ? 'border-ink bg-ink font-semibold text-surface' : 'border-line bg-surface-raised text-ink hover:bg-surface-sunken'
            }`}
          >
            {tab.label}{' '}
            <span
              className={`rounded-full px-1 tabular-nums ${tab.waiting ? 'bg-pop3-strong font-semibold text-on-accent' : pressed ? '' : 'text-ink-muted'}`}
            >
              {tab.count}
            </span>
          </button>
        )
      })}
    </div>
  )
}

/**
 * The folder a panel shows: the learner's pick, until a step changes another folder (then that
 * one), falling back to the first tab when the picked one is gone (an emptied Outbox).
 * `changed` is the set of keys the last step changed here: a new set per step, so its identity
 * marks a new step.
 */
export function useFolderChoice(tabs: readonly FolderTab[], changed: ReadonlySet<string>, folderOfKey: ReadonlyMap<string, string>) {
  const [choice, setChoice] = useState<{ folder: string; step: ReadonlySet<string> }>(() => ({
    folder: followFolder('INBOX', changedFolders(tabs, changed, folderOfKey)),
    step: changed,
  }))
  let folder = choice.folder
  if (choice.step !== changed) {
    folder = followFolder(choice.folder, changedFolders(tabs, changed, folderOfKey))
    setChoice({ folder, step: changed })
  }
  if (!tabs.some((tab) => tab.id === folder)) folder = tabs[0]?.id ?? 'INBOX'
  return [folder, (id: string) => setChoice({ folder: id, step: changed })] as const
}
