import { describe, expect, it } from 'vitest'
import { useTestLibrary, type TestLibrary } from '../../../test/support/library'

/**
 * Issue 13, item 5: a portable file of a draft this library already has (sent out for review
 * and come back) merges into it record by record, with the team sync's rules; or, if the
 * person chooses, comes in as a copy.
 */

const BODY = [
  'The Harbour tunnel cost £40 million to build.',
  '',
  'It carries 12,000 vehicles a day, the port authority says.',
  '',
].join('\n')

const here = useTestLibrary('galley-merge-a-', { profile: { name: 'Eda Editor', role: 'editor' } })
const away = useTestLibrary('galley-merge-b-', {
  profile: { name: 'Femi Checker', role: 'fact-checker' },
})

const b64 = (text: string) => Buffer.from(text).toString('base64')

async function claimOn(lib: TestLibrary, draftId: string, revisionId: string, words: string) {
  const start = BODY.indexOf(words)
  return lib.call('claims:create', { draftId, revisionId, start, end: start + words.length })
}

/** A draft with two claims here, exported and imported by the reviewer's library there. */
async function sentOut() {
  const draft = await here.call('drafts:create', { title: 'Harbour tunnel', body: BODY })
  const detail = await here.call('drafts:get', { id: draft.id })
  const rev = detail.current.id
  const cost = await claimOn(here, draft.id, rev, 'The Harbour tunnel cost £40 million')
  const traffic = await claimOn(here, draft.id, rev, 'It carries 12,000 vehicles a day')
  await here.call('claims:setVerdict', { draftId: draft.id, claimId: cost.id, verdict: 'verified' })
  const out = await here.call('export:draft', { draftId: draft.id })
  const there = await away.call('import:portable', {
    fileName: out.fileName,
    dataBase64: b64(out.text),
  })
  return { draft, cost, traffic, there }
}

