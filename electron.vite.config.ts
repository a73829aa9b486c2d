import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          serve: resolve(import.meta.dirname, 'src/main/serve/cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react()],
    build: { minify: true },
  },
})
