// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import boundariesPlugin from 'eslint-plugin-boundaries'

const rawIpc = {
  selector:
    'MemberExpression[object.name=/^ipc(Main|Renderer)$/][property.name=/^(handle|handleOnce|on|once|invoke|send|sendSync|removeHandler)$/]',
  message: 'Use the typed contract (src/main/ipc.ts, src/preload/index.ts); no raw IPC elsewhere.',
}

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'worker_threads',
]

/**
 * The arrows of docs/architecture.md, checked on resolved paths (eslint-plugin-boundaries with
 * the TypeScript resolver), so no relative or aliased path can cross a layer.
 */
const ELEMENTS = [
  ['shared', 'src/shared'],
  ['core', 'src/core'],
  ['host', 'src/host'],
  ['cli', 'src/cli'],
  ['main', 'src/main'],
  ['preload', 'src/preload'],
  ['renderer', 'src/renderer'],
  ['eval', 'eval'],
  ['test', 'test'],
]
/** Which layers each layer may import (itself included). */
const ARROWS = {
  shared: ['shared'],
  core: ['core', 'shared'],
  host: ['host', 'core', 'shared'],
  cli: ['cli', 'core', 'shared'],
  main: ['main', 'core', 'shared'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared'],
  eval: ['eval', 'core', 'shared', 'test'],
  test: ['test', 'host', 'core', 'shared'],
}
const layers = {
  files: ['src/**', 'eval/**', 'test/**'],
  plugins: { boundaries: boundariesPlugin },
  settings: {
    'boundaries/elements': ELEMENTS.map(([type, pattern]) => ({ type, pattern })),
    'boundaries/files': [{ category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx'] }],
    'import/resolver': {
      typescript: {
        project: ['tsconfig.node.json', 'tsconfig.web.json'],
        noWarnOnMultipleProjects: true,
      },
    },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          'A layer may not import this one: see the arrows in docs/architecture.md (eslint.config.js ARROWS).',
        policies: [
          ...Object.entries(ARROWS).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: to } } } },
          })),
          // Tests beside the code may use the harnesses, labelled cases, the sample library (core)
          // and the parts they wire together (the shell's tests load the preload).
          {
            from: { file: { categories: 'test' } },
            allow: {
              to: { element: { types: { anyOf: ['test', 'eval', 'core', 'cli', 'preload'] } } },
            },
          },
          // Packages are governed by the per-folder rules below, not by the layer arrows.
          { allow: { to: { module: { origin: 'external' } } } },
          { allow: { to: { module: { origin: 'core' } } } },
        ],
      },
    ],
  },
}

/** Import restrictions per folder on packages: Node, Electron and React where they may not go. */
const boundaries = (/** @type {string[]} */ patterns, /** @type {string} */ why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', rawIpc],
    },
  },
  {
    files: ['src/shared/**'],
    rules: boundaries(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        '**/main/**',
        '**/core/**',
        '**/renderer/**',
        '**/preload/**',
      ],
      'src/shared is pure: no Node, Electron, React or other layers.',
    ),
  },
  {
    files: ['src/core/**', 'src/host/**', 'src/cli/**'],
    rules: boundaries(
      ['electron', 'react', 'react-dom'],
      'core, host and cli run in plain Node: no Electron, no React.',
    ),
  },
  layers,
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundaries(
        [...nodeBuiltins, 'electron', '**/main/**', '**/preload/**'],
        'The renderer reaches main only through the typed api object.',
      ),
    },
  },
  {
    // The window's first bundle stays free of zod: building the schemas of every channel took
    // ~45 ms of each start. Values come from @shared/constants; types may come from anywhere.
    files: ['src/renderer/**'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'src/renderer/src/test/**',
      'src/renderer/test-setup.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                '@shared/contract',
                '@shared/domain',
                '@shared/channels/*',
                '@shared/records',
                '@shared/*/domain',
                '@shared/audit/*',
                '@shared/legal/signoff',
              ],
              allowTypeImports: true,
              message:
                'These modules build zod schemas: import their types with `import type`, and plain values from @shared/constants.',
            },
            {
              // The analysers and their language model (wink-nlp, ~4 MB) run in main: the window
              // asks for their results over the contract (e.g. revisions:spans).
              group: [
                'wink-nlp',
                'wink-eng-lite-web-model',
                '@shared/language/*',
                '@shared/quotes/detect',
                '@shared/quotes/attribute',
                '@shared/quotes/find',
                '@shared/quotes/speakers',
                '@shared/legal/detect',
                '@shared/legal/rules',
                '@shared/claims/spotter',
              ],
              allowTypeImports: true,
              message:
                'The analysers run in main, not in the window: ask for their results over the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**'],
    rules: boundaries(
      [...nodeBuiltins, '**/main/**', '**/renderer/**'],
      'preload only bridges the contract.',
    ),
  },
  {
    files: ['src/main/ipc.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
