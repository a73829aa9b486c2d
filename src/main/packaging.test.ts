import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)

interface Schema {
  readonly properties: Record<string, unknown>
  readonly definitions: Record<string, { properties?: Record<string, unknown> }>
}

describe('packaging (electron-builder.yml)', async () => {
  const config = load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<
    string,
    unknown
  >
  const schema = JSON.parse(
    await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
  ) as Schema

  it('uses only options electron-builder knows', () => {
    expect(Object.keys(config).filter((k) => !(k in schema.properties))).toEqual([])
    const fuseOptions = Object.keys(schema.definitions['FuseOptionsV1']?.properties ?? {})
    expect(
      Object.keys(config['electronFuses'] as object).filter((k) => !fuseOptions.includes(k)),
    ).toEqual([])
  })

  it('flips the hardening fuses: no run-as-node, NODE_OPTIONS or inspect; asar only, with integrity', () => {
    expect(config['asar']).toBe(true)
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    })
  })

  it('gives file:// no extra privileges: the window loads app://galley/, not a file', () => {
    expect(config['electronFuses']).toMatchObject({ grantFileProtocolExtraPrivileges: false })
  })

  it('builds AppImage and deb, dmg and NSIS installers', () => {
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'] })
    expect(config['mac']).toMatchObject({ target: ['dmg'] })
    expect(config['win']).toMatchObject({ target: ['nsis'] })
  })
})
