// `/embed`: the lab with no site chrome, for iframes in course pages (docs/embedding.md).

import type { Metadata } from 'next'
import { EmbedPage } from '@/components/embed/EmbedPage'

export const metadata: Metadata = {
  title: 'Embedded lab',
  description: 'The Mail Protocol Lab for course pages: POP3 and IMAP side by side, configured by URL parameters.',
}

export default function Embed() {
  return <EmbedPage />
}
