// The printable worksheet of each lesson plan: /instructors/worksheet/20 and /instructors/worksheet/50.

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Worksheet } from '@/components/instructors/Worksheet'
import { LESSON_PLANS } from '@/content/instructors/kit'

export const dynamicParams = false

export function generateStaticParams() {
  return LESSON_PLANS.map((plan) => ({ minutes: String(plan.minutes) }))
}

export async function generateMetadata({ params }: { params: Promise<{ minutes: string }> }): Promise<Metadata> {
  const { minutes } = await params
  return { title: `Worksheet, ${minutes}-minute lesson` }
}

export default async function WorksheetPage({ params }: { params: Promise<{ minutes: string }> }) {
  const { minutes } = await params
  const plan = LESSON_PLANS.find((candidate) => String(candidate.minutes) === minutes)
  if (!plan) notFound()
  return <Worksheet plan={plan} />
}
