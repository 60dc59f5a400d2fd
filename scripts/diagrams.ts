// `npm run diagrams`: reads the state graphs from the machines and the protocol tables, lays them
// out with ELK and writes the coordinates the UI ships (see scripts/diagrams/layout.ts).

import { writeFileSync } from 'node:fs'
import { stateGraphs } from '@/lib/simulator/diagrams/stateGraphs'
import { GENERATED_PATH, generatedSource, layOutAll } from './diagrams/layout'

const layouts = await layOutAll(stateGraphs())
writeFileSync(GENERATED_PATH, generatedSource(layouts))
for (const layout of layouts) console.log(`${layout.id}: ${layout.width} × ${layout.height}, ${layout.nodes.length} states, ${layout.edges.length} arrows`)
