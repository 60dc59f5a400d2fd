// A link to the lab's own page (the site root, with or without a query), as a plain <a> rather
// than next/link. Why: with a basePath, Next's client router asks for the root page's RSC payload
// at `${basePath}.txt` instead of `${basePath}/index.txt` (vercel/next.js#73427, open), a 404 on
// every static host; the router then falls back to a full page load anyway. A plain link makes
// that full load directly, with no failed request in the learner's console.
import type { ReactNode } from 'react'

/** The base path the site was built for, "" or "/segment" (next.config.mjs passes it in `env`). */
export const SITE_BASE_PATH = process.env.BASE_PATH ?? ''

/** The lab's address under the base path, with an optional query ("?scenario=…"). */
export function labHref(query = ''): string {
  return SITE_BASE_PATH ? `${SITE_BASE_PATH}${query}` : `/${query}`
}

export function LabLink({ query, className, children }: { query?: string; className?: string; children: ReactNode }) {
  return (
    <a href={labHref(query)} className={className}>
      {children}
    </a>
  )
}
