'use client'
// A prediction question asked before a step runs: the learner picks an answer, then reads whether
// it was right and why. "Next step" waits for an answer; "Just show me" skips the question and runs
// the step, so a question never traps anyone.
import { useId } from 'react'
import type { PredictionView } from '@/lib/simulator/view'
import { buttonClass } from '@/components/lanes/styles'

export interface PredictionQuestionProps {
  question: PredictionView
  onAnswer: (choiceIndex: number) => void
  /** Skip the question and run the step. */
  onSkip?: () => void
}

export function PredictionQuestion({ question, onAnswer, onSkip }: PredictionQuestionProps) {
  const headingId = useId()
  const answered = question.chosenIndex !== null
  const settled = answered || question.skipped
  const right = question.chosenIndex === question.answerIndex
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-xl border-2 border-imap-strong bg-surface-raised px-3 py-2">
      <h2 id={headingId} className="text-sm font-semibold">
        Predict: {question.prompt}
      </h2>
      <div className="flex flex-wrap items-center gap-1.5">
        {question.choices.map((choice, index) => {
          const chosen = question.chosenIndex === index
          return (
            <button
              key={choice}
              type="button"
              disabled={settled}
              aria-pressed={answered ? chosen : undefined}
              onClick={() => onAnswer(index)}
              className={`${buttonClass} ${chosen ? 'border-imap-strong font-semibold' : ''}`}
            >
              {choice}
              {settled && index === question.answerIndex && <span> (right answer)</span>}
            </button>
          )
        })}
        {!settled && onSkip && (
          <button type="button" onClick={onSkip} className={`${buttonClass} border-dashed`}>
            Just show me
          </button>
        )}
      </div>
      <div aria-live="polite" className="basis-full empty:hidden">
        {answered && (
          <p className="text-sm">
            <strong>{right ? 'Right.' : 'Not quite.'}</strong> {question.explanation}
          </p>
        )}
        {question.skipped && (
          <p className="text-sm">
            <strong>Skipped.</strong> {question.explanation}
          </p>
        )}
      </div>
    </div>
  )
}
