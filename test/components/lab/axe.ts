// axe-core in jsdom for component tests. jsdom has no layout, so colour contrast is checked in the
// browser tests instead; "region" is off because components are rendered outside a page.
import axe from 'axe-core'

export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)
}

/** Matches a place's region name ("Phone", "Mail server") whatever lane qualifier follows it. */
export function place(name: string): RegExp {
  return new RegExp(`^${name}\\b`)
}
