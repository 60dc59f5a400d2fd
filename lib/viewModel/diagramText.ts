// The words a diagram's text alternative and status line use for its states and arrows.
import type { GraphEdge, GraphNode } from '@/lib/simulator/diagrams/graph'

export function nodeLabel(node: GraphNode | undefined): string {
  if (!node) return 'unknown'
  if (node.kind === 'start') return 'start'
  return node.label
}

/** "Idle → Connected: check mail". */
export function describeEdge(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  const from = nodeLabel(nodes.get(edge.from))
  const to = nodeLabel(nodes.get(edge.to))
  return edge.label ? `${from} → ${to}: ${edge.label}` : `${from} → ${to}`
}
