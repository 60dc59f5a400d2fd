import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Three projects:
// - unit: plain Node for the model and the tooling (lib, content, scripts, lint rules); fast, no DOM.
// - dom:  jsdom + Testing Library for React components and pages (everything else under test/).
// - e2e:  real Chromium against the built static export (test/e2e, see test/e2e/harness.ts).
// `npm run test:unit` runs unit and dom; `npm run test:e2e` runs e2e; `npm test` runs all of them.

const nodeDirs = ['test/lib', 'test/content', 'test/scripts', 'test/lint']

export default defineConfig({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: nodeDirs.map((dir) => `${dir}/**/*.test.{ts,tsx}`),
          setupFiles: ['test/setup-property.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', ...nodeDirs.map((dir) => `${dir}/**`)],
          setupFiles: ['test/setup-dom.ts', 'test/setup-property.ts'],
          // Vitest's default of 5 s left some slow files (the console's SMTP session, the state
          // diagrams, axe runs) only 3 to 5 times their usual time on a busy 2-core CI machine. A
          // hang still fails, after 30 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          // One Chromium per file, files one after another: 2 cores cannot run several browsers well.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
