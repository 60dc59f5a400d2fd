// One state diagram as SVG: the states and arrows laid out at build time (scripts/diagrams), the
// current state lit and the arrow just taken drawn bold in the protocol's colour. The SVG scales
// to its panel through its viewBox; a screen reader gets the same facts as text.
import { useId } from 'react'
import type { Protocol } from '@/lib/protocols'
import type { Box, DiagramLayout, GraphEdge, GraphNode } from '@/lib/simulator/diagrams/graph'
import { describeEdge, nodeLabel } from '@/lib/viewModel/diagramText'

export interface StateDiagramProps {
  layout: DiagramLayout
  protocol: Protocol
  /** The id of the state the machine is in (a node of `layout`). */
  current: string | null
  /** The arrow just taken (an edge id of `layout`), if the last step moved the machine. */
  taken: string | null
  /** Shown above the diagram, e.g. "Phone's POP3 client"; the layout's title when omitted. */
  title?: string
  /** The tallest the drawing may be, in CSS pixels (a dock panel's height); it shrinks to fit. */
  maxHeight?: number
}

const tone: Record<Protocol, { fill: string; stroke: string; text: string }> = {
  pop3: { fill: 'fill-pop3-strong', stroke: 'stroke-pop3', text: 'fill-pop3' },
  imap: { fill: 'fill-imap-strong', stroke: 'stroke-imap', text: 'fill-imap' },
}

/** The drawing never grows past its laid-out size: a wide panel shows white space, not giant text. */
const MAX_SCALE = 1

export function StateDiagram({ layout, protocol, current, taken, title, maxHeight }: StateDiagramProps) {
  const id = useId()
  const headingId = `${id}-heading`
  const arrow = `${id}-arrow`
  const arrowTaken = `${id}-arrow-taken`
  const colours = tone[protocol]
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]))
  const currentNode = current === null ? undefined : nodes.get(current)
  const takenEdge = layout.edges.find((edge) => edge.id === taken)
  // The arrow just taken is drawn last, so it lies over the others.
  const edges = [...layout.edges].sort((a, b) => Number(a.id === taken) - Number(b.id === taken))
  return (
    <figure aria-labelledby={headingId} className="flex flex-col gap-1 rounded-xl border border-line bg-surface-raised p-3">
      <figcaption id={headingId} className="text-sm font-semibold">
        {title ?? layout.title}
      </figcaption>
      <p className="text-xs text-ink-muted" data-testid="diagram-status">
        Now: <span className="font-semibold text-ink">{currentNode ? nodeLabel(currentNode) : 'unknown'}</span>
        {takenEdge && <span> · just took: {describeEdge(takenEdge, nodes)}</span>}
      </p>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="mx-auto block h-auto w-full"
        style={{ maxWidth: `${Math.round(layout.width * MAX_SCALE)}px`, maxHeight }}
        aria-hidden="true"
        focusable="false"
        data-diagram={layout.id}
      >
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="fill-ink-muted" />
          </marker>
          <marker id={arrowTaken} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={colours.text} />
          </marker>
        </defs>
        {layout.nodes.filter((node) => node.kind === 'group').map((node) => (
          <Group key={node.id} node={node} box={layout.boxes[node.id]} lit={isInside(layout, current, node.id)} stroke={colours.stroke} />
        ))}
        {edges.map((edge) => {
          const route = layout.routes[edge.id]
          const isTaken = edge.id === taken
          return (
            <g key={edge.id} data-edge={edge.id} data-taken={isTaken || undefined}>
              <path
                d={pathOf(route.points)}
                fill="none"
                strokeWidth={isTaken ? 3 : 1.25}
                strokeLinejoin="round"
                className={`transition-[stroke,stroke-width] duration-300 ${isTaken ? colours.stroke : 'stroke-ink-muted'}`}
                markerEnd={`url(#${isTaken ? arrowTaken : arrow})`}
              />
              {route.label && <EdgeLabel box={route.label} text={edge.label} taken={isTaken} textClass={colours.text} />}
            </g>
          )
        })}
        {layout.nodes.filter((node) => node.kind !== 'group').map((node) => (
          <Node key={node.id} node={node} box={layout.boxes[node.id]} lit={node.id === current} fill={colours.fill} />
        ))}
      </svg>
      <DiagramText layout={layout} nodes={nodes} current={currentNode} taken={takenEdge} />
    </figure>
  )
}

