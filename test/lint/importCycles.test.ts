// lib/ has no import cycles, not even type-only ones: a cycle means two modules each own half of
// one idea (docs/architecture.md, "Layers"). Imports are read with TypeScript's own pre-processor.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { resolveImport, root, sourceFiles } from './sourceFiles'

/** Every cycle found by depth-first search, each as the list of files around it. */
export function findCycles(files: readonly string[]): string[][] {
  const edges = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    edges.set(file, importedFiles.map((entry) => resolveImport(file, entry.fileName)).filter((target): target is string => target !== undefined))
  }
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map((f) => path.relative(root, f)))
      else if (!state.has(next) && edges.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return cycles
}

describe('import cycles', () => {
  it('finds a planted cycle (the check can fail)', () => {
    const dir = path.join(root, 'test/lint/fixtures/cycle')
    expect(findCycles(sourceFiles(dir))).toHaveLength(1)
  })

  it('lib/ has none', () => {
    expect(findCycles(sourceFiles(path.join(root, 'lib')))).toEqual([])
  })
})
