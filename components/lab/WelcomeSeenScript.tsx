// Runs while the static HTML is parsed, before the page's first paint: a learner who has dismissed
// the welcome never sees it flash (globals.css hides `[data-welcome]` under `data-welcome-seen`;
// Welcome removes the attribute once hydrated, and from then on the stored value decides).
//
// It sits in the document's head, not in the welcome (issue 14): Chromium's parser may stop to
// paint at an inline script in the body, so the first paint stopped short of the welcome, whose
// words (the page's largest text) then painted only after hydration's long tasks: a late largest
// contentful paint. Placed after the welcome's words instead, a returning learner saw it flash.
// Rendered by the server only (no 'use client'): React never runs a script it creates.
import { WELCOME_STORAGE_KEY } from './welcomeStorage'

const HIDE_IF_SEEN = `try{if(localStorage.getItem(${JSON.stringify(WELCOME_STORAGE_KEY)})==='seen')document.documentElement.setAttribute('data-welcome-seen','')}catch(e){}`

export function WelcomeSeenScript() {
  return <script dangerouslySetInnerHTML={{ __html: HIDE_IF_SEEN }} />
}