describe('a portable file of a draft already here', () => {
  it('is recognised, and merged: new revision and claim added, a verdict given both ways disputed, its sign-off only imported history', async () => {
    const { draft, cost, there } = await sentOut()
    // There: the checker says the cost is false, adds a claim, and edits the text.
    await away.call('claims:setVerdict', {
      draftId: there.draftId,
      claimId: cost.id,
      verdict: 'false',
      reason: 'The audited accounts say £52 million.',
    })
    const thereDetail = await away.call('drafts:get', { id: there.draftId })
    await away.call('revisions:save', {
      draftId: there.draftId,
      baseRevisionId: thereDetail.current.id,
      body: BODY.replace('£40 million', '£52 million'),
      message: 'Cost corrected',
    })
    const newer = await away.call('drafts:get', { id: there.draftId })
    const start = newer.current.body.indexOf('12,000 vehicles')
    await away.call('claims:create', {
      draftId: there.draftId,
      revisionId: newer.current.id,
      start,
      end: start + '12,000 vehicles'.length,
    })
    await away.call('profile:set', { name: 'Lena Counsel', role: 'legal' })
    await away.call('legal:signoff', {
      draftId: there.draftId,
      revisionId: newer.current.id,
      decision: 'approve',
      comment: 'Fine by me.',
    })
    const back = await away.call('export:draft', { draftId: there.draftId })
    // Here, meanwhile: the editor's own colleague marks the same claim partly true.
    await here.call('claims:setVerdict', {
      draftId: draft.id,
      claimId: cost.id,
      verdict: 'partly-true',
    })

    const file = { fileName: back.fileName, dataBase64: b64(back.text) }
    const seen = await here.call('import:inspectPortable', file)
    expect(seen.existing).toEqual({ draftId: draft.id, title: 'Harbour tunnel' })

    const drafts = (await here.call('drafts:list', { view: 'active' })).length
    const out = await here.call('import:portable', { ...file, mergeInto: draft.id })
    expect(out.draftId).toBe(draft.id)
    expect(out.merged).toMatchObject({ revisionsAdded: 1, claimsAdded: 1, divergent: [] })
    expect(out.merged?.disputes).toEqual([
      expect.stringMatching(
        /Eda Editor said partly-true, Femi Checker said false|Femi Checker said false.*Eda Editor said partly-true/,
      ),
    ])
    // No new draft; the text is the checker's newer revision.
    expect(await here.call('drafts:list', { view: 'active' })).toHaveLength(drafts)
    const merged = await here.call('drafts:get', { id: draft.id })
    expect(merged.current.body).toContain('£52 million')
    const claims = await here.call('claims:list', { draftId: draft.id })
    const disputed = claims.claims.find((c) => c.id === cost.id)
    expect(disputed?.dispute?.verdicts.map((v) => v.verdict).sort()).toEqual([
      'false',
      'partly-true',
    ])
    expect(claims.claims).toHaveLength(3)
    // The sign-off made in the other library is history here, never approval.
    const legal = await here.call('legal:get', { draftId: draft.id })
    expect(legal.history).toHaveLength(0)
    expect(legal.imported?.[0]?.signoffs).toHaveLength(1)
    expect(merged.draft.status).not.toBe('ready')
    // The audit trail records the merge and still verifies.
    const audit = await here.call('audit:get', { draftId: draft.id })
    expect(audit.verdict.intact).toBe(true)
    expect(audit.events.map((e) => e.action)).toContain('draft.merge-import')
  })

  it('keeps both revisions made apart from the same text, marked divergent', async () => {
    const { draft, there } = await sentOut()
    const thereRev = (await away.call('drafts:get', { id: there.draftId })).current.id
    await away.call('revisions:save', {
      draftId: there.draftId,
      baseRevisionId: thereRev,
      body: BODY.replace('12,000', '11,500'),
      message: 'Traffic figure',
    })
    const back = await away.call('export:draft', { draftId: there.draftId })
    const hereRev = (await here.call('drafts:get', { id: draft.id })).current.id
    await here.call('revisions:save', {
      draftId: draft.id,
      baseRevisionId: hereRev,
      body: BODY.replace('port authority', 'Port Authority of Carrow'),
      message: 'Name the authority',
    })
    const out = await here.call('import:portable', {
      fileName: back.fileName,
      dataBase64: b64(back.text),
      mergeInto: draft.id,
    })
    expect(out.merged?.revisionsAdded).toBe(1)
    expect(out.merged?.divergent).toHaveLength(1)
    expect(out.merged?.divergent[0]).toMatch(/saved apart from the same text; both are kept/)
    const detail = await here.call('drafts:get', { id: draft.id })
    expect(detail.revisions).toHaveLength(3)
    // Both were "revision 2" where they were made: the later one is renumbered, and said so.
    expect(detail.revisions.map((r) => r.number).sort()).toEqual([1, 2, 3])
    expect(out.merged?.notes.join(' ')).toMatch(
      /both numbered 2; the later one, by .+, is revision 3 here/,
    )
    // The window is told, and offers both side by side, until a new revision reconciles them.
    expect(detail.divergent?.[0]?.revisionIds).toHaveLength(2)
    expect(detail.divergent?.[0]?.revisionIds).toContain(detail.current.id)
    await here.call('revisions:save', {
      draftId: draft.id,
      baseRevisionId: detail.current.id,
      body: BODY.replace('12,000', '11,500').replace('port authority', 'Port Authority of Carrow'),
      message: 'Reconciled',
    })
    expect((await here.call('drafts:get', { id: draft.id })).divergent).toBeUndefined()
  })

  it('a file that came back unchanged adds nothing and raises nothing', async () => {
    const { draft, there } = await sentOut()
    const back = await away.call('export:draft', { draftId: there.draftId })
    const out = await here.call('import:portable', {
      fileName: back.fileName,
      dataBase64: b64(back.text),
      mergeInto: draft.id,
    })
    expect(out.merged).toMatchObject({
      revisionsAdded: 0,
      claimsAdded: 0,
      disputes: [],
      divergent: [],
    })
  })

  it('refuses to merge a file into a draft it is not a copy of, and changes nothing', async () => {
    const { there } = await sentOut()
    const other = await here.call('drafts:create', {
      title: 'Ferry fares',
      body: 'Fares rose 4%.\n',
    })
    const back = await away.call('export:draft', { draftId: there.draftId })
    const input = { fileName: back.fileName, dataBase64: b64(back.text), mergeInto: other.id }
    const refusal = await here.refused('import:portable', input)
    expect(refusal.code).toBe('conflict')
    expect(refusal.message).toMatch(/is not a copy of “Ferry fares”.*import it as a new draft/)
    expect((await here.call('drafts:get', { id: other.id })).revisions).toHaveLength(1)
  })

  it('a draft not in this library is offered no merge; without mergeInto it is imported as before', async () => {
    const draft = await away.call('drafts:create', { title: 'Night buses', body: 'Routes: 14.\n' })
    const out = await away.call('export:draft', { draftId: draft.id })
    const file = { fileName: out.fileName, dataBase64: b64(out.text) }
    expect((await here.call('import:inspectPortable', file)).existing).toBeNull()
    const imported = await here.call('import:portable', file)
    expect(imported.merged).toBeUndefined()
    expect(imported.title).toBe('Night buses')
  })
})
