// Issue 14 (frame cost): the view animates with the Web Animations API and CSS, never with
// framer-motion's `m`/`motion` components or its features (layout measuring, a per-frame loop).
// framer-motion stays only for list presence: AnimatePresence keeps a leaving card until its fade
// ends (components/lanes/cardMotion.ts). docs/performance.md, "Keeping a step cheap".
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, sourceFiles } from './sourceFiles'

const ALLOWED = new Set(['AnimatePresence', 'usePresence', 'PresenceContext', 'MotionGlobalConfig'])
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"](framer-motion|motion\/react|motion)['"]/g

/** The names a file imports from framer-motion that are not presence helpers. */
function motionImports(text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(IMPORT)) {
    if (match[1]) continue
    for (const part of match[2].split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]
      if (name && !part.trim().startsWith('type ') && !ALLOWED.has(name)) names.push(name)
    }
  }
  return names
}

describe('no framer-motion components or features in the view', () => {
  it('finds a forbidden import in an example', () => {
    expect(motionImports("import { AnimatePresence, m } from 'framer-motion'")).toEqual(['m'])
    expect(motionImports("import { LazyMotion, type FeatureBundle } from 'framer-motion'")).toEqual(['LazyMotion'])
    expect(motionImports("import { AnimatePresence, usePresence } from 'framer-motion'")).toEqual([])
  })

  it('components/ and app/ import only presence helpers from framer-motion', () => {
    const offenders = ['components', 'app'].flatMap((dir) => sourceFiles(path.join(root, dir)))
      .map((file) => [path.relative(root, file), motionImports(readFileSync(file, 'utf8'))] as const)
      .filter(([, names]) => names.length > 0)
    expect(offenders).toEqual([])
  })
})
