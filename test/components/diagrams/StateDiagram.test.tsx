import { render, screen, within } from '@testing-library/react'
import { DeviceDiagrams } from '@/components/diagrams/DeviceDiagrams'
import { StateDiagram } from '@/components/diagrams/StateDiagram'
import { labDiagrams } from '@/components/lab/diagrams'
import { STATE_DIAGRAM_LAYOUTS } from '@/lib/simulator/diagrams/layouts.generated'
import { axeViolations } from '../lab/axe'

const protocolOf = (id: string) => (id.startsWith('pop3') ? 'pop3' : 'imap')

describe('StateDiagram', () => {
  it.each(STATE_DIAGRAM_LAYOUTS.map((layout) => [layout.id, layout] as const))('%s: draws every state and every transition, and marks the current state', async (_id, layout) => {
    const states = layout.nodes.filter((node) => node.kind === 'state' || node.kind === 'none')
    for (const state of states) {
      const edge = layout.edges.find((candidate) => candidate.to === state.id) ?? null
      const { container, unmount } = render(<StateDiagram layout={layout} protocol={protocolOf(layout.id)} current={state.id} taken={edge?.id ?? null} />)
      const svg = container.querySelector(`svg[data-diagram="${layout.id}"]`)
      expect(svg).not.toBeNull()
      const byData = (name: string, value: string) => [...(svg?.querySelectorAll(`[data-${name}]`) ?? [])].find((element) => element.getAttribute(`data-${name}`) === value)
      for (const node of layout.nodes) expect(byData('node', node.id), node.id).toBeDefined()
      for (const arrow of layout.edges) {
        const drawn = byData('edge', arrow.id)
        expect(drawn?.querySelector('path')?.getAttribute('d'), arrow.id).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+$/)
        if (arrow.label) expect(drawn?.textContent).toBe(arrow.label)
      }
      const lit = [...(svg?.querySelectorAll('[data-current]') ?? [])].map((element) => element.getAttribute('data-node'))
      expect(lit).toContain(state.id)
      expect(lit.every((id) => id === state.id || id === state.parent)).toBe(true)
      const figure = screen.getByRole('figure', { name: layout.title })
      const listed = within(within(figure).getByRole('list', { name: 'States' })).getAllByRole('listitem')
      expect(listed).toHaveLength(layout.nodes.filter((node) => node.kind !== 'start').length)
      expect(listed.filter((item) => item.textContent?.endsWith(', current')).map((item) => item.textContent)).toEqual([expect.stringContaining(state.label)])
      expect(within(within(figure).getByRole('list', { name: 'Transitions' })).getAllByRole('listitem')).toHaveLength(layout.edges.length)
      expect(within(figure).getByText(new RegExp(`^Current state: ${escape(state.label)}\\.`))).toBeTruthy()
      if (state === states[0]) expect(await axeViolations(container)).toEqual([])
      unmount()
    }
  }, 30_000)

  it('highlights only the transition just taken, and says it in the text', () => {
    const layout = STATE_DIAGRAM_LAYOUTS.find((candidate) => candidate.id === 'pop3-session')!
    const { container } = render(<StateDiagram layout={layout} protocol="pop3" current="TRANSACTION" taken="AUTHORIZATION>TRANSACTION" />)
    const taken = [...container.querySelectorAll('[data-taken]')].map((element) => element.getAttribute('data-edge'))
    expect(taken).toEqual(['AUTHORIZATION>TRANSACTION'])
    expect(screen.getByText(/Transition just taken: AUTHORIZATION → TRANSACTION: USER \+ PASS or AUTH\./)).toBeTruthy()
    expect(screen.getByTestId('diagram-status').textContent).toBe('Now: TRANSACTION · just took: AUTHORIZATION → TRANSACTION: USER + PASS or AUTH')
  })

  it('highlights nothing when the step did not move the machine', () => {
    const layout = STATE_DIAGRAM_LAYOUTS[0]
    const { container } = render(<StateDiagram layout={layout} protocol="pop3" current="idle" taken={null} />)
    expect(container.querySelectorAll('[data-taken]')).toHaveLength(0)
    expect(screen.queryByText(/just taken/)).toBeNull()
  })

  it('scales to its panel through the viewBox', () => {
    const layout = STATE_DIAGRAM_LAYOUTS[0]
    const { container } = render(<StateDiagram layout={layout} protocol="pop3" current="idle" taken={null} />)
    const svg = container.querySelector('svg')
    expect(svg?.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`)
    expect(svg?.getAttribute('class')).toContain('w-full')
    expect(svg?.hasAttribute('width')).toBe(false)
  })
})

describe('DeviceDiagrams', () => {
  it("lights the device's client step and protocol state and the moves it just made", async () => {
    const { container } = render(
      <DeviceDiagrams
        protocol="imap"
        layouts={labDiagrams().imap}
        device={{
          label: 'Laptop',
          clientStep: 'obtaining',
          protocolState: 'selected',
          lastClientMove: { from: 'connecting', to: 'obtaining' },
          lastProtocolMove: { from: 'authenticated', to: 'selected' },
        }}
      />,
    )
    const client = screen.getByRole('figure', { name: "Laptop's IMAP client" })
    expect(within(client).getByText(/^Current state: Obtain\. Transition just taken: Connect and log in → Obtain: next\.$/)).toBeTruthy()
    const session = screen.getByRole('figure', { name: 'IMAP protocol state' })
    expect(within(session).getByText(/^Current state: selected\. Transition just taken: authenticated → selected: SELECT or EXAMINE\.$/)).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('lights "no connection" when the device has no connection, and a closing move into it', () => {
    render(
      <DeviceDiagrams
        protocol="pop3"
        layouts={labDiagrams().pop3}
        device={{ label: 'Phone', clientStep: 'idle', protocolState: null, lastClientMove: { from: 'disconnecting', to: 'idle' }, lastProtocolMove: { from: 'UPDATE', to: null } }}
      />,
    )
    const session = screen.getByRole('figure', { name: 'POP3 protocol state' })
    expect(within(session).getByText(/^Current state: no connection\. Transition just taken: UPDATE → no connection: \+OK, closes\.$/)).toBeTruthy()
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
