'use client'

// An iframe snippet for the instructors' guide, filled in with this site's own address once the
// page runs in the browser (the prerendered HTML shows a placeholder host).

import { useBrowserValue } from '@/components/platform/useBrowserValue'
import { iframeSnippet, siteBasePath } from '@/lib/labConfig/shareLinks'

export interface SnippetExampleProps {
  /** The route of the page showing it, to find the base path. */
  route: string
  /** Query for /embed, e.g. "scenario=read-sync&protocols=imap". */
  query: string
  title: string
}

const PLACEHOLDER_ORIGIN = 'https://YOUR-LAB-HOST'

export function SnippetExample({ route, query, title }: SnippetExampleProps) {
  const origin = useBrowserValue(() => window.location.origin, PLACEHOLDER_ORIGIN)
  const base = useBrowserValue(() => siteBasePath(window.location.pathname, route), '')
  const snippet = iframeSnippet(`${origin}${base}/embed?${query}`, title, origin)
  return (
    <pre className="overflow-x-auto rounded-lg bg-surface-sunken p-3 font-mono text-[0.8125rem] leading-6" tabIndex={0} aria-label="Iframe snippet">
      <code>{snippet}</code>
    </pre>
  )
}
