// The diagrams hold every state and every transition with a target of each client machine, and
// every arrow of each protocol's state table: read from the definitions, never listed by hand.
import type { AnyStateNode } from 'xstate'
import { describe, expect, it } from 'vitest'
import { IMAP_STATE_TABLE, POP3_STATE_TABLE } from '@/lib/protocols'
import { NO_CONNECTION } from '@/lib/simulator/diagrams/graph'
import { clientGraph, sessionGraph } from '@/lib/simulator/diagrams/stateGraphs'
import { imapClientMachine } from '@/lib/simulator/machines/imapClientMachine'
import { pop3ClientMachine } from '@/lib/simulator/machines/pop3ClientMachine'

function statesOf(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...statesOf(child)])
}

describe.each([
  ['pop3', pop3ClientMachine],
  ['imap', imapClientMachine],
] as const)('%s client graph', (protocol, machine) => {
  const graph = clientGraph(protocol)

  it('has a node for every state of the machine, children inside their group', () => {
    const states = statesOf(machine.root)
    expect(graph.nodes.filter((node) => node.kind !== 'start').map((node) => node.id).sort()).toEqual(states.map((state) => state.key).sort())
    for (const state of states) {
      const node = graph.nodes.find((candidate) => candidate.id === state.key)
      expect(node?.parent).toBe(state.parent === machine.root ? undefined : state.parent?.key)
    }
  })

  it('has an arrow for every transition that changes state, and no other', () => {
    const expected = new Set<string>([`start>${machine.root.config.initial}`])
    for (const state of statesOf(machine.root)) {
      for (const transition of [...state.transitions.values()].flat().concat(state.always ?? [])) {
        for (const target of transition.target ?? []) expected.add(`${state.key}>${target.key}`)
      }
    }
    expect(graph.edges.map((edge) => edge.id).sort()).toEqual([...expected].sort())
    for (const edge of graph.edges) if (edge.from !== 'start') expect(edge.label, edge.id).not.toBe('')
  })
})

describe.each([
  ['pop3', POP3_STATE_TABLE],
  ['imap', IMAP_STATE_TABLE],
] as const)('%s session graph', (protocol, table) => {
  const graph = sessionGraph(protocol)

  it('has "no connection" and every state of the table, in the RFC order', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual([NO_CONNECTION, ...table.states])
  })

  it('has every arrow of the table with its label', () => {
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.label])).toEqual(
      table.transitions.map((transition) => [transition.from ?? NO_CONNECTION, transition.to ?? NO_CONNECTION, transition.label]),
    )
  })
})
