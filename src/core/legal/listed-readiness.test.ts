// The Legal tab's answer lists the first READINESS_SUGGESTIONS_LISTED open suggestions as
// readiness items and counts them all: a 5,000,000-character draft's 65,000 were 12 of the
// answer's 15 MB, the same suggestions the Claims tab's answer lists in full.
import { expect, it } from 'vitest'
import type { LegalView } from '@shared/channels/legal'
import { READINESS_SUGGESTIONS_LISTED } from '@shared/constants'
import { useTestLibrary } from '../../../test/support/library'

const lib = useTestLibrary('galley-listed-readiness-', {
  profile: { name: 'Tess Tester', role: 'legal' },
})

async function draftWith(paragraphs: number): Promise<string> {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `Sales of the Velnor serum ${i} rose ${i % 50}% in March 2024, said Dr. Mara Quell of Harrow Clinic.`,
  )
  const made = await lib.call('drafts:create', {
    title: 'Serum sales',
    body: ['# Serum sales', ...body].join('\n\n'),
  })
  return made.id
}

const suggestionItems = (v: LegalView) =>
  v.readiness.items.filter((i) => i.kind === 'suggestion').length

it('lists the first open suggestions of a long draft and counts them all', async () => {
  const draftId = await draftWith(700)
  const open = (await lib.call('claims:list', { draftId })).suggestions.length
  expect(open).toBeGreaterThan(READINESS_SUGGESTIONS_LISTED)
  const v = await lib.call('legal:get', { draftId })
  expect(v.readiness.suggestions).toEqual({
    open,
    block: false,
    listed: READINESS_SUGGESTIONS_LISTED,
  })
  expect(suggestionItems(v)).toBe(READINESS_SUGGESTIONS_LISTED)
  // The ones listed are the first, in the text's order.
  const starts = v.readiness.items.filter((i) => i.kind === 'suggestion').map((i) => i.start ?? 0)
  expect(starts).toEqual([...starts].sort((a, b) => a - b))
  // When they block, every one of them still blocks.
  await lib.call('app:setSettings', { suggestionsBlockReadiness: true })
  const blocked = await lib.call('legal:get', { draftId })
  expect(blocked.readiness.ready).toBe(false)
  expect(blocked.readiness.suggestions).toMatchObject({ open, block: true })
  expect(blocked.readiness.clear.claims).toBe(false)
})

it('lists every open suggestion of a short draft', async () => {
  const v = await lib.call('legal:get', { draftId: await draftWith(20) })
  expect(v.readiness.suggestions.listed).toBe(v.readiness.suggestions.open)
  expect(suggestionItems(v)).toBe(v.readiness.suggestions.open)
  expect(v.readiness.suggestions.open).toBeGreaterThan(0)
})
