// The committed coordinates are the layout of today's machines and tables: change a machine or a
// state table and this fails until `npm run diagrams` is run again.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GENERATED_PATH, generatedSource, layOutAll } from '@/scripts/diagrams/layout'
import { stateGraphs } from '@/lib/simulator/diagrams/stateGraphs'

describe('state diagram layouts', () => {
  // One layout run for the file: ELK takes a few seconds on a busy machine.
  const fresh = layOutAll(stateGraphs())

  it('the generated file is up to date (run `npm run diagrams` if not)', async () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generatedSource(await fresh))
  })

  it('every state has a box inside the drawing and every arrow a route from its state to its state', async () => {
    for (const layout of await fresh) {
      for (const node of layout.nodes) {
        const box = layout.boxes[node.id]
        expect(box, `${layout.id}: ${node.id}`).toBeDefined()
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.y).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
      }
      for (const edge of layout.edges) {
        const { points } = layout.routes[edge.id]
        expect(points.length, `${layout.id}: ${edge.id}`).toBeGreaterThanOrEqual(2)
        expect(onBorder(points[0], layout.boxes[edge.from]), `${edge.id} starts on ${edge.from}`).toBe(true)
        expect(onBorder(points[points.length - 1], layout.boxes[edge.to]), `${edge.id} ends on ${edge.to}`).toBe(true)
      }
    }
  })

  it('the drawings stay narrow enough for a dock panel (at most 560 units wide)', async () => {
    for (const layout of await fresh) expect(layout.width, layout.id).toBeLessThanOrEqual(560)
  })
})

function onBorder([x, y]: [number, number], box: { x: number; y: number; width: number; height: number }): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1
  const insideX = x >= box.x - 1 && x <= box.x + box.width + 1
  const insideY = y >= box.y - 1 && y <= box.y + box.height + 1
  return (insideX && (near(y, box.y) || near(y, box.y + box.height))) || (insideY && (near(x, box.x) || near(x, box.x + box.width)))
}
