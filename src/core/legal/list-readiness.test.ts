import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import { AnalysisService } from '../analysis/service'
import { listDrafts } from '../drafts/list'
import { closeLibrary, openLibrary, type Library } from '../library'
import { withReadiness } from './summary'
import { legalView } from './view'
import { seedSampleLibrary } from '../../../test/support/library'

// The library list's readiness on a big library's first start (issue 13): the list answers at
// once and the rest is worked out in the background, one draft at a time, with the checks that
// can block only, never starting the analysis workers for a short draft.

let dir: string
let library: Library
let analysis: AnalysisService

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-list-readiness-'))
  // The sample library (drafts with blocking items, open suggestions, a sign-off), then opened
  // as a big library is: no draft in memory until used, one kept.
  await seedSampleLibrary(dir)
  library = await openLibrary(dir, { mode: 'test', keepInMemory: 0 })
  analysis = new AnalysisService(library)
})
let closed = false
afterEach(async () => {
  await library.readiness.filling
  await analysis.close()
  if (!closed) await closeLibrary(library)
  closed = false
  await rm(dir, { recursive: true, force: true })
})

/** The list as the handler answers it, then once the background pass has filled it in. */
async function listTwice(): Promise<{ first: DraftSummary[]; filled: DraftSummary[] }> {
  let told = 0
  const first = await withReadiness(library, listDrafts(library, 'active'), () => told++, analysis)
  await library.readiness.filling
  expect(told).toBe(1)
  const filled = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
  return { first, filled }
}

/** What the legal tab says of each draft: ready, and how many of its items block. */
async function legalTab(ids: readonly string[]) {
  const out: Record<string, { ready: boolean; blocking: number }> = {}
  for (const id of ids) {
    const { readiness } = await library.store.using([id], () => legalView(library, id))
    out[id] = {
      ready: readiness.ready,
      blocking: readiness.items.filter((i) => i.severity === 'error').length,
    }
  }
  return out
}

describe('list readiness on a first start', () => {
  it('answers the list before readiness is worked out, then fills every row in', async () => {
    const { first, filled } = await listTwice()
    expect(first.length).toBeGreaterThan(1)
    // No draft was in memory: the list did not wait for any of them.
    expect(first.every((r) => r.readiness === undefined)).toBe(true)
    expect(filled.every((r) => r.readiness !== undefined)).toBe(true)
    expect(library.store.loaded).toBe(0)
  })

  it("says what the legal tab says, without running a short draft's analysis on the workers", async () => {
    const { filled } = await listTwice()
    const ids = filled.map((r) => r.id)
    // The background pass ran the blocking checks only: no draft's full analysis (what the
    // workers prepare: suggestions and people besides quotes and disclosures) was made.
    for (const id of ids) {
      expect(await library.store.using([id], async () => analysis.isReady(id))).toBe(false)
    }
    const truth = await legalTab(ids)
    expect(Object.fromEntries(filled.map((r) => [r.id, r.readiness]))).toEqual(truth)
    expect(Object.values(truth).some((r) => !r.ready)).toBe(true)
  })

  it('counts open suggestions when the library makes them block', async () => {
    const before = await listTwice()
    library.settings.data.suggestionsBlockReadiness = true
    library.readiness.answers.clear()
    const { filled } = await listTwice()
    const truth = await legalTab(filled.map((r) => r.id))
    expect(Object.fromEntries(filled.map((r) => [r.id, r.readiness]))).toEqual(truth)
    const blocking = (rows: DraftSummary[]) =>
      rows.reduce((n, r) => n + (r.readiness?.blocking ?? 0), 0)
    expect(blocking(filled)).toBeGreaterThan(blocking(before.filled))
  })

  it('stops when the library closes', async () => {
    const first = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
    expect(first.every((r) => r.readiness === undefined)).toBe(true)
    const filling = library.readiness.filling
    expect(filling).not.toBeNull()
    await closeLibrary(library)
    closed = true
    await filling
    // Nothing was worked out for a library no one has open any more.
    expect(library.readiness.answers.size).toBe(0)
  })

  it('is not held back for ever by a list asked for again and again', async () => {
    // A window (or a script) that asks for the list every 100 ms: the pass still finishes.
    let rows = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
    while (!rows.every((r) => r.readiness)) {
      await new Promise((r) => setTimeout(r, 100))
      rows = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
    }
    expect(rows.length).toBeGreaterThan(1)
  }, 20_000)
})
