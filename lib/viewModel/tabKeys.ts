// Arrow keys across a tab list (WAI-ARIA Authoring Practices, tabs pattern): right and left move
// and wrap round, Home and End go to the first and last tab. Shared by the lab's dock and the
// console's connection tabs.

/** The index of the tab a key moves to, or undefined when the key is not a tab-list key. */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 }
  if (!Object.prototype.hasOwnProperty.call(moves, key) || count <= 0) return undefined
  return (moves[key] + count) % count
}
