// The answer key and the misconception list, built from content/scenarios and content/myths, so
// the guide never disagrees with what the lab asks and shows.

import { myths, type Myth } from '../myths'
import { scenarios } from '../scenarios/catalog'

export interface AnswerKeyEntry {
  scenario: string
  scenarioTitle: string
  questionId: string
  /** Asked before this step runs. */
  beforeStep: number
  prompt: string
  choices: readonly string[]
  answerIndex: number
  answer: string
  explanation: string
  misconception: string
}

export function answerKey(): AnswerKeyEntry[] {
  return scenarios.flatMap((scenario) =>
    (scenario.questions ?? []).map((question) => ({
      scenario: scenario.id,
      scenarioTitle: scenario.title,
      questionId: question.id,
      beforeStep: question.beforeStep,
      prompt: question.prompt,
      choices: question.choices,
      answerIndex: question.answerIndex,
      answer: question.choices[question.answerIndex],
      explanation: question.explanation,
      misconception: question.misconception,
    })),
  )
}

/** The misconceptions the lab addresses: one per myth, with the step that busts it. */
export function misconceptions(): readonly Myth[] {
  return myths
}

/** "A", "B", "C" for a choice position. */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index)
