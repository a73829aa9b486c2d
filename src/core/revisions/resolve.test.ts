import { describe, expect, it } from 'vitest'
import { RESOLVE_DIFF_OPTIONS } from '@shared/channels/revisions'
import { applyDecisions, diffRevisions } from '@shared/diff'
import { useTestLibrary } from '../../../test/support/library'

const V1 =
  'Fares rise 12 percent in April.\n\nThe ferry runs twice a day.\n\nTickets go on sale in March.\n'
const V2 =
  'Fares rise 15 percent in May.\n\nThe ferry runs twice a day.\n\nTickets go on sale in February.\n'

const lib = useTestLibrary('galley-resolve-', { profile: { name: 'Eda Editor', role: 'editor' } })
const { call } = lib

async function twoRevisions() {
  const d = await call('drafts:create', { title: 'Ferry', body: V1 })
  const r2 = await call('revisions:save', {
    draftId: d.id,
    baseRevisionId: d.currentRevisionId,
    body: V2,
    message: 'Update',
  })
  return { id: d.id, r1: d.currentRevisionId, r2: r2.id }
}

describe('revisions:resolve', () => {
  it('saves accepted and rejected changes as a new revision whose parent is the newer one', async () => {
    const { id, r1, r2 } = await twoRevisions()
    const diff = diffRevisions(V1, V2, RESOLVE_DIFF_OPTIONS)
    const march = diff.changes.find((c) => c.oldText.includes('March'))
    expect(march).toBeDefined()
    const accepted = diff.changes.filter((c) => c !== march).map((c) => c.id)
    const body = applyDecisions(V1, V2, diff, new Set(accepted))
    expect(body).toBe(
      'Fares rise 15 percent in May.\n\nThe ferry runs twice a day.\n\nTickets go on sale in March.\n',
    )
    const saved = await call('revisions:resolve', {
      draftId: id,
      oldRevisionId: r1,
      newRevisionId: r2,
      accepted,
      body,
      message: '',
    })
    expect(saved.parentId).toBe(r2)
    expect(saved.author).toEqual({ name: 'Eda Editor', role: 'editor' })
    expect(saved.message).toMatch(/Accepted \d+ and rejected 1 changes from revision 1 to 2/)
    const stored = await call('revisions:get', { draftId: id, revisionId: saved.id })
    expect(stored.body).toBe(body)
  })

  it('refuses a body that does not follow from the decisions, unknown changes and a stale revision', async () => {
    const { id, r1, r2 } = await twoRevisions()
    const diff = diffRevisions(V1, V2, RESOLVE_DIFF_OPTIONS)
    const all = diff.changes.map((c) => c.id)
    const forged = await lib.core.dispatch('revisions:resolve', {
      draftId: id,
      oldRevisionId: r1,
      newRevisionId: r2,
      accepted: all,
      body: 'Something else entirely.\n',
      message: 'x',
    })
    expect(forged).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const unknown = await lib.core.dispatch('revisions:resolve', {
      draftId: id,
      oldRevisionId: r1,
      newRevisionId: r2,
      accepted: ['no-such-change'],
      body: V1,
      message: 'x',
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'conflict' } })
    // Against an older "new" side: refused, nothing saved.
    const stale = await lib.core.dispatch('revisions:resolve', {
      draftId: id,
      oldRevisionId: r2,
      newRevisionId: r1,
      accepted: [],
      body: V2,
      message: 'x',
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect((await call('drafts:get', { id })).revisions).toHaveLength(2)
  })
})
