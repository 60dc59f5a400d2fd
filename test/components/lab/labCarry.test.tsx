// The first-paint shell and the interactive lab are two component trees (LabContainer swaps one
// for the other), so what the learner chose on the shell's own view is carried through a
// LabCarryStore. Here the shell is rendered, the learner picks a details tab and hides the
// details, and a second render from the same store (what the lab's first render does) shows both.
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LabCarryContext, createLabCarry } from '@/components/lab/labCarry'
import { labFirstPaint } from '@/components/lab/labFirstPaint'
import { LabShell } from '@/components/lab/LabShell'
import { defaultLabConfig } from '@/lib/labConfig/labParams'

const first = labFirstPaint()
const config = defaultLabConfig({ scenarioIds: [first.view.scenarioId] })

function renderShell(store: ReturnType<typeof createLabCarry>) {
  return render(
    <LabCarryContext.Provider value={store}>
      <LabShell first={first} config={config} onIntent={() => {}} />
    </LabCarryContext.Provider>,
  )
}

describe('what the shell carries into the lab', () => {
  it('keeps the details tab the learner picked and whether the details are hidden', () => {
    const store = createLabCarry()
    const shell = renderShell(store)
    expect(screen.getByRole('tab', { name: 'Transcripts' }).getAttribute('aria-selected')).toBe('true')
    fireEvent.click(screen.getByRole('tab', { name: 'State diagrams' }))
    fireEvent.click(screen.getByRole('button', { name: /^Hide/ }))
    expect(store.read()).toMatchObject({ dockTab: 'diagrams', dockOpen: false })
    shell.unmount()

    renderShell(store)
    expect(screen.getByRole('tab', { name: 'State diagrams' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('button', { name: /^Show/ }).getAttribute('aria-expanded')).toBe('false')
  })

  it('starts on the first tab and shown when nothing was carried', () => {
    renderShell(createLabCarry())
    expect(screen.getByRole('tab', { name: 'Transcripts' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('button', { name: /^Hide/ }).getAttribute('aria-expanded')).toBe('true')
  })
})
