// Copying text, feature-detected. A cross-origin frame without allow="clipboard-write", a
// sandboxed frame or an insecure page refuses the Clipboard API; the older execCommand('copy')
// on a selected field still works in many of them. When both are refused, the caller shows the
// text in a selected field and asks the learner to press Ctrl+C (CopyFallbackField).

type PolicyDocument = Document & {
  permissionsPolicy?: { allowsFeature(feature: string): boolean }
  featurePolicy?: { allowsFeature(feature: string): boolean }
}

/**
 * False when the page's permissions policy says clipboard-write is not allowed here (Chromium
 * reports its policy; other browsers do not, and then we try). Asking first avoids the browser's
 * console report of a blocked call.
 */
export function clipboardWriteAllowed(doc: Document = document): boolean {
  try {
    const policy = (doc as PolicyDocument).permissionsPolicy ?? (doc as PolicyDocument).featurePolicy
    return policy ? policy.allowsFeature('clipboard-write') : true
  } catch {
    return true
  }
}

async function writeWithApi(text: string): Promise<boolean> {
  try {
    if (!clipboardWriteAllowed()) return false
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
    if (!clipboard || typeof clipboard.writeText !== 'function') return false
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

function execCopy(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  try {
    field.select()
    return typeof document.execCommand === 'function' && document.execCommand('copy') === true
  } catch {
    return false
  }
}

/**
 * Copies text: the Clipboard API, else execCommand('copy') on `field` (left selected, so the
 * learner can press Ctrl+C) or on a hidden field that is removed again. True when copied.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  if (await writeWithApi(text)) return true
  if (field) {
    field.focus()
    return execCopy(field)
  }
  const previous = document.activeElement
  const hidden = document.createElement('textarea')
  hidden.value = text
  hidden.setAttribute('readonly', '')
  hidden.setAttribute('aria-hidden', 'true')
  hidden.style.position = 'fixed'
  hidden.style.opacity = '0'
  hidden.style.pointerEvents = 'none'
  document.body.appendChild(hidden)
  try {
    return execCopy(hidden)
  } finally {
    hidden.remove()
    if (previous instanceof HTMLElement) previous.focus()
  }
}
