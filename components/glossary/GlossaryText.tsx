'use client'
// Running text with its glossary terms marked (content/glossaryText finds them); each opens its
// definition (GlossaryTerm). Used where learners read the words: narration, transcript notes,
// console explanations.
import { memo } from 'react'
import { glossarySegments } from '@/content/glossaryText'
import { GlossaryTerm } from './GlossaryTerm'

export const GlossaryText = memo(function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {glossarySegments(text).map((segment, index) =>
        segment.entry ? (
          <GlossaryTerm key={index} entry={segment.entry}>
            {segment.text}
          </GlossaryTerm>
        ) : (
          segment.text
        ),
      )}
    </>
  )
})
