'use client'
// A prediction question asked before a step runs: the learner picks an answer, then reads
// whether it was right and why. "Next step" stays disabled until then (the machine's guard).
import { useId } from 'react'
import type { PredictionView } from '@/lib/simulator/view'
import { buttonClass } from '@/components/lanes/styles'

export interface PredictionQuestionProps {
  question: PredictionView
  onAnswer: (choiceIndex: number) => void
}

export function PredictionQuestion({ question, onAnswer }: PredictionQuestionProps) {
  const headingId = useId()
  const answered = question.chosenIndex !== null
  const right = question.chosenIndex === question.answerIndex
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-2 rounded-xl border-2 border-imap-strong bg-surface-raised p-3">
      <h2 id={headingId} className="text-base font-semibold">
        Predict: {question.prompt}
      </h2>
      {!answered && <p className="text-sm text-ink-muted">Answer to run the next step.</p>}
      <div className="flex flex-wrap gap-2">
        {question.choices.map((choice, index) => {
          const chosen = question.chosenIndex === index
          return (
            <button
              key={choice}
              type="button"
              disabled={answered}
              aria-pressed={answered ? chosen : undefined}
              onClick={() => onAnswer(index)}
              className={`${buttonClass} text-sm ${chosen ? 'border-imap-strong font-semibold' : ''}`}
            >
              {choice}
              {answered && index === question.answerIndex && <span> (right answer)</span>}
            </button>
          )
        })}
      </div>
      <div aria-live="polite">
        {answered && (
          <p className="text-sm">
            <strong>{right ? 'Right.' : 'Not quite.'}</strong> {question.explanation}
          </p>
        )}
      </div>
    </div>
  )
}
