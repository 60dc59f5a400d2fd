import { EMPTY_HISTORY, historyDown, historyUp, recordLine } from '@/lib/console/history'

describe('history', () => {
  const filled = ['USER alice', 'PASS secret', 'LIST'].reduce(recordLine, EMPTY_HISTORY)

  it('records lines, skipping blanks and repeats of the last line', () => {
    const history = ['LIST', 'LIST', '  ', 'STAT'].reduce(recordLine, EMPTY_HISTORY)
    expect(history.entries).toEqual(['LIST', 'STAT'])
  })

  it('walks back with up, stopping at the oldest line', () => {
    let state = { history: filled, text: 'RE' }
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      state = historyUp(state.history, state.text)
      seen.push(state.text)
    }
    expect(seen).toEqual(['LIST', 'PASS secret', 'USER alice', 'USER alice'])
  })

  it('walks forward with down and returns to the draft', () => {
    let state = historyUp(filled, 'RE')
    state = historyUp(state.history, state.text)
    state = historyDown(state.history, state.text)
    expect(state.text).toBe('LIST')
    state = historyDown(state.history, state.text)
    expect(state.text).toBe('RE')
    expect(state.history.cursor).toBeNull()
  })

  it('does nothing without entries or when not browsing', () => {
    expect(historyUp(EMPTY_HISTORY, 'x').text).toBe('x')
    expect(historyDown(filled, 'y').text).toBe('y')
  })
})
