// Runs while the document's head is parsed: remembers a use of the page (a pointer move, touch,
// key or focus) that comes before React has hydrated it, for whenWanted to count (issue 14).
// Rendered by the server only (no 'use client'): React never runs a script it creates.
import { EARLY_USE_SCRIPT } from './whenWanted'

export function EarlyUseScript() {
  return <script dangerouslySetInnerHTML={{ __html: EARLY_USE_SCRIPT }} />
}
