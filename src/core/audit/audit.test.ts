import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import type { LibraryProblem } from '@shared/domain'
import { editRecords } from '../../../test/support/records'
import { openCore, type GalleyCore } from '..'
import { ProblemList } from '../recovery/problems'
import { leftOutRecords } from './service'

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
  it('says a record file damaged here was left out, without blaming the shared library', async () => {
    const { id, claimId } = await reviewedDraft()
    await core.close()
    // The claim's one verdict change (its own file, a part of the claim).
    const folder = `drafts/${id}/claims/${claimId}/verdicts`
    const [name] = await readdir(join(dir, ...folder.split('/')))
    const path = `${folder}/${name}`
    await writeFile(join(dir, ...path.split('/')), '{"id": "cut')
    core = await open()
    const { verdict } = await call('audit:get', { draftId: id })
    expect(verdict.intact).toBe(false)
    const reason = verdict.intact ? '' : verdict.reason
    expect(reason).toMatch(
      new RegExp(
        `^the draft's review data differs from event 4 \\(revision\\.save\\) because a record file of the draft could not be read and was left out \\(${path.replace(/[.]/g, '\\.')}, kept as quarantine/[^ ]*-${name?.replace(/[.]/g, '\\.')}\\): it was damaged or changed outside Galley; see Library problems$`,
      ),
    )
    expect(reason).not.toMatch(/shared|sync/)
    // The review report gives the same reason under its audit heading.
    const { html } = await call('export:report', { draftId: id, format: 'html' })
    const said = `Audit trail altered</span> The draft&#39;s review data differs from event 4 (revision.save) because a record file of the draft could not be read and was left out (${path}, kept as quarantine/`
    expect(html).toContain(said)
    expect(html).not.toMatch(/shared library/)
  })

  it('says how many were left out when a damaged claim takes its parts with it', async () => {
    const { id, claimId } = await reviewedDraft()
    await core.close()
    await writeFile(join(dir, 'drafts', id, 'claims', `${claimId}.json`), '{"id": "cut')
    core = await open()
    const { verdict } = await call('audit:get', { draftId: id })
    expect(verdict.intact ? '' : verdict.reason).toMatch(
      new RegExp(
        `because \\d+ record files of the draft could not be used and were left out \\(drafts/${id}/claims/.*, kept as quarantine/.*, and more in Library problems\\): damaged or changed outside Galley, or part of a record that was$`,
      ),
    )
  })
})

describe('leftOutRecords', () => {
  const problem = (file: string, quarantinedAs: string, conflict = false): LibraryProblem => ({
    file,
    quarantinedAs,
    reason: 'r',
    at: '2026-12-07T05:01:12.000Z',
    backupAvailable: false,
    ...(conflict ? { conflict: true } : {}),
  })
  const stamp = '2026-12-07T05-01-12-000Z'

  it('tells what sync quarantined from what was damaged here, and leaves conflicts out', async () => {
    const problems = new ProblemList(dir, () => [
      problem('drafts/d1/claims/c1.json', `quarantine/${stamp}-shared-c1.json`),
      problem('drafts/d1/claims/c2.json', `quarantine/${stamp}-c2.json`),
      // A record whose own name starts with "shared-", damaged here.
      problem('drafts/d1/claims/shared-c3.json', `quarantine/${stamp}-shared-c3.json`),
      problem('drafts/d1/claims/c4.json', 'drafts/d1/claims/c4.json'),
      problem('drafts/d1/claims/c5.json', `quarantine/${stamp}-c5.json`, true),
      problem('drafts/d12/claims/c6.json', `quarantine/${stamp}-shared-c6.json`),
      problem('drafts/d1.json', `quarantine/${stamp}-d1.json`),
    ])
    await problems.refresh()
    expect(leftOutRecords({ problems }, 'd1')).toEqual([
      {
        file: 'drafts/d1/claims/c1.json',
        quarantinedAs: `quarantine/${stamp}-shared-c1.json`,
        shared: true,
      },
      {
        file: 'drafts/d1/claims/c2.json',
        quarantinedAs: `quarantine/${stamp}-c2.json`,
        shared: false,
      },
      {
        file: 'drafts/d1/claims/shared-c3.json',
        quarantinedAs: `quarantine/${stamp}-shared-c3.json`,
        shared: false,
      },
      {
        file: 'drafts/d1/claims/c4.json',
        quarantinedAs: 'drafts/d1/claims/c4.json',
        shared: false,
      },
    ])
  })
})
