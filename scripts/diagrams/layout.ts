// Lays the state diagrams out with ELK's layered algorithm (elkjs, a devDependency): the build
// ships the coordinates in lib/simulator/diagrams/layouts.generated.ts, never the layout code.
// Text sizes are estimates for the component's fonts (12 px states, 11 px arrow labels).

import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js'
import type { Box, DiagramLayout, GraphNode, StateGraph } from '@/lib/simulator/diagrams/graph'

/** Rough advance widths of a sans-serif at 1 px: capitals are wider than small letters. */
function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) em += char === ' ' ? 0.28 : /[A-Z+]/.test(char) ? 0.68 : /[il.,:]/.test(char) ? 0.28 : 0.54
  return Math.ceil(em * fontSize)
}
const STATE_HEIGHT = 26
const LABEL_HEIGHT = 14
const GROUP_HEADER = 22

const options = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'true',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '3',
  'elk.layered.spacing.nodeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Read the graph in the order the machine and the table list it: where a session starts is on top.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
}

function size(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'start') return { width: 12, height: 12 }
  return { width: Math.max(64, textWidth(node.label, 12) + 18), height: STATE_HEIGHT }
}

/**
 * The states in the order a session meets them (breadth first from the first state), so the
 * layered layout puts the start on top and the arrows back to it are the few that climb.
 */
function readingOrder(graph: StateGraph): GraphNode[] {
  const seen = new Set<string>()
  const queue = [graph.nodes[0].id]
  for (let i = 0; i < queue.length; i++) {
    if (seen.has(queue[i])) continue
    seen.add(queue[i])
    for (const edge of graph.edges) if (edge.from === queue[i]) queue.push(edge.to)
    for (const child of graph.nodes) if (child.parent === queue[i]) queue.push(child.id)
  }
  const order = [...seen]
  const rank = (node: GraphNode) => (seen.has(node.id) ? order.indexOf(node.id) : order.length)
  return [...graph.nodes].sort((a, b) => rank(a) - rank(b))
}

function toElk(graph: StateGraph): ElkNode {
  // A protocol table already lists its states in the RFC's order; a client machine lists its
  // resting states before its session, which would put the session under them.
  const ordered = graph.nodes.some((node) => node.kind === 'group') ? readingOrder(graph) : graph.nodes
  const elkNode = (node: GraphNode): ElkNode => {
    const children = ordered.filter((child) => child.parent === node.id).map(elkNode)
    if (children.length === 0) return { id: node.id, ...size(node) }
    return {
      id: node.id,
      children,
      layoutOptions: { 'elk.padding': `[top=${GROUP_HEADER + 6},left=10,bottom=10,right=10]` },
    }
  }
  const edges: ElkExtendedEdge[] = graph.edges.map((edge) => ({
    id: edge.id,
    sources: [edge.from],
    targets: [edge.to],
    labels: edge.label ? [{ text: edge.label, width: textWidth(edge.label, 11) + 6, height: LABEL_HEIGHT }] : [],
  }))
  return { id: 'root', layoutOptions: options, children: ordered.filter((node) => !node.parent).map(elkNode), edges }
}

const round = (value: number) => Math.round(value * 10) / 10
const box = (shape: { x?: number; y?: number; width?: number; height?: number }): Box => ({
  x: round(shape.x ?? 0),
  y: round(shape.y ?? 0),
  width: round(shape.width ?? 0),
  height: round(shape.height ?? 0),
})

export async function layOut(graph: StateGraph): Promise<DiagramLayout> {
  const elk = new ELK()
  const result = await elk.layout(toElk(graph))
  const boxes: DiagramLayout['boxes'] = {}
  const routes: DiagramLayout['routes'] = {}
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      boxes[child.id] = box(child)
      visit(child)
    }
    for (const edge of node.edges ?? []) {
      const section = edge.sections?.[0]
      if (!section) throw new Error(`ELK gave arrow ${edge.id} no route`)
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((point): [number, number] => [round(point.x), round(point.y)])
      const label = edge.labels?.[0]
      routes[edge.id] = { points, label: label ? box(label) : null }
    }
  }
  visit(result)
  return { ...graph, width: round(result.width ?? 0), height: round(result.height ?? 0), boxes, routes }
}

export async function layOutAll(graphs: readonly StateGraph[]): Promise<DiagramLayout[]> {
  const layouts: DiagramLayout[] = []
  for (const graph of graphs) layouts.push(await layOut(graph))
  return layouts
}

export const GENERATED_PATH = 'lib/simulator/diagrams/layouts.generated.ts'

export function generatedSource(layouts: readonly DiagramLayout[]): string {
  return [
    '// GENERATED by `npm run diagrams` (scripts/diagrams/layout.ts) from the client machines and the',
    '// protocol state tables. Do not edit: test/scripts/diagrams/layout.test.ts fails when it is stale.',
    '',
    "import type { DiagramLayout } from './graph'",
    '',
    `export const STATE_DIAGRAM_LAYOUTS: readonly DiagramLayout[] = ${JSON.stringify(layouts, null, 2)}`,
    '',
  ].join('\n')
}
