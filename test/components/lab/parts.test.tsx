import { fireEvent, render, screen } from '@testing-library/react'
import { vi } from 'vitest'
import { FreePlayPanel } from '@/components/lab/FreePlayPanel'
import { parseMessagesParam } from '@/lib/labConfig/messagesParam'
import { PredictionQuestion } from '@/components/lab/PredictionQuestion'
import { ScenarioPicker } from '@/components/lab/ScenarioPicker'
import { parseFreePlayKey } from '@/components/lab/useLabSession'
import { axeViolations } from './axe'

const question = { id: 'q', prompt: 'Where is the mail?', choices: ['Phone', 'Server'], answerIndex: 1, explanation: 'IMAP keeps it.', chosenIndex: null, skipped: false }

describe('PredictionQuestion', () => {
  it('offers the choices, then says whether the answer was right and why', async () => {
    const onAnswer = vi.fn()
    const { rerender, container } = render(<PredictionQuestion question={question} onAnswer={onAnswer} />)
    expect(screen.getByRole('group', { name: 'Predict: Where is the mail?' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Phone' }))
    expect(onAnswer).toHaveBeenCalledWith(0)
    rerender(<PredictionQuestion question={{ ...question, chosenIndex: 0 }} onAnswer={onAnswer} />)
    expect(screen.getByText('Not quite.')).toBeTruthy()
    expect(screen.getByText(/IMAP keeps it\./)).toBeTruthy()
    expect(screen.getByRole('button', { name: /^Server\s*\(right answer\)/ })).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('ScenarioPicker', () => {
  it('lists each scenario with its title and goal, and picks one', () => {
    const onSelect = vi.fn()
    render(
      <ScenarioPicker
        scenarios={[
          { id: 'a', title: 'Alpha', goal: 'Learn A.' },
          { id: 'b', title: 'Beta', goal: 'Learn B.' },
        ]}
        selected="a"
        onSelect={onSelect}
      />,
    )
    expect(screen.getByText(/now: Alpha/)).toBeTruthy()
    expect(screen.getByText('Learn B.')).toBeTruthy()
    expect(screen.getByRole('button', { name: /Alpha/ }).getAttribute('aria-current')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: /Beta/ }))
    expect(onSelect).toHaveBeenCalledWith('b')
  })
})

describe('FreePlayPanel', () => {
  it('checks mail per device and adds a missing device', async () => {
    const onCheckMail = vi.fn()
    const onAddDevice = vi.fn()
    const { container } = render(<FreePlayPanel devices={['phone', 'laptop']} addable={['tablet', 'desktop']} onCheckMail={onCheckMail} onAddDevice={onAddDevice} />)
    fireEvent.click(screen.getByRole('button', { name: 'Check mail on Laptop' }))
    expect(onCheckMail).toHaveBeenCalledWith('laptop')
    fireEvent.change(screen.getByRole('combobox', { name: 'Device to add' }), { target: { value: 'desktop' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add Desktop' }))
    expect(onAddDevice).toHaveBeenCalledWith('desktop')
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('small parsers', () => {
  it('reads the free-play abilities key and the benchmark messages parameter', () => {
    expect(parseFreePlayKey('pa--d-')).toEqual({ devices: ['phone'], addable: ['laptop'], deliver: true, wait: false })
    expect(parseFreePlayKey('p---dc').wait).toBe(true)
    expect(parseMessagesParam('?messages=50')).toBe(50)
    expect(parseMessagesParam('?messages=500')).toBeNull()
    expect(parseMessagesParam('?messages=x')).toBeNull()
    expect(parseMessagesParam('')).toBeNull()
  })
})
