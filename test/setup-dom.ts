// Setup for the `dom` project (jsdom + Testing Library). With `globals: true`, Testing Library
// unmounts rendered trees after each test by itself.
import { MotionGlobalConfig } from 'framer-motion'

// Animations finish at once, so tests see end states and no cancelled animation rejects later.
MotionGlobalConfig.skipAnimations = true

// jsdom has no matchMedia; framer-motion (reduced motion) and theme code ask it. Nothing matches.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })
}
