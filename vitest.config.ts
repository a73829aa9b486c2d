import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
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
          include: ['src/renderer/**/*.test.tsx', 'src/renderer/**/*.test.ts'],
          setupFiles: ['src/renderer/test-setup.ts'],
        },
      },
    ],
  },
})
