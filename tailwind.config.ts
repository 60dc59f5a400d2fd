import type { Config } from 'tailwindcss'

/**
 * Design tokens for the lab. Loaded by app/globals.css through `@config`.
 *
 * Colours are written with CSS `light-dark(light, dark)`, so one token serves both themes: the
 * browser picks a side from `color-scheme`, which app/globals.css sets from the system preference
 * or from `data-theme="light" | "dark"` on <html> (what a theme toggle sets).
 *
 * - `pop3` / `imap`: one hue per protocol, used for lanes, message cards and transcript lines.
 *   DEFAULT is for text, borders and icons on a surface (≥ 4.5:1 on `surface` and `surface-raised`);
 *   `soft` is a tinted background; `strong` is a filled background that carries `on-accent` text.
 * - `surface`: page background; `surface-raised`: cards and panels; `surface-sunken`: wells such
 *   as the wire transcript.
 * - `ink`: body text; `ink-muted`: secondary text (still ≥ 4.5:1); `line`: borders and dividers.
 */
const config = {
  content: ['./app/**/*.{ts,tsx,mdx}', './components/**/*.{ts,tsx,mdx}', './content/**/*.{ts,tsx,mdx}'],
  theme: {
    extend: {
      colors: {
        pop3: {
          DEFAULT: 'light-dark(#b4410b, #fdae6b)',
          soft: 'light-dark(#fff1e6, #3a1d0b)',
          strong: 'light-dark(#b4410b, #c2541a)',
        },
        imap: {
          DEFAULT: 'light-dark(#1d5fc2, #8ab8ff)',
          soft: 'light-dark(#e8f0fe, #10264a)',
          strong: 'light-dark(#1d5fc2, #2f6fd0)',
        },
        'on-accent': '#ffffff',
        surface: {
          DEFAULT: 'light-dark(#f7f8fb, #0c111d)',
          raised: 'light-dark(#ffffff, #161d2d)',
          sunken: 'light-dark(#eef1f6, #080c16)',
        },
        ink: {
          DEFAULT: 'light-dark(#111827, #e6e9f0)',
          muted: 'light-dark(#4b5563, #a3acbd)',
        },
        line: 'light-dark(#d3d9e3, #2b3548)',
      },
      fontFamily: {
        sans: ['ui-sans-serif', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        mono: ['ui-monospace', '"SFMono-Regular"', '"DejaVu Sans Mono"', 'Menlo', 'Consolas', 'monospace'],
      },
      maxWidth: {
        prose: '68ch',
      },
    },
  },
} satisfies Config

export default config
