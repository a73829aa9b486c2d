import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/** The dev server injects inline scripts for hot reload, which the page's strict meta CSP forbids: drop it in dev only (the window's CSP header still applies). */
function devCsp(): Plugin {
  return {
    name: 'galley-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  }
}

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

/**
 * Workers have no `document`: the Markdown parser's entity decoder picks a DOM version for
 * browsers, which fails as the article worker loads; workers take its plain one.
 */
function workerEntities(): Plugin {
  return {
    name: 'galley-worker-entities',
    enforce: 'pre',
    resolveId(id) {
      return id === 'decode-named-character-reference'
        ? resolve(import.meta.dirname, 'node_modules/decode-named-character-reference/index.js')
        : null
    },
  }
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          serve: resolve(import.meta.dirname, 'src/host/cli.ts'),
          // Re-anchoring and other heavy pure work, off the main thread (src/core/workers/pool.ts).
          'compute-worker': resolve(import.meta.dirname, 'src/core/workers/compute-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload cannot require() packages: bundle zod and the contract into it.
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react(), devCsp()],
    worker: { plugins: () => [workerEntities()] },
    build: { minify: true },
  },
})
