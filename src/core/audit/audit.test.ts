import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { editRecords } from '../../../test/support/records'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore
const open = () =>
  openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-audit-'))
  core = await open()
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const BODY = 'Fares rise 12 percent in April.\n\nThe ferry runs twice a day.\n'

async function reviewedDraft() {
  const d = await call('drafts:create', { title: 'Ferry', body: BODY })
  const claim = await call('claims:create', {
    draftId: d.id,
    revisionId: d.currentRevisionId,
    start: 0,
    end: BODY.indexOf('\n'),
  })
  await call('claims:setVerdict', { draftId: d.id, claimId: claim.id, verdict: 'verified' })
  await call('revisions:save', {
    draftId: d.id,
    baseRevisionId: d.currentRevisionId,
    body: BODY.replace('12', '15'),
    message: 'New figure',
  })
  return { id: d.id, claimId: claim.id }
}

describe('the audit trail', () => {
  it('records who did what, in order, each event chained to the one before', async () => {
    const { id } = await reviewedDraft()
    const { events, verdict } = await call('audit:get', { draftId: id })
    expect(events.map((e) => e.action)).toEqual([
      'draft.create',
      'claim.create',
      'claim.verdict',
      'revision.save',
    ])
    expect(events[2]).toMatchObject({
      by: 'Faye Checker',
      role: 'fact-checker',
      before: { verdict: 'unchecked' },
      after: { verdict: 'verified' },
    })
    expect(events[1]?.prevHash).toBe(events[0]?.hash)
    expect(verdict).toEqual({ intact: true, events: 4 })
  })

  it('detects an event edited by hand, naming it', async () => {
    const { id } = await reviewedDraft()
    await core.close()
    // The third event's own file (a draft is kept as one file per record).
    const edited = await editRecords(dir, id, 'audit', (e: { by: string }, i: number) => {
      if (i !== 2) return false
      e.by = 'Someone Else'
      return true
    })
    expect(edited).toBe(1)
    core = await open()
    const { verdict } = await call('audit:get', { draftId: id })
    expect(verdict).toMatchObject({ intact: false, firstBadSeq: 3 })
  })

  it('detects review data changed by hand without an event', async () => {
    const { id } = await reviewedDraft()
    await core.close()
    const edited = await editRecords(dir, id, 'claims', (c: { verdict: string }, i: number) => {
      if (i !== 0) return false
      c.verdict = 'false'
      return true
    })
    expect(edited).toBe(1)
    core = await open()
    const { verdict } = await call('audit:get', { draftId: id })
    expect(verdict.intact).toBe(false)
    if (!verdict.intact) expect(verdict.reason).toMatch(/changed outside Galley after event 4/)
  })
})
