import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The layering rule (README, "Layout"): lib/ is the model. It never imports the view layer or its
// libraries, so it runs headless in Node, in tests and in the simulate script.
const viewOnly = 'lib/ is the model and must not import the view layer (React, Next, framer-motion, components/, app/).'

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'next',
                'next/*',
                'framer-motion',
                'framer-motion/*',
                'motion',
                'motion/*',
                '@xstate/react',
                '@xstate/react/*',
                '@/components',
                '@/components/*',
                '@/app',
                '@/app/*',
              ],
              message: viewOnly,
            },
            {
              // Relative paths that climb out of lib/ into components/ or app/.
              regex: '^(\\.\\./)+(components|app)(/|$)',
              message: viewOnly,
            },
          ],
        },
      ],
    },
  },
  platformGuard,
])
