import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { DraftSummary } from '@shared/domain'
import { openCore, type GalleyCore } from '..'
import { SAMPLE_DRAFTS } from './content'

let dir: string
let core: GalleyCore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-seed-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
  })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

it('seeds every sample draft with the status it is written with, its audit trail intact', async () => {
  const rows: DraftSummary[] = []
  for (const view of ['active', 'archived'] as const) {
    const res = await core.dispatch('drafts:list', { view })
    if (!res.ok) throw new Error(res.error.message)
    rows.push(...(res.value as DraftSummary[]))
  }
  expect(rows.map((r) => [r.title, r.status]).sort()).toEqual(
    SAMPLE_DRAFTS.map((d) => [d.title, d.status]).sort(),
  )
  // The feature, the sample's main piece, is the newest change: first in the list.
  expect(rows[0]?.title).toBe('Is vellaria really the new retinol?')
  for (const row of rows) {
    const audit = await core.dispatch('audit:get', { draftId: row.id })
    if (!audit.ok) throw new Error(audit.error.message)
    expect((audit.value as { verdict: { intact: boolean } }).verdict.intact).toBe(true)
  }
})
