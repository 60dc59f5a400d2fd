// `/embed`: the lab with no site chrome, for iframes in course pages (docs/embedding.md).

import type { Metadata } from 'next'
import { EmbedPage } from '@/components/embed/EmbedPage'
import { labFirstPaint } from '@/components/lab/labFirstPaint'

export const metadata: Metadata = {
  title: 'Embedded lab',
  description: 'The Mail Protocol Lab for course pages: POP3 and IMAP side by side, configured by URL parameters.',
}

/** Step 0 of the default scenario, computed at build time for the static HTML. */
const first = labFirstPaint()

export default function Embed() {
  return <EmbedPage first={first} />
}
