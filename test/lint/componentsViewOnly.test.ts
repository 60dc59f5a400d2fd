// components/ holds the view layer only; every piece of React-free logic lives in lib/, under the
// layering lint rules (docs/architecture.md, "Layers"). A components/ .ts file (a .tsx is a
// component by its name) must touch the view: import React, Next, framer-motion or @xstate/react
// (a type import counts: a props seam is view), use a browser global, bring content/'s words
// together with lib/ (which lib/ may not import), or build on another view file. Anything else is
// logic that belongs in lib/ (or words that belong in content/). Read with TypeScript's own parser.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { resolveImport, root, sourceFiles } from './sourceFiles'

const VIEW_PACKAGES = /^(react|react-dom|next|framer-motion|motion|@xstate\/react)(\/|$)/

/** Globals only a browser page has: using one makes a file a browser wrapper, not logic. */
const BROWSER_GLOBALS = new Set([
  'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'matchMedia',
  'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'HTMLElement', 'Element', 'Node',
  'Event', 'CustomEvent', 'MessageEvent', 'KeyboardEvent', 'EventSource', 'WebSocket', 'ResizeObserver',
  'IntersectionObserver', 'MutationObserver',
])

/** Files whose only content is presentation data, with why they are view and not logic. */
const PRESENTATION: Record<string, string> = {
  'components/lanes/styles.ts': 'Tailwind class strings',
}

/** Whether the file names a browser global as a value or a type (not as a property or a declared name). */
function usesBrowserGlobal(source: ts.SourceFile): boolean {
  let found = false
  const visit = (node: ts.Node): void => {
    if (found) return
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const parent = node.parent
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node)
      const isDeclaredName = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isImportSpecifier(parent)) && parent.name === node
      if (!isPropertyName && !isDeclaredName) found = true
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

interface Facts {
  touchesView: boolean
  localImports: string[]
}

const factsOnDisk = new Map<string, Facts>()

function factsOf(file: string, planted: string | undefined): Facts {
  if (planted !== undefined) return facts(file, planted)
  let known = factsOnDisk.get(file)
  if (!known) factsOnDisk.set(file, (known = facts(file, readFileSync(file, 'utf8'))))
  return known
}

function facts(file: string, text: string): Facts {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const { importedFiles } = ts.preProcessFile(text, true, true)
  const specifiers = importedFiles.map((entry) => entry.fileName)
  const touchesView =
    specifiers.some((specifier) => VIEW_PACKAGES.test(specifier)) ||
    specifiers.some((specifier) => /^@\/content(\/|$)/.test(specifier)) ||
    usesBrowserGlobal(source)
  const localImports = specifiers.map((specifier) => resolveImport(file, specifier)).filter((target): target is string => target !== undefined)
  return { touchesView, localImports }
}

/**
 * The .ts files under `dir` that touch no view: logic that belongs in lib/. `texts` overrides a
 * file's text (a planted example); a file is view when it touches the view itself or imports a
 * .tsx or another view file of `dir`.
 */
export function logicInComponents(dir: string, texts: Record<string, string> = {}): string[] {
  const unique = [...new Set([...sourceFiles(dir), ...Object.keys(texts)])]
  const known = new Map(unique.map((file) => [file, factsOf(file, texts[file])]))
  const view = new Set(unique.filter((file) => file.endsWith('.tsx') || known.get(file)!.touchesView || PRESENTATION[path.relative(root, file)]))
  for (let changed = true; changed; ) {
    changed = false
    for (const [file, { localImports }] of known) {
      if (view.has(file)) continue
      if (localImports.some((target) => target.endsWith('.tsx') || view.has(target))) {
        view.add(file)
        changed = true
      }
    }
  }
  return unique.filter((file) => !view.has(file)).map((file) => path.relative(root, file)).sort()
}

// Parsing every components/ file takes seconds on a busy machine; each file is parsed once.
describe('components/ holds no React-free logic', { timeout: 60_000 }, () => {
  const components = path.join(root, 'components')

  it('finds a planted logic file (the check can fail)', () => {
    const planted = path.join(components, 'lanes', 'plantedLogic.ts')
    const text = "import type { Protocol } from '@/lib/protocols'\nexport const twice = (p: Protocol) => `${p}${p}`\n"
    expect(logicInComponents(components, { [planted]: text })).toContain('components/lanes/plantedLogic.ts')
  })

  it('does not count a browser word in a string or a property name', () => {
    const planted = path.join(components, 'embed', 'plantedSnippet.ts')
    const text = "export const snippet = 'window.addEventListener(\"message\")'\nexport const shape = { document: 1 }\nexport const read = (x: { window: number }) => x.window\n"
    expect(logicInComponents(components, { [planted]: text })).toContain('components/embed/plantedSnippet.ts')
  })

  it('counts a browser wrapper, a React type and content words as view', () => {
    const wrapper = path.join(components, 'platform', 'plantedWrapper.ts')
    const seam = path.join(components, 'lab', 'plantedSeam.ts')
    const glue = path.join(components, 'lab', 'plantedGlue.ts')
    const texts = {
      [wrapper]: 'export const width = () => window.innerWidth\n',
      [seam]: "import type { RefObject } from 'react'\nexport type Handle = RefObject<number | null>\n",
      [glue]: "import { explainLine } from '@/content/explanations'\nexport const explain = explainLine\n",
    }
    const logic = logicInComponents(components, texts)
    for (const file of Object.keys(texts)) expect(logic).not.toContain(path.relative(root, file))
  })

  it('every components/ .ts file is view: React, the browser, content/ words, or built on those', () => {
    expect(logicInComponents(components)).toEqual([])
  })
})
