'use client'
// How a lane card arrives, leaves and pulses (issue 14, frame cost). Cards are plain `li`s: a card
// that a step brings fades in, a card that leaves its list fades out before it is removed, and an
// IMAP card that becomes read pulses once. Each is one Web Animations call on the element's
// opacity (and the pulse's scale), which the compositor runs; nothing is measured, so a step adds
// no layout read and no per-frame script. framer-motion's `m.li` with `layout` measured each card
// whose index changed and ran every fade through its own frame loop: in autoplay (a check adding
// 50 cards) that was a large part of each step.
//
// Presence comes from the list's AnimatePresence: a card there at the list's first render (the lab
// swapping in, another folder shown) does not fade in; a leaving card stays in its cell until its
// fade ends (usePresence's safeToRemove). Under reduced motion nothing fades or scales: cards
// appear and go at once (the outline and the state words show every change), as the page's CSS
// already cuts every CSS animation short for those learners.
import { PresenceContext, usePresence } from 'framer-motion'
import { useContext, useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { prefersReducedMotion } from '@/components/platform/media'

/** framer-motion's default tween for opacity, which the cards used before. */
export const CARD_FADE: KeyframeAnimationOptions = { duration: 300, easing: 'cubic-bezier(0.25, 0.1, 0.35, 1)' }
/**
 * At most this many cards fade in (or out) per task: a step that brings or removes many at once (a
 * first check of a full mailbox, a POP3 QUIT expunging 50) fades the first ones, in list order (the
 * rows in view), and shows or removes the rest at once; their outlines mark them. 58 animations
 * started in one step cost its frame more than they showed.
 */
export const MOST_FADES_PER_TASK = 12
let fadesThisTask = 0

/** Takes one of this task's fades; false once they are spent (they come back in the next task). */
function takeFade(): boolean {
  if (fadesThisTask === 0) setTimeout(() => (fadesThisTask = 0))
  fadesThisTask++
  return fadesThisTask <= MOST_FADES_PER_TASK
}

function animatable(element: HTMLElement | null): element is HTMLElement {
  return element !== null && typeof element.animate === 'function' && !prefersReducedMotion()
}

/**
 * A card's presence: fades it in when it arrives after its list's first render, and out when its
 * list lets it go. Returns whether the card is leaving (still shown, fading).
 */
export function useCardPresence(ref: RefObject<HTMLElement | null>): boolean {
  const [isPresent, safeToRemove] = usePresence()
  const presence = useContext(PresenceContext)
  // Read once: whether this card arrived with its list (no fade) or later (a fade), never again.
  const [arrives] = useState(() => presence !== null && presence.initial !== false)
  useLayoutEffect(() => {
    const element = ref.current
    if (arrives && animatable(element) && takeFade()) element.animate([{ opacity: 0 }, { opacity: 1 }], CARD_FADE)
  }, [arrives, ref])
  useEffect(() => {
    if (isPresent || !safeToRemove) return
    const element = ref.current
    if (!animatable(element) || !takeFade()) {
      // Gone from sight at once; AnimatePresence removes a step's leaving cards together, when the
      // last fade among them ends.
      if (element) element.style.opacity = '0'
      safeToRemove()
      // Back in its list before the others' fades ended: seen again.
      return () => {
        if (element) element.style.opacity = ''
      }
    }
    let current = true
    const fade = element.animate([{ opacity: 1 }, { opacity: 0 }], { ...CARD_FADE, fill: 'forwards' })
    const done = () => {
      if (current) safeToRemove()
    }
    fade.finished.then(done, done)
    return () => {
      // Back in its list before the fade ended (or unmounted): stop fading, do not remove.
      current = false
      fade.cancel()
    }
  }, [isPresent, safeToRemove, ref])
  return !isPresent
}

/** The IMAP read pulse: a ring that grows a little and fades, once, when a card becomes read. */
export function pulse(element: HTMLElement | null): void {
  if (!animatable(element)) return
  element.animate(
    [
      { opacity: 0.9, transform: 'scale(1)' },
      { opacity: 0, transform: 'scale(1.05)' },
    ],
    { duration: 900, easing: 'ease-out', fill: 'forwards' },
  )
}
