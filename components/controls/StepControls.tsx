'use client'

// The lab's step controls. Each button is enabled only when the simulation machine can take
// that step (the caller passes snapshot.can(...) results), so the UI never offers a dead end.

import type { ReactNode } from 'react'

export type Granularity = 'step' | 'exchange'

export const SPEEDS = [0.5, 1, 2, 4] as const

export interface StepControlsProps {
  canPrevious: boolean
  canNext: boolean
  canReset: boolean
  playing: boolean
  onPrevious: () => void
  onNext: () => void
  onPlayPause: () => void
  onReset: () => void
  speed: number
  onSpeedChange: (speed: number) => void
  granularity: Granularity
  onGranularityChange: (granularity: Granularity) => void
  onShowHelp?: () => void
  /** "minimal" hides speed and granularity (embeds that want a small footprint). */
  variant?: 'full' | 'minimal'
  /** Shown between the buttons, e.g. "Step 2 of 6". */
  position: string
  /** Classes for the speed, step size and shortcuts (the phone's bottom sheet folds them away). */
  extrasClassName?: string
}

export function StepControls(props: StepControlsProps) {
  const { variant = 'full' } = props
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Step controls">
      <ControlButton label="Previous step" shortcut="ArrowLeft" disabled={!props.canPrevious} onClick={props.onPrevious}>
        <span aria-hidden="true">◀</span> Back
      </ControlButton>
      <ControlButton
        label={props.playing ? 'Pause' : 'Play'}
        shortcut="Space"
        disabled={!props.playing && !props.canNext}
        onClick={props.onPlayPause}
      >
        <span aria-hidden="true">{props.playing ? '❚❚' : '▶'}</span> {props.playing ? 'Pause' : 'Play'}
      </ControlButton>
      <ControlButton label="Next step" shortcut="ArrowRight" disabled={!props.canNext} onClick={props.onNext} primary>
        Next <span aria-hidden="true">▶</span>
      </ControlButton>
      <ControlButton label="Reset" shortcut="R" disabled={!props.canReset} onClick={props.onReset}>
        <span aria-hidden="true">↺</span> Reset
      </ControlButton>
      <span className="px-1 text-sm text-ink-muted tabular-nums" aria-live="off">
        {props.position}
      </span>
      <div className={`contents ${props.extrasClassName ?? ''}`}>
      {variant === 'full' && (
        <>
          <label className="flex items-center gap-1 text-sm">
            <span>Speed</span>
            <select
              className="rounded border border-line bg-surface-raised px-1 py-1"
              value={String(props.speed)}
              onChange={(event) => props.onSpeedChange(Number(event.target.value))}
            >
              {SPEEDS.map((speed) => (
                <option key={speed} value={String(speed)}>
                  {speed}×
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex items-center gap-1 text-sm">
            <legend className="sr-only">Step size</legend>
            {(['step', 'exchange'] as const).map((option) => (
              <label key={option} className="flex items-center gap-1 rounded border border-line px-2 py-1 has-[:checked]:bg-surface-sunken">
                <input
                  type="radio"
                  name="granularity"
                  value={option}
                  checked={props.granularity === option}
                  onChange={() => props.onGranularityChange(option)}
                />
                {option === 'step' ? 'Workflow step' : 'Each command'}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {props.onShowHelp && (
        <button
          type="button"
          className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-sunken"
          onClick={props.onShowHelp}
          aria-keyshortcuts="?"
        >
          Keyboard shortcuts
        </button>
      )}
      </div>
    </div>
  )
}

function ControlButton(props: {
  label: string
  shortcut: string
  disabled: boolean
  onClick: () => void
  primary?: boolean
  children: ReactNode
}) {
  const tone = props.primary ? 'bg-imap-strong text-on-accent border-imap-strong' : 'bg-surface-raised border-line'
  return (
    <button
      type="button"
      aria-label={props.label}
      aria-keyshortcuts={props.shortcut}
      disabled={props.disabled}
      onClick={props.onClick}
      className={`rounded border px-3 py-1.5 text-sm font-medium ${tone} disabled:cursor-not-allowed disabled:opacity-50`}
    >
      {props.children}
    </button>
  )
}
