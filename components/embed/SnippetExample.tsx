'use client'

// An iframe snippet for the instructors' guide, filled in with this site's own address once the
// page runs in the browser (the prerendered HTML shows a placeholder host).

import { useEffect, useState } from 'react'
import { iframeSnippet, siteBasePath } from '@/components/embed/shareLinks'

export interface SnippetExampleProps {
  /** The route of the page showing it, to find the base path. */
  route: string
  /** Query for /embed, e.g. "scenario=read-sync&protocols=imap". */
  query: string
  title: string
}

export function SnippetExample({ route, query, title }: SnippetExampleProps) {
  const [site, setSite] = useState({ origin: 'https://YOUR-LAB-HOST', base: '' })
  useEffect(() => {
    setSite({ origin: window.location.origin, base: siteBasePath(window.location.pathname, route) })
  }, [route])
  const snippet = iframeSnippet(`${site.origin}${site.base}/embed?${query}`, title, site.origin)
  return (
    <pre className="overflow-x-auto rounded-lg bg-surface-sunken p-3 font-mono text-[0.8125rem] leading-6" tabIndex={0} aria-label="Iframe snippet">
      <code>{snippet}</code>
    </pre>
  )
}
