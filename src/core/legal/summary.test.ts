import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import { openCore, type GalleyCore } from '..'
import { READINESS_CACHE } from './summary'

let dir: string
let core: GalleyCore

const open = (version = 'test') =>
  openCore({ libraryPath: dir, mode: 'browser', version, emit: () => undefined })

async function list(): Promise<DraftSummary[]> {
  const res = await core.dispatch('drafts:list', { view: 'active' })
  if (!res.ok) throw new Error(res.error.message)
  return res.value as DraftSummary[]
}

/**
 * Readiness by title, once every row has it (a cold list may leave some to the background): asks
 * again until it does, however long a busy machine takes; the test's own timeout bounds it.
 */
async function readiness(): Promise<Record<string, DraftSummary['readiness'] | null>> {
  for (;;) {
    const rows = await list()
    if (rows.every((d) => d.readiness))
      return Object.fromEntries(rows.map((d) => [d.title, d.readiness ?? null]))
    await new Promise((r) => setTimeout(r, 50))
  }
}

type CacheFile = {
  drafts: Record<string, { key: string; fingerprint: string; ready: boolean; blocking: number }>
}
const cacheFile = () => join(dir, READINESS_CACHE)
const readCache = async () => JSON.parse(await readFile(cacheFile(), 'utf8')) as CacheFile

/** The sample's feature, which has blocking items, is made to look ready in the kept answers. */
async function forgeReady(): Promise<string> {
  await readiness()
  const feature = (await list()).find((d) => d.readiness?.ready === false)
  if (!feature) throw new Error('the sample has no blocked draft')
  const cache = await readCache()
  const entry = cache.drafts[feature.id]
  if (!entry) throw new Error('the blocked draft was not kept')
  cache.drafts[feature.id] = { ...entry, ready: true, blocking: 0 }
  await writeFile(cacheFile(), JSON.stringify(cache))
  return feature.title
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-readiness-'))
  core = await open()
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('list readiness kept between runs', () => {
  it('is written when the core closes and read by the next run', async () => {
    const first = await readiness()
    expect(Object.values(first).every((r) => r !== null)).toBe(true)
    const ids = (await list()).map((d) => d.id)
    await core.close()
    const kept = await readCache()
    expect(Object.keys(kept.drafts).sort()).toEqual(ids.sort())

    core = await open()
    const title = await forgeReady()
    await core.close()
    core = await open()
    // The forged answer is shown: the list took it from the cache instead of re-running checks.
    expect((await readiness())[title]).toEqual({ ready: true, blocking: 0 })
  })

  it('works a draft out again when its file was changed while Galley was closed', async () => {
    await readiness()
    await core.close()
    core = await open()
    const title = await forgeReady()
    await core.close()
    // Rewrite every draft file with the same content laid out differently (a hand edit).
    for (const name of (await readdir(join(dir, 'drafts'))).filter((n) => n.endsWith('.json'))) {
      const file = join(dir, 'drafts', name)
      await writeFile(file, JSON.stringify(JSON.parse(await readFile(file, 'utf8')), null, 1))
    }
    core = await open()
    expect((await readiness())[title]).toMatchObject({ ready: false })
  })

  it('ignores answers kept by another version of Galley', async () => {
    await readiness()
    await core.close()
    core = await open()
    const title = await forgeReady()
    await core.close()
    core = await open('test-2')
    expect((await readiness())[title]).toMatchObject({ ready: false })
  })

  it('ignores a damaged cache and writes a good one', async () => {
    const truth = await readiness()
    await core.close()
    await writeFile(cacheFile(), '{"schemaVersion": 1, "drafts": ')
    core = await open()
    expect(await readiness()).toEqual(truth)
    await core.close()
    expect(Object.keys((await readCache()).drafts)).toHaveLength(Object.keys(truth).length)
    core = await open()
  })
})
