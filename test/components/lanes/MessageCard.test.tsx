import { render, screen, within } from '@testing-library/react'
import { MessageCard, messageCardLabel, type MessageCardProps } from '@/components/lanes/MessageCard'
import { axeViolations } from '../lab/axe'

const base: MessageCardProps = { protocol: 'imap', subject: 'Lunch?', from: 'Bob', size: 220, state: 'unread' }

function renderCard(props: Partial<MessageCardProps> = {}) {
  return render(
    <ul>
      <MessageCard {...base} {...props} />
    </ul>,
  )
}

const STATE_WORDS = /\b(unread|read|deleted)\b/g

describe('MessageCard', () => {
  it.each(['unread', 'read', 'deleted'] as const)('is a list item named with the subject and exactly one state word (%s)', (state) => {
    renderCard({ state })
    const item = screen.getByRole('listitem', { name: new RegExp(`^Lunch\\? — from Bob — ${state}`) })
    const name = item.getAttribute('aria-label') ?? ''
    expect(name.match(STATE_WORDS)).toEqual([state])
    expect(item.dataset.state).toBe(state)
  })

  it('names flagged, header-only and marked-for-deletion cards', () => {
    renderCard({ state: 'read', flagged: true, headersOnly: true, markedForDeletion: true })
    const item = screen.getByRole('listitem')
    expect(item.getAttribute('aria-label')).toBe('Lunch? — from Bob — read — flagged — headers only — marked for deletion')
    expect(within(item).getByText('headers only')).toBeTruthy()
    expect(within(item).getByText('marked for deletion')).toBeTruthy()
    expect((item.getAttribute('aria-label') ?? '').match(STATE_WORDS)).toEqual(['read'])
  })

  it('strikes through a deleted subject but not its buttons', () => {
    renderCard({ state: 'deleted', children: <button type="button">Flag</button> })
    expect(screen.getByText('Lunch?').className).toContain('line-through')
    expect(screen.getByRole('button', { name: 'Flag' }).closest('.line-through')).toBeNull()
  })

  it('shows the size and the state in words, not by colour alone', () => {
    renderCard({ state: 'unread' })
    expect(screen.getByText('220 bytes')).toBeTruthy()
    expect(screen.getByText('unread')).toBeTruthy()
  })

  it('outlines a card the last step changed, and names where it sits for the flight layer', () => {
    renderCard({ changed: true, cardId: 'imap|phone|k' })
    const item = screen.getByRole('listitem')
    expect(item.dataset.changed).toBe('true')
    expect(item.dataset.card).toBe('imap|phone|k')
  })

  it('builds labels without a state word in the extras', () => {
    expect(messageCardLabel({ subject: 'S', from: 'F', state: 'unread', markedForDeletion: true })).toBe('S — from F — unread — marked for deletion')
  })

  it('has no axe violations', async () => {
    const { container } = renderCard({ flagged: true, headersOnly: true })
    expect(await axeViolations(container)).toEqual([])
  })
})
