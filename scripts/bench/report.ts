// How benchmark sections print a figure beside its budget, so every section reads the same.

export function printFigure(name: string, value: number | string, budget: string, met: boolean | null): void {
  const verdict = met === null ? '' : met ? '  (met)' : '  (MISSED)'
  console.log(`  ${name}: ${value}   budget: ${budget}${verdict}`)
}

export function printSection(title: string): void {
  console.log(`\n== ${title}`)
}
