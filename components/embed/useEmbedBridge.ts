'use client'

// Connects an embedded lab to its host page with the postMessage API v1 (embedBridge.ts). It does
// nothing unless the page is actually framed (window.parent !== window).

import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { useBrowserValue } from '@/components/platform/useBrowserValue'
import {
  answerMessage,
  completeMessage,
  isAllowedSender,
  parseCommand,
  readyMessage,
  resizeMessage,
  stepMessage,
  targetOrigins,
  type LabCommand,
  type OutgoingMessage,
  type StepViewFields,
} from '@/lib/embed/embedBridge'
import type { SimulationView } from '@/lib/simulator/view'

export interface EmbedBridgeOptions {
  /** The current view, or null while the lab is not ready. */
  view: Pick<SimulationView, StepViewFields | 'done'> | null
  /** From LabConfig: null allows any parent origin, [] allows none. */
  parentOrigins: readonly string[] | null
  /** Called for each accepted command. */
  onCommand: (command: LabCommand) => void
  /** The element whose height the host should give the frame; defaults to document.body. */
  measureRef?: RefObject<HTMLElement | null>
}

export interface EmbedBridge {
  /** True once mounted inside a frame. */
  framed: boolean
  /** Tell the host the learner answered a prediction question. */
  reportAnswer: (questionId: string, correct: boolean, skipped: boolean) => void
}

function isFramed(): boolean {
  try {
    return window.parent !== window
  } catch {
    return true
  }
}

/**
 * The host's origin when the browser tells us (ancestorOrigins, else the referrer), or null. A
 * sandboxed host's is "null": no listed parentOrigin matches it, so nothing is sent there (a
 * named target origin that does not match would log a console error).
 */
function parentOrigin(): string | null {
  try {
    const ancestors = window.location.ancestorOrigins
    if (ancestors && ancestors.length > 0) return ancestors[0] ?? null
    return document.referrer ? new URL(document.referrer).origin : null
  } catch {
    return null
  }
}

/** Sends to the parent; with parentOrigin set, only to an allowed origin (never leaking elsewhere). */
function makePoster(parentOrigins: readonly string[] | null): (message: OutgoingMessage) => void {
  let origins = targetOrigins(parentOrigins)
  if (parentOrigins !== null) {
    const known = parentOrigin()
    if (known) origins = parentOrigins.includes(known) ? [known] : []
  }
  return (message) => {
    for (const origin of origins) {
      try {
        window.parent.postMessage(message, origin)
      } catch {
        // A detached or cross-origin-blocked parent: nothing to tell.
      }
    }
  }
}

export function useEmbedBridge({ view, parentOrigins, onCommand, measureRef }: EmbedBridgeOptions): EmbedBridge {
  const framed = useBrowserValue(isFramed, false)
  const onCommandRef = useRef(onCommand)
  const postRef = useRef<((message: OutgoingMessage) => void) | null>(null)
  const sent = useRef({ ready: '', step: '', complete: '' })
  const originsKey = parentOrigins === null ? '*' : parentOrigins.join(',')

  useEffect(() => {
    onCommandRef.current = onCommand
  }, [onCommand])

  useEffect(() => {
    if (!framed) return
    const origins = originsKey === '*' ? null : originsKey.split(',').filter(Boolean)
    postRef.current = makePoster(origins)

    function onMessage(event: MessageEvent) {
      if (!isAllowedSender({ eventSource: event.source, parent: window.parent, origin: event.origin, parentOrigins: origins })) return
      const command = parseCommand(event.data)
      if (command) onCommandRef.current(command)
    }
    window.addEventListener('message', onMessage)
    return () => {
      window.removeEventListener('message', onMessage)
      postRef.current = null
    }
  }, [framed, originsKey])

  // ready once per scenario, then step on every move, then complete on reaching the end.
  const scenarioId = view?.scenarioId
  useEffect(() => {
    const post = postRef.current
    if (!framed || !post || !view) return
    if (sent.current.ready !== view.scenarioId) {
      sent.current = { ready: view.scenarioId, step: '', complete: '' }
      post(readyMessage(view))
    }
    const stepKey = `${view.scenarioId}#${view.stepIndex}#${view.tick}`
    if (sent.current.step !== stepKey) {
      sent.current.step = stepKey
      post(stepMessage(view))
    }
    if (view.done && sent.current.complete !== stepKey) {
      sent.current.complete = stepKey
      post(completeMessage(view))
    } else if (!view.done) {
      sent.current.complete = ''
    }
  }, [framed, view])

  // resize whenever the content's height changes.
  useEffect(() => {
    if (!framed || typeof ResizeObserver === 'undefined') return
    const target = measureRef?.current ?? document.body
    let last = -1
    const measure = () => {
      const rect = target.getBoundingClientRect()
      const height = Math.ceil(rect.bottom + window.scrollY)
      if (height !== last) {
        last = height
        postRef.current?.(resizeMessage(height))
      }
    }
    const observer = new ResizeObserver(measure)
    observer.observe(target)
    observer.observe(document.documentElement)
    measure()
    return () => observer.disconnect()
  }, [framed, measureRef, scenarioId])

  const reportAnswer = useCallback(
    (questionId: string, correct: boolean, skipped: boolean) => {
      if (scenarioId) postRef.current?.(answerMessage(scenarioId, questionId, correct, skipped))
    },
    [scenarioId],
  )

  return { framed, reportAnswer }
}
