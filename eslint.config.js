// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

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

/** Import restrictions per folder: the arrows of ARCHITECTURE.md. */
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
        '**/renderer/**',
        '**/preload/**',
      ],
      'src/shared is pure: no Node, Electron, React or other layers.',
    ),
  },
  {
    files: ['src/main/core/**', 'src/main/serve/**'],
    rules: boundaries(
      ['electron', 'react', 'react-dom', '**/renderer/**', '**/preload/**'],
      'core and serve run in plain Node: no Electron, no renderer.',
    ),
  },
  {
    files: ['src/main/core/**'],
    rules: boundaries(
      [
        'electron',
        'react',
        'react-dom',
        '**/renderer/**',
        '**/preload/**',
        '../serve/**',
        '../*.ts',
        '../index',
        '../window',
        '../menu',
        '../ipc',
      ],
      'core never imports the shell or the browser host.',
    ),
  },
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
                '@shared/disclosures/signoff',
              ],
              allowTypeImports: true,
              message:
                'These modules build zod schemas: import their types with `import type`, and plain values from @shared/constants.',
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
