import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// The layering rule (README, "Layout"): lib/ is the model. It never imports the view layer or its
// libraries, so it runs headless in Node, in tests and in the simulate script.
const viewOnly = 'lib/ is the model and must not import the view layer (React, Next, framer-motion, components/, app/).'

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
])
