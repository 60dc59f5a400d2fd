'use client'

// The lab for iframes (`/embed`): the same shell as `/` (LabContainer), without the site's links,
// About and Colours, and with the host bridge turned on. The prerendered HTML is step 0 of the
// default scenario (with a note when JavaScript is off); the URL's parameters apply at hydration.

import { LabContainer } from '@/components/lab/LabContainer'
import type { LabFirstPaint } from '@/components/lab/labFirstPaint'
import { EmbedBridge } from './EmbedBridge'
import { NoScriptNote } from './NoScriptNote'

export function EmbedPage({ first }: { first: LabFirstPaint }) {
  return <LabContainer first={first} route="/embed" bridge={EmbedBridge} notice={<NoScriptNote />} />
}
