// The frame every page but the lab shares: a main landmark, a header with the way back to the lab
// (and, on reading pages, the other reading pages), the page's title and its introduction.
import Link from 'next/link'
import type { ReactNode } from 'react'
import { LabLink } from './LabLink'

/** A tool page (console, live mode) is wide and compact; a reading page is a narrow column of text. */
const LAYOUTS = {
  tool: {
    main: 'mx-auto flex w-full max-w-7xl flex-col gap-4 px-3 py-4 sm:px-6',
    header: 'flex flex-col gap-2',
    link: 'text-imap underline underline-offset-2',
    title: 'text-2xl font-bold',
    intro: 'max-w-prose text-ink-muted',
  },
  reading: {
    main: 'mx-auto flex max-w-3xl flex-col gap-8 px-5 py-10 sm:px-8',
    header: 'flex flex-col gap-3',
    link: 'text-imap underline',
    title: 'text-4xl font-semibold tracking-tight',
    intro: 'text-lg',
  },
  guide: {
    main: 'mx-auto flex max-w-5xl flex-col gap-10 px-5 py-10 sm:px-8',
    header: 'flex max-w-prose flex-col gap-3',
    link: 'text-imap underline',
    title: 'text-4xl font-semibold tracking-tight',
    intro: 'text-lg',
  },
} as const

export interface PageShellProps {
  layout: keyof typeof LAYOUTS
  title: ReactNode
  intro: ReactNode
  /** Other pages named beside "Back to the lab", in a Site navigation; without them the way back stands alone. */
  siteLinks?: readonly { href: string; label: string }[]
  /** What the header shows after the introduction (the guide's table of contents). */
  afterIntro?: ReactNode
  children: ReactNode
}

export function PageShell({ layout, title, intro, siteLinks, afterIntro, children }: PageShellProps) {
  const classes = LAYOUTS[layout]
  const back = <LabLink className={classes.link}>Back to the lab</LabLink>
  return (
    <main className={classes.main}>
      <header className={classes.header}>
        {siteLinks ? (
          <nav aria-label="Site" className="flex flex-wrap gap-x-4 text-sm">
            {back}
            {siteLinks.map(({ href, label }) => (
              <Link key={href} href={href} className={classes.link}>
                {label}
              </Link>
            ))}
          </nav>
        ) : (
          <p className="text-sm">{back}</p>
        )}
        <h1 className={classes.title}>{title}</h1>
        <p className={classes.intro}>{intro}</p>
        {afterIntro}
      </header>
      {children}
    </main>
  )
}
