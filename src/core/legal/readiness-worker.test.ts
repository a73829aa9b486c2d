import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import { AnalysisService } from '../analysis/service'
import { listDrafts } from '../drafts/list'
import { closeLibrary, openLibrary, type Library } from '../library'
import { draftPath } from '../store/files'
import { withReadiness } from './summary'
import { legalView } from './view'
import { seedSampleLibrary } from '../../../test/support/library'

// A big library's first readiness pass runs on a worker thread of its own with a capped heap
// (issue 13: main's heap grew to about 650 MB under the pass's garbage at 5,000 drafts). Here
// the sample library stands for it: the tests make every pass big enough for the worker.

let dir: string
let library: Library
let analysis: AnalysisService
let closed = false
const failures: string[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-readiness-worker-'))
  await seedSampleLibrary(dir)
  library = await openLibrary(dir, { mode: 'test', keepInMemory: 0 })
  library.readiness.workerFrom = 1
  library.readiness.onWorkerFailed = (sentence) => failures.push(sentence)
  failures.length = 0
  analysis = new AnalysisService(library)
})
afterEach(async () => {
  await library.readiness.filling
  await analysis.close()
  if (!closed) await closeLibrary(library)
  closed = false
  await rm(dir, { recursive: true, force: true })
})

/** The list as the handler answers it at first, then once the background pass is done. */
async function filled(): Promise<DraftSummary[]> {
  const first = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
  expect(first.every((r) => r.readiness === undefined)).toBe(true)
  await library.readiness.filling
  return withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
}

/** What the legal tab says of each draft (worked out here, in full). */
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

const byId = (rows: DraftSummary[]) => Object.fromEntries(rows.map((r) => [r.id, r.readiness]))

describe('the background readiness pass on its worker thread', () => {
  it('works out every draft there, with a capped heap, as the legal tab does here', async () => {
    const rows = await filled()
    expect(rows.length).toBeGreaterThan(1)
    expect(library.readiness.worked).toEqual({ worker: rows.length, here: 0 })
    // No draft was read into main for it.
    expect(library.store.loaded).toBe(0)
    expect(failures).toEqual([])
    const truth = await legalTab(rows.map((r) => r.id))
    expect(byId(rows)).toEqual(truth)
    expect(Object.values(truth).some((r) => !r.ready)).toBe(true)
  })

  it('counts open suggestions there when the library makes them block', async () => {
    library.settings.data.suggestionsBlockReadiness = true
    const rows = await filled()
    expect(library.readiness.worked.here).toBe(0)
    expect(byId(rows)).toEqual(await legalTab(rows.map((r) => r.id)))
  })

  it('leaves a draft whose file cannot be read to main, which quarantines it', async () => {
    const [victim] = listDrafts(library, 'active')
    if (!victim) throw new Error('no draft')
    await writeFile(draftPath(dir, victim.id), '{"not": "a draft"')
    const rows = await filled()
    expect(rows.some((r) => r.id === victim.id)).toBe(false)
    await library.problems.refresh()
    expect(library.problems.all.some((p) => p.file.includes(victim.id))).toBe(true)
    expect(rows.every((r) => r.readiness)).toBe(true)
    expect(failures).toEqual([])
  })

  it('reports a worker that runs out of memory and works the drafts out here', async () => {
    // A heap far too small for the checks: every worker dies of it.
    library.readiness.workerLimits = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 1 }
    const rows = await filled()
    expect(failures.length).toBeGreaterThan(0)
    expect(failures[0]).toMatch(/worker thread for the library list's readiness stopped/)
    expect(failures.at(-1)).toMatch(/the rest is worked out in the main process/)
    expect(library.readiness.worked.worker).toBe(0)
    // Nothing was lost and the library goes on answering.
    expect(byId(rows)).toEqual(await legalTab(rows.map((r) => r.id)))
  })

  it('stops its worker when the library closes', async () => {
    const first = await withReadiness(library, listDrafts(library, 'active'), undefined, analysis)
    expect(first.every((r) => r.readiness === undefined)).toBe(true)
    const filling = library.readiness.filling
    await closeLibrary(library)
    closed = true
    await filling
    expect(library.readiness.answers.size).toBe(0)
    expect(library.readiness.worked).toEqual({ worker: 0, here: 0 })
  })
})
