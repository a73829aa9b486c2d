// A draft edited while its analysis runs: the window then asks for its four tabs at once, and
// the new revision must be analysed once, not once per request (review finding 9: each request
// stopped the old run and started its own, three full analyses where one was needed).
import { afterEach, expect, it, vi } from 'vitest'
import { useTestLibrary } from '../../../test/support/library'
import { ComputePool } from '../workers/pool'

const lib = useTestLibrary('galley-analysis-superseded-', {
  profile: { name: 'Tess Tester', role: 'legal' },
})

afterEach(() => {
  vi.restoreAllMocks()
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
  const { id: draftId, currentRevisionId } = await lib.call('drafts:create', {
    title: 'Long',
    body: body('a'),
  })
  await lib.call('legal:get', { draftId })
  const saved = await lib.call('revisions:save', {
    draftId,
    baseRevisionId: currentRevisionId,
    body: body('b'),
    message: 'edit',
  })
  // The edit's analysis starts; the draft is edited again while it runs.
  const first = lib.call('legal:get', { draftId })
  await new Promise((r) => setTimeout(r, 30))
  await lib.call('revisions:save', {
    draftId,
    baseRevisionId: saved.id,
    body: body('c'),
    message: 'edit 2',
  })
  const run = vi.spyOn(ComputePool.prototype, 'run')
  await Promise.all([
    lib.call('legal:get', { draftId }),
    lib.call('quotes:list', { draftId }),
    lib.call('claims:list', { draftId }),
    lib.call('people:list', {}),
  ])
  await first
  // One analysis: its two halves, one on each worker.
  expect(run.mock.calls.filter(([task]) => task === 'analyse')).toHaveLength(2)
})
