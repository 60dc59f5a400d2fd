'use client'
// The host bridge the embed page turns on: connects the lab shell to the page that frames it
// (postMessage API v1, embedBridge.ts) and hands the shell its answer reporter. Renders nothing.
import { useEffect } from 'react'
import type { LabBridgeProps } from '@/components/lab/LabContainer'
import { useEmbedBridge } from './useEmbedBridge'

export function EmbedBridge({ view, parentOrigins, onCommand, measureRef, answerRef }: LabBridgeProps) {
  const { reportAnswer } = useEmbedBridge({ view, parentOrigins, onCommand, measureRef })
  useEffect(() => {
    answerRef.current = reportAnswer
  }, [answerRef, reportAnswer])
  return null
}
