import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The layering rules (docs/architecture.md, "Layers"); test/lint/layering.test.ts holds a failing
// example of each.
//   lib/protocols  <-  lib/simulator, lib/console, lib/live, lib/labConfig, lib/embed, lib/viewModel  <-  components/, app/
//   content/ is data: lib/ never imports it; it imports only types from lib/.
// ESLint applies one no-restricted-imports setting per file (the last matching block wins), so
// each block below lists every pattern that applies to its files.

const viewOnly = 'lib/ is the model and must not import the view layer (React, Next, framer-motion, components/, app/).'
const noContent = 'lib/ must not import content/: content is data that the view layer (or a test) hands to lib/.'
const protocolsBelow = 'lib/protocols is the bottom layer (a pure mail server and wire reader): it must not import the lib/ modules above it (simulator, console, live, labConfig, embed, viewModel).'
const contentTypesOnly = 'content/ is data: it may import only types from lib/ (use `import type`).'
const publicEntries =
  'components/ and app/ import lib/ only through its public entry points: @/lib/protocols, @/lib/protocols/wire, @/lib/simulator, @/lib/simulator/view (the view contract), @/lib/simulator/workflow, @/lib/simulator/diagrams/graph and …/diagrams/layouts.generated (diagram data, light enough for the first paint), @/lib/console, @/lib/protocols/names (protocol names), and any module of @/lib/live (live mode), @/lib/labConfig (URL parameters), @/lib/embed (the postMessage API) and @/lib/viewModel (what the view computes from the view contract), which exist for the view layer.'

const viewPatterns = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', 'framer-motion', 'framer-motion/*', 'motion', 'motion/*', '@xstate/react', '@xstate/react/*', '@/components', '@/components/*', '@/app', '@/app/*'],
    message: viewOnly,
  },
  // Relative paths that climb out of lib/ into components/ or app/.
  { regex: '^(\\.\\./)+(components|app)(/|$)', message: viewOnly },
]
const contentPatterns = [
  { group: ['@/content', '@/content/*'], message: noContent },
  { regex: '^(\\.\\./)+content(/|$)', message: noContent },
]
const upperLibPatterns = [
  { group: ['@/lib/simulator', '@/lib/simulator/*', '@/lib/console', '@/lib/console/*', '@/lib/live', '@/lib/live/*', '@/lib/labConfig', '@/lib/labConfig/*', '@/lib/embed', '@/lib/embed/*', '@/lib/viewModel', '@/lib/viewModel/*'], message: protocolsBelow },
  { regex: '^(\\.\\./)+(simulator|console|live|labConfig|embed|viewModel)(/|$)', message: protocolsBelow },
]

// Optional browser features throw or are missing in sandboxed frames, with blocked storage, or in
// old browsers. components/ and app/ reach them only through components/platform (docs/platform.md).
const viaPlatform = (what) => `${what} may be refused or throw (sandboxed frame, blocked storage): use components/platform (docs/platform.md).`
const platformGuard = {
  files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
  ignores: ['components/platform/**'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'localStorage', message: viaPlatform('localStorage') },
      { name: 'sessionStorage', message: viaPlatform('sessionStorage') },
      { name: 'matchMedia', message: viaPlatform('matchMedia') },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'window', property: 'localStorage', message: viaPlatform('localStorage') },
      { object: 'window', property: 'sessionStorage', message: viaPlatform('sessionStorage') },
      { object: 'window', property: 'matchMedia', message: viaPlatform('matchMedia') },
      { object: 'navigator', property: 'serviceWorker', message: viaPlatform('The service worker') },
      { object: 'navigator', property: 'clipboard', message: viaPlatform('The clipboard') },
      { object: 'document', property: 'fullscreenEnabled', message: viaPlatform('Full screen') },
      { object: 'document', property: 'exitFullscreen', message: viaPlatform('Full screen') },
      { property: 'requestFullscreen', message: viaPlatform('Full screen') },
    ],
  },
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'coverage/**',
    'test-results/**',
    'node_modules/**',
    '.bench-bare/**',
    'next-env.d.ts',
  ]),
  {
    files: ['lib/**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [...viewPatterns, ...contentPatterns] }],
    },
  },
  {
    files: ['lib/protocols/**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...viewPatterns, ...contentPatterns, ...upperLibPatterns] }],
    },
  },
  {
    files: ['content/**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib', '@/lib/**'], allowTypeImports: true, message: contentTypesOnly },
            { regex: '^(\\.\\./)+lib(/|$)', allowTypeImports: true, message: contentTypesOnly },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}', 'app/**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/lib(/(?!((protocols|protocols/wire|protocols/names|simulator|simulator/view|simulator/workflow|simulator/diagrams/graph|simulator/diagrams/layouts\\.generated|console)$|(live|labConfig|embed|viewModel)(/\\w+)?$)).*)?$',
              message: publicEntries,
            },
            { regex: '^(\\.\\./)+lib(/|$)', message: publicEntries },
          ],
        },
      ],
    },
  },
  platformGuard,
])
