// Share links and the iframe snippet (issue 6). Pure: the caller passes the page's location, so
// the links carry whatever base path the site is served under, with no build-time setting.

import { labQueryString, type LabConfig, type LabParamsOptions } from './labParams'

/** The height the snippet gives the frame before the first resize message arrives. */
export const SNIPPET_HEIGHT = 800

/**
 * The site's root URL path ("" or "/lab") from the path of the page we are on, given that page's
 * route ("/" or "/embed"). Tolerates a trailing slash and a ".html" or "/index.html" ending.
 */
export function siteBasePath(pathname: string, route: string): string {
  let path = pathname.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/\/+$/, '')
  const suffix = route.replace(/\/+$/, '')
  if (suffix && path.endsWith(suffix)) path = path.slice(0, -suffix.length)
  return path.replace(/\/+$/, '')
}

export interface ShareUrls {
  /** The lab page itself, at this scenario and step. */
  link: string
  /** The chrome-free embed, for the iframe. */
  embed: string
}

export function shareUrls(origin: string, basePath: string, config: LabConfig, options: LabParamsOptions): ShareUrls {
  const query = labQueryString(config, options)
  return {
    link: `${origin}${basePath}/${query}`,
    embed: `${origin}${basePath}/embed${query}`,
  }
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * The snippet an instructor pastes into a course page: the iframe, and a few lines of script
 * that size it from the lab's resize messages (hosts that strip scripts keep the fixed height).
 */
export function iframeSnippet(embedUrl: string, title: string, origin: string): string {
  const iframe =
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="${SNIPPET_HEIGHT}"` +
    ` style="border:0;display:block" allow="fullscreen" loading="lazy"></iframe>`
  const script = [
    '<script>',
    '  // Mail Protocol Lab: size the frame to its content (postMessage API v1, see the lab\'s embedding docs)',
    '  // A sandboxed frame reports origin "null", so the frame is found by event.source, among the',
    '  // frames that load the lab from its own origin.',
    '  window.addEventListener("message", function (event) {',
    '    var data = event.data;',
    '    if (!data || data.source !== "mail-protocol-lab" || data.type !== "resize") return;',
    '    document.querySelectorAll("iframe").forEach(function (frame) {',
    `      if (frame.contentWindow === event.source && frame.src.indexOf(${JSON.stringify(`${origin}/`).replace(/</g, '\\u003c')}) === 0)`,
    '        frame.style.height = data.height + "px";',
    '    });',
    '  });',
    '</script>',
  ].join('\n')
  return `${iframe}\n${script}`
}
