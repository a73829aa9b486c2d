import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

// Bounds for tests that wait on conditions, generous so that a busy machine (CI, two cores
// shared with a browser) slows a test down without failing it. A passing test never waits them out.
const bounds = { testTimeout: 30_000, hookTimeout: 60_000 }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          ...bounds,
          include: [
            'src/shared/**/*.test.ts',
            'src/core/**/*.test.ts',
            'src/host/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/main/**/*.test.ts',
            'eval/**/*.test.ts',
            'test/**/*.test.ts',
            'e2e/support/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          ...bounds,
          include: ['src/renderer/**/*.test.tsx', 'src/renderer/**/*.test.ts'],
          setupFiles: ['src/renderer/test-setup.ts', 'test/setup/testing-library.ts'],
        },
      },
    ],
  },
})
