import { describe, expect, it } from 'vitest'
import { basePathFromScripts } from '@/components/site/ServiceWorkerRegistration'

describe('basePathFromScripts', () => {
  const origin = 'https://x.example'
  it.each([
    [['/_next/static/chunks/main.js'], ''],
    [['/lab/_next/static/chunks/main.js'], '/lab'],
    [['https://x.example/a/b/_next/static/x.js'], '/a/b'],
    [['https://cdn.example/_next/static/x.js', '/c/_next/static/y.js'], '/c'],
    [['/other.js'], null],
    [[], null],
  ])('%j → %j', (scripts, base) => expect(basePathFromScripts(scripts, origin)).toBe(base))
})
