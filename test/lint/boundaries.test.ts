import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: root })

/** Lints one planted line as if it were the file at `path`; returns the rules that fired. */
async function rulesFor(path: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const planted = x\n`, {
    filePath: join(root, path),
  })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

// Each import crosses a layer the wrong way, by a relative path of any depth or by the alias.
const forbidden: readonly (readonly [string, string])[] = [
  ['src/core/claims/planted.ts', "import { x } from '../../main/window'"],
  ['src/core/planted.ts', "import { x } from '../main/pdf'"],
  ['src/core/storage/planted.ts', "import { x } from '../../host/server'"],
  ['src/core/planted.ts', "import { x } from '../renderer/src/app/App'"],
  ['src/core/planted.ts', "import { x } from '../../eval/claims'"],
  ['src/host/planted.ts', "import { x } from '../main/ipc'"],
  ['src/cli/planted.ts', "import { x } from '../host/server'"],
  ['src/shared/claims/planted.ts', "import { x } from '../../core/library'"],
  ['src/shared/planted.ts', "import { x } from '@shared/../core/library'"],
  ['src/renderer/src/claims/planted.ts', "import { x } from '../../../core/library'"],
  ['src/renderer/src/claims/planted.ts', "import { x } from '../../../main/window'"],
  ['src/preload/planted.ts', "import { x } from '../core/library'"],
  ['src/main/planted.ts', "import { x } from '../renderer/src/app/App'"],
]

describe('lint holds the layer boundaries on resolved paths', () => {
  it.each(forbidden)('refuses %s: %s', async (path, line) => {
    expect(await rulesFor(path, line)).toContain('boundaries/dependencies')
  })

  it.each([
    ['src/host/planted.ts', "import { x } from '../core/index'"],
    ['src/main/planted.ts', "import { x } from '../core/index'"],
    ['src/core/claims/planted.ts', "import { x } from '@shared/claims/spotter'"],
    ['src/renderer/src/claims/planted.ts', "import type { x } from '@shared/claims/domain'"],
  ])('allows %s: %s', async (path, line) => {
    expect(await rulesFor(path, line)).not.toContain('boundaries/dependencies')
  })
})
