// A draft edited while its analysis runs: the window then asks for its four tabs at once, and
// the new revision must be analysed once, not once per request (review finding 9: each request
// stopped the old run and started its own, three full analyses where one was needed).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { openCore, type GalleyCore } from '..'
import { ComputePool } from '../workers/pool'

let dir: string
let core: GalleyCore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analysis-superseded-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await core.dispatch('profile:set', { name: 'Tess Tester', role: 'legal' })
})

afterEach(async () => {
  vi.restoreAllMocks()
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const body = (tag: string) =>
  [
    '# Ferries',
    ...Array.from(
      { length: 300 },
      (_, i) =>
        `“The ferry ${i} will run all winter,” said Tomas Reyes${i % 5}, the harbour master ${tag}. ` +
        `It carried ${i * 3} people in March, the council said.`,
    ),
  ].join('\n\n')

it('analyses an edited draft once when its tabs ask at once', async () => {
  const made = await core.dispatch('drafts:create', { title: 'Long', body: body('a') })
  if (!made.ok) throw new Error(made.error.message)
  const { id: draftId, currentRevisionId } = made.value as { id: string; currentRevisionId: string }
  expect((await core.dispatch('legal:get', { draftId })).ok).toBe(true)
  const saved = await core.dispatch('revisions:save', {
    draftId,
    baseRevisionId: currentRevisionId,
    body: body('b'),
    message: 'edit',
  })
  if (!saved.ok) throw new Error(saved.error.message)
  // The edit's analysis starts; the draft is edited again while it runs.
  const first = core.dispatch('legal:get', { draftId })
  await new Promise((r) => setTimeout(r, 30))
  const saved2 = await core.dispatch('revisions:save', {
    draftId,
    baseRevisionId: (saved.value as { id: string }).id,
    body: body('c'),
    message: 'edit 2',
  })
  if (!saved2.ok) throw new Error(saved2.error.message)
  const run = vi.spyOn(ComputePool.prototype, 'run')
  const answers = await Promise.all([
    core.dispatch('legal:get', { draftId }),
    core.dispatch('quotes:list', { draftId }),
    core.dispatch('claims:list', { draftId }),
    core.dispatch('people:list', {}),
  ])
  await first
  expect(answers.map((a) => a.ok)).toEqual([true, true, true, true])
  // One analysis: its two halves, one on each worker.
  expect(run.mock.calls.filter(([task]) => task === 'analyse')).toHaveLength(2)
})
