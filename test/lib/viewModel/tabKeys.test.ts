import { tabKeyTarget } from '@/lib/viewModel/tabKeys'

describe('tabKeyTarget', () => {
  it('moves right and left with wrap-round, Home and End to the ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1)
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0)
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2)
    expect(tabKeyTarget('Home', 2, 3)).toBe(0)
    expect(tabKeyTarget('End', 0, 3)).toBe(2)
  })

  it('ignores other keys and an empty list', () => {
    expect(tabKeyTarget('ArrowDown', 0, 3)).toBeUndefined()
    expect(tabKeyTarget('toString', 0, 3)).toBeUndefined()
    expect(tabKeyTarget('Home', 0, 0)).toBeUndefined()
  })
})
