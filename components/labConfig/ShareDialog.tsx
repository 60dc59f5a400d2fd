'use client'

// The Share dialog: a link to the current scenario and step, and an iframe snippet for course
// pages, each with a copy button. A modal <dialog>: the browser traps focus and Escape closes it;
// focus goes back to the button that opened it.

import { useEffect, useId, useRef, useState } from 'react'
import type { LabConfig, LabParamsOptions } from '@/lib/labConfig/labParams'
import { iframeSnippet, shareUrls, siteBasePath } from '@/lib/labConfig/shareLinks'
import { copyText } from '@/components/platform/clipboard'

export interface ShareDialogProps {
  open: boolean
  onClose: () => void
  /** The lab's config with the current scenario and step filled in. */
  config: LabConfig
  options: LabParamsOptions
  /** The scenario's title, for the iframe's title attribute. */
  scenarioTitle: string
  /** The route of the page showing the dialog ("/" or "/embed"), to find the site's base path. */
  route: string
}

type CopyState = { field: 'link' | 'snippet'; ok: boolean } | null

export function ShareDialog({ open, onClose, config, options, scenarioTitle, route }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const linkField = useRef<HTMLInputElement>(null)
  const snippetField = useRef<HTMLTextAreaElement>(null)
  const opener = useRef<Element | null>(null)
  const [copied, setCopied] = useState<CopyState>(null)
  const [location, setLocation] = useState<{ origin: string; base: string } | null>(null)
  const id = useId()

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      opener.current = document.activeElement
      setLocation({ origin: window.location.origin, base: siteBasePath(window.location.pathname, route) })
      setCopied(null)
      element.showModal()
      linkField.current?.focus()
      linkField.current?.select()
    }
    if (!open && element.open) element.close()
  }, [open, route])

  const handleClose = () => {
    onClose()
    const back = opener.current
    if (back instanceof HTMLElement) back.focus()
  }

  const urls = location ? shareUrls(location.origin, location.base, config, options) : null
  const snippet = urls && location ? iframeSnippet(urls.embed, `Mail Protocol Lab: ${scenarioTitle}`, location.origin) : ''
  const status =
    copied === null
      ? ''
      : copied.ok
        ? copied.field === 'link'
          ? 'Link copied to the clipboard.'
          : 'Snippet copied to the clipboard.'
        : 'Could not copy: the text is selected, press Ctrl+C (or ⌘C) to copy it.'

  const copy = async (field: 'link' | 'snippet') => {
    const text = field === 'link' ? (urls?.link ?? '') : snippet
    const ok = await copyText(text, field === 'link' ? linkField.current : snippetField.current)
    setCopied({ field, ok })
  }

  const fieldClass = 'w-full rounded border border-line bg-surface-sunken px-2 py-1 font-mono text-sm text-ink'
  const buttonClass = 'rounded border border-line bg-surface-raised px-3 py-1 text-sm font-medium hover:bg-surface-sunken'

  return (
    <dialog
      ref={dialog}
      onClose={handleClose}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface-raised p-5 text-ink backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Share this step
      </h2>
      <p id={`${id}-intro`} className="mt-1 text-sm text-ink-muted">
        &ldquo;{scenarioTitle}&rdquo; at step {config.step}. The link and the snippet open the lab here, with the same settings.
      </p>

      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor={`${id}-link`} className="text-sm font-medium">
          Link
        </label>
        <div className="flex gap-2">
          <input id={`${id}-link`} ref={linkField} readOnly value={urls?.link ?? ''} className={fieldClass} />
          <button type="button" className={buttonClass} onClick={() => void copy('link')}>
            Copy link
          </button>
        </div>
      </div>

      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor={`${id}-snippet`} className="text-sm font-medium">
          Embed in a course page
        </label>
        <p id={`${id}-snippet-help`} className="text-sm text-ink-muted">
          Paste this HTML into your page. The script lets the frame grow to fit the lab; where scripts are not allowed,
          the frame keeps a fixed height.
        </p>
        <textarea
          id={`${id}-snippet`}
          ref={snippetField}
          readOnly
          rows={7}
          value={snippet}
          aria-describedby={`${id}-snippet-help`}
          className={`${fieldClass} resize-y`}
        />
        <div>
          <button type="button" className={buttonClass} onClick={() => void copy('snippet')}>
            Copy snippet
          </button>
        </div>
      </div>

      <p role="status" className="mt-3 min-h-5 text-sm">
        {status}
      </p>

      <div className="mt-2 flex justify-end">
        <button type="button" className={buttonClass} onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}

/** A "Share" button that opens the dialog. */
export function ShareButton(props: Omit<ShareDialogProps, 'open' | 'onClose'> & { className?: string }) {
  const { className, ...dialogProps } = props
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={className ?? 'rounded border border-line bg-surface-raised px-3 py-1 text-sm font-medium text-ink hover:bg-surface-sunken'}
      >
        Share
      </button>
      <ShareDialog {...dialogProps} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
