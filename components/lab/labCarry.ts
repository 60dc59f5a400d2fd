// What the learner chose on the first-paint shell's own view (the lane shown on a phone, "More
// controls", the details tab and whether the details are hidden), carried into the interactive lab when it swaps in: the two are
// different component trees, so their local state would otherwise start afresh (LabContainer).
import { createContext } from 'react'
import type { Protocol } from '@/lib/protocols'

export interface LabCarry {
  lane?: Protocol
  moreControls?: boolean
  /** The dock's tab id; a tab the lab does not have falls back to its first (LabDock). */
  dockTab?: string
  dockOpen?: boolean
}

export interface LabCarryStore {
  read(): LabCarry
  note(choice: LabCarry): void
}

export function createLabCarry(): LabCarryStore {
  let carried: LabCarry = {}
  return {
    read: () => carried,
    note: (choice) => {
      carried = { ...carried, ...choice }
    },
  }
}

/** LabContainer provides one per page; null (nothing carried) anywhere else. */
export const LabCarryContext = createContext<LabCarryStore | null>(null)
