// Shown only when JavaScript is off (a course page that frames the lab with sandbox="" and no
// allow-scripts, or a browser with scripts disabled): the prerendered HTML is the lab's step 0,
// readable but still, and this line says why nothing moves.

export function NoScriptNote() {
  return (
    <noscript>
      <p className="rounded border border-line bg-surface-raised px-3 py-2 text-sm text-ink">
        JavaScript is off here, so this is the lab&rsquo;s first step only: its buttons need JavaScript to run.
      </p>
    </noscript>
  )
}
