// Reads the state diagrams from their sources: each client machine's definition (its states,
// the session group and every transition with a target) and each protocol's state table in
// lib/protocols. Nothing here is drawn by hand; scripts/diagrams lays these graphs out.

import type { AnyStateMachine, AnyStateNode } from 'xstate'
import { IMAP_STATE_TABLE, POP3_STATE_TABLE, type Protocol, type ProtocolState, type StateTable } from '@/lib/protocols'
import { imapClientMachine } from '../machines/imapClientMachine'
import { pop3ClientMachine } from '../machines/pop3ClientMachine'
import { transitionLabel } from './edgeLabels'
import { edgeId, NO_CONNECTION, START, type GraphEdge, type GraphNode, type StateGraph } from './graph'

const machines: Record<Protocol, AnyStateMachine> = { pop3: pop3ClientMachine, imap: imapClientMachine }
const names: Record<Protocol, string> = { pop3: 'POP3', imap: 'IMAP' }

export function stateGraphs(): StateGraph[] {
  return [clientGraph('pop3'), clientGraph('imap'), sessionGraph('pop3'), sessionGraph('imap')]
}

/** The client machine: its resting states, the session group with its steps, and the arrows. */
export function clientGraph(protocol: Protocol): StateGraph {
  const root = machines[protocol].root
  const nodes: GraphNode[] = [{ id: START, label: '', kind: 'start' }]
  const edges = new EdgeSet()
  const visit = (node: AnyStateNode, parent: string | undefined) => {
    const children = Object.values(node.states) as AnyStateNode[]
    nodes.push({ id: node.key, label: labelOf(node), kind: children.length > 0 ? 'group' : 'state', ...(parent ? { parent } : {}) })
    for (const child of children) visit(child, node.key)
  }
  for (const child of Object.values(root.states) as AnyStateNode[]) visit(child, undefined)
  if (typeof root.config.initial === 'string') edges.add(START, root.config.initial, '')
  const collect = (node: AnyStateNode) => {
    const groups = [...node.transitions.values(), node.always ?? []]
    for (const transitions of groups) {
      // Of one event's transitions the first whose guard passes is taken; the last is "otherwise".
      const choice = transitions.find((transition) => transition.target && typeof transition.guard === 'string')?.guard
      for (const transition of transitions) {
        // A transition without a target only runs actions; the state stays (not an arrow).
        if (node === root || !transition.target) continue
        const guard = typeof transition.guard === 'string' ? transition.guard : undefined
        const label = transitionLabel(transition.eventType, guard, typeof choice === 'string' ? choice : undefined)
        for (const target of transition.target) edges.add(node.key, target.key, label)
      }
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) collect(child)
  }
  collect(root)
  return { id: `${protocol}-client`, title: `${names[protocol]} client steps`, nodes, edges: edges.list() }
}

/** The protocol states of RFC 1939 §3 or RFC 3501 §3, from the table the session follows. */
export function sessionGraph(protocol: Protocol): StateGraph {
  const table: StateTable<ProtocolState, string> = protocol === 'pop3' ? POP3_STATE_TABLE : IMAP_STATE_TABLE
  const nodes: GraphNode[] = [
    { id: NO_CONNECTION, label: 'no connection', kind: 'none' },
    ...table.states.map((state): GraphNode => ({ id: state, label: state, kind: 'state' })),
  ]
  const edges = new EdgeSet()
  for (const transition of table.transitions) edges.add(transition.from ?? NO_CONNECTION, transition.to ?? NO_CONNECTION, transition.label)
  return { id: `${protocol}-session`, title: `${names[protocol]} protocol states`, nodes, edges: edges.list() }
}

function labelOf(node: AnyStateNode): string {
  const meta: unknown = node.meta
  if (meta && typeof meta === 'object' && 'label' in meta && typeof meta.label === 'string') return meta.label
  return node.key === 'session' ? 'Connected' : node.key
}

/** One arrow per (from, to); the labels of the events that share it are joined. */
class EdgeSet {
  private readonly edges = new Map<string, GraphEdge>()

  add(from: string, to: string, label: string): void {
    const id = edgeId(from, to)
    const edge = this.edges.get(id)
    if (!edge) this.edges.set(id, { id, from, to, label })
    else if (label && !edge.label.split(' / ').includes(label)) edge.label = edge.label ? `${edge.label} / ${label}` : label
  }

  list(): GraphEdge[] {
    return [...this.edges.values()]
  }
}
