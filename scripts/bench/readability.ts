// Plain-language figures for the narration (issue 11): the median Flesch–Kincaid grade of every
// narration text (intros and steps, both protocols), and the longest sentence. Budget: grade ≤ 8.

import { fleschKincaidGrade, median, sentences, words } from '@/content/readability'
import { scenarios } from '@/content/scenarios/catalog'
import { printFigure } from './report'

export function benchReadability(): void {
  const texts = scenarios.flatMap((scenario) => [
    scenario.intro.pop3,
    scenario.intro.imap,
    ...scenario.steps.flatMap((step) => [step.narration.pop3, step.narration.imap]),
  ])
  const grades = texts.map(fleschKincaidGrade)
  const grade = median(grades)
  printFigure('median Flesch–Kincaid grade of narration', `${grade.toFixed(1)} (${texts.length} texts)`, '≤ 8', grade <= 8)
  printFigure('hardest narration text (grade)', Math.max(...grades).toFixed(1), 'for information', null)
  const longest = Math.max(...texts.flatMap(sentences).map((sentence) => words(sentence).length))
  printFigure('longest narration sentence (words)', longest, '≤ 30', longest <= 30)
}
