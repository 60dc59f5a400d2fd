// A state diagram as plain data: states (boxes), a group that holds some of them, and labelled
// arrows. The graphs are read from the client machines and the protocol state tables
// (stateGraphs.ts); scripts/diagrams lays them out at build time and the UI only draws them.

export type GraphNodeKind = 'state' | 'group' | 'start' | 'none'

export interface GraphNode {
  id: string
  label: string
  kind: GraphNodeKind
  /** The group this state belongs to (the client's "session"), if any. */
  parent?: string
}

export interface GraphEdge {
  /** `${from}>${to}`: one arrow per pair of states, whatever events take it. */
  id: string
  from: string
  to: string
  label: string
}

export interface StateGraph {
  id: StateGraphId
  title: string
  nodes: GraphNode[]
  edges: GraphEdge[]
}

export type StateGraphId = 'pop3-client' | 'imap-client' | 'pop3-session' | 'imap-session'

export function edgeId(from: string, to: string): string {
  return `${from}>${to}`
}

/** The node standing for "no connection" in a protocol graph (view: protocolState === null). */
export const NO_CONNECTION = 'none'
export const START = 'start'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A graph with the coordinates the build-time layout gave it (lib/simulator/diagrams/layouts.generated.ts). */
export interface DiagramLayout extends StateGraph {
  width: number
  height: number
  boxes: Record<string, Box>
  routes: Record<string, { points: [number, number][]; label: Box | null }>
}
