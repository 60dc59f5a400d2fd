'use client'
// Wraps the lanes: loads the animation features after first paint, and lets the user's
// prefers-reduced-motion setting turn transform and layout animations off (colour and outline
// changes still show every state change).
import { LazyMotion, MotionConfig } from 'framer-motion'
import type { ReactNode } from 'react'

const loadFeatures = () => import('./motionFeatures').then((module) => module.default)

export interface LabMotionProps {
  children: ReactNode
}

export function LabMotion({ children }: LabMotionProps) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  )
}
