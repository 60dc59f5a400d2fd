// @vitest-environment jsdom
// (one test parses the snippet back with the browser's own HTML parser)
import { describe, expect, it } from 'vitest'
import { defaultLabConfig, parseLabParams } from '@/lib/labConfig/labParams'
import { escapeHtml, iframeSnippet, shareUrls, siteBasePath, SNIPPET_HEIGHT } from '@/lib/labConfig/shareLinks'

const options = { scenarioIds: ['download-and-delete', 'read-sync'] }

describe('siteBasePath', () => {
  it.each([
    ['/', '/', ''],
    ['/index.html', '/', ''],
    ['/lab', '/', '/lab'],
    ['/lab/', '/', '/lab'],
    ['/embed', '/embed', ''],
    ['/embed.html', '/embed', ''],
    ['/lab/embed', '/embed', '/lab'],
    ['/a/b/embed/', '/embed', '/a/b'],
  ])('%s on route %s → %j', (pathname, route, base) => expect(siteBasePath(pathname, route)).toBe(base))
})

describe('shareUrls', () => {
  it('links the lab and the embed at the current scenario and step', () => {
    const config = { ...defaultLabConfig(options), scenario: 'read-sync', step: 3 }
    expect(shareUrls('https://x.example', '/lab', config, options)).toEqual({
      link: 'https://x.example/lab/?scenario=read-sync&step=3',
      embed: 'https://x.example/lab/embed?scenario=read-sync&step=3',
    })
  })

  it('round-trips through the parser', () => {
    const config = { ...defaultLabConfig(options), scenario: 'read-sync', step: 2, protocols: ['imap' as const], theme: 'dark' as const }
    const { embed } = shareUrls('https://x.example', '', config, options)
    expect(parseLabParams(new URL(embed).searchParams, options).config).toEqual(config)
  })
})

describe('iframeSnippet', () => {
  it('has the required attributes and a resize listener', () => {
    const snippet = iframeSnippet('https://x.example/embed?scenario=read-sync&step=3', 'Mail Protocol Lab: "Read" <sync>', 'https://x.example')
    expect(snippet).toContain('src="https://x.example/embed?scenario=read-sync&amp;step=3"')
    expect(snippet).toContain('title="Mail Protocol Lab: &quot;Read&quot; &lt;sync&gt;"')
    expect(snippet).toContain('width="100%"')
    expect(snippet).toContain(`height="${SNIPPET_HEIGHT}"`)
    expect(snippet).toContain('allow="fullscreen"')
    expect(snippet).toContain('loading="lazy"')
    // The frame is matched by event.source and its src, not event.origin (a sandboxed frame reports "null").
    expect(snippet).toContain('frame.src.indexOf("https://x.example/") === 0')
    expect(snippet).not.toContain('event.origin')
  })

  it('parses back to one iframe with the same src and title', () => {
    const title = 'A <b>bold</b> & "quoted" title'
    const src = 'https://x.example/embed?scenario=read-sync&step=3'
    const doc = new DOMParser().parseFromString(iframeSnippet(src, title, 'https://x.example'), 'text/html')
    const frames = doc.querySelectorAll('iframe')
    expect(frames).toHaveLength(1)
    expect(frames[0]!.getAttribute('src')).toBe(src)
    expect(frames[0]!.getAttribute('title')).toBe(title)
    expect(doc.querySelectorAll('b')).toHaveLength(0)
  })

  it('escapes what HTML would interpret', () => expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;'))
})