function Node({ node, box, lit, fill }: { node: GraphNode; box: Box; lit: boolean; fill: string }) {
  if (node.kind === 'start') {
    return <circle data-node={node.id} cx={box.x + box.width / 2} cy={box.y + box.height / 2} r={box.width / 2} className="fill-ink" />
  }
  const dashed = node.kind === 'none'
  return (
    <g data-node={node.id} data-current={lit || undefined}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={node.kind === 'none' ? box.height / 2 : 6}
        strokeWidth={lit ? 2 : 1.25}
        strokeDasharray={dashed ? '4 3' : undefined}
        className={lit ? `${fill} stroke-ink` : 'fill-surface stroke-ink-muted'}
      />
      <text
        x={box.x + box.width / 2}
        y={box.y + box.height / 2}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={12}
        fontWeight={lit ? 700 : 500}
        className={lit ? 'fill-on-accent' : 'fill-ink'}
      >
        {node.label}
      </text>
    </g>
  )
}

function Group({ node, box, lit, stroke }: { node: GraphNode; box: Box; lit: boolean; stroke: string }) {
  return (
    <g data-node={node.id} data-current={lit || undefined}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={10} strokeWidth={lit ? 2 : 1} strokeDasharray="6 4" className={`fill-surface-sunken ${lit ? stroke : 'stroke-line'}`} />
      <text x={box.x + 10} y={box.y + 15} fontSize={11} fontWeight={600} className="fill-ink-muted">
        {node.label}
      </text>
    </g>
  )
}

function EdgeLabel({ box, text, taken, textClass }: { box: Box; text: string; taken: boolean; textClass: string }) {
  return (
    <g>
      <rect x={box.x - 1} y={box.y} width={box.width + 2} height={box.height} rx={3} className="fill-surface-raised" opacity={0.9} />
      <text
        x={box.x + box.width / 2}
        y={box.y + box.height / 2}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={11}
        fontWeight={taken ? 700 : 400}
        className={taken ? textClass : 'fill-ink-muted'}
      >
        {text}
      </text>
    </g>
  )
}

/** The states and arrows again as text, for screen readers (the SVG itself is hidden from them). */
function DiagramText({ layout, nodes, current, taken }: { layout: DiagramLayout; nodes: Map<string, GraphNode>; current: GraphNode | undefined; taken: GraphEdge | undefined }) {
  const states = layout.nodes.filter((node) => node.kind !== 'start')
  return (
    <div className="sr-only">
      <p>
        Current state: {current ? nodeLabel(current) : 'unknown'}.{taken ? ` Transition just taken: ${describeEdge(taken, nodes)}.` : ''}
      </p>
      <ul aria-label="States">
        {states.map((node) => (
          <li key={node.id}>
            {nodeLabel(node)}
            {node.parent ? ` (part of ${nodeLabel(nodes.get(node.parent))})` : ''}
            {node.id === current?.id ? ', current' : ''}
          </li>
        ))}
      </ul>
      <ul aria-label="Transitions">
        {layout.edges.map((edge) => (
          <li key={edge.id}>
            {describeEdge(edge, nodes)}
            {edge.id === taken?.id ? ', just taken' : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** True when `current` is `group` or one of its states (the session group lights while in it). */
function isInside(layout: DiagramLayout, current: string | null, group: string): boolean {
  if (current === null) return false
  if (current === group) return true
  return layout.nodes.some((node) => node.id === current && node.parent === group)
}

function pathOf(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ')
}
