import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
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
  dir = await mkdtemp(join(tmpdir(), 'galley-save-'))
  core = await open()
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const BODY = Array.from(
  { length: 400 },
  (_, i) => `Sentence ${i} says the ferry’s fare rose ${i} percent in “April”.`,
).join(' ')
const CLAIMS = 40

/** A long draft with claims spread through it, some of them verified. */
async function annotatedDraft() {
  const d = await call('drafts:create', { title: 'Ferry', body: BODY })
  const ids: string[] = []
  for (let i = 0; i < CLAIMS; i++) {
    const start = BODY.indexOf(`Sentence ${i * 10} `)
    const claim = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start,
      end: BODY.indexOf('.', start) + 1,
    })
    ids.push(claim.id)
  }
  await call('claims:setVerdict', { draftId: d.id, claimId: ids[3]!, verdict: 'verified' })
  return { id: d.id, base: d.currentRevisionId, claims: ids }
}

describe('saving a revision of an annotated draft', () => {
  it('writes the revision and every re-anchored claim with changes asked for meanwhile, in order', async () => {
    const { id, base, claims } = await annotatedDraft()
    const edited = BODY.replace('rose 30 percent', 'rose 31 percent').replace(
      'Sentence 200 says',
      'Sentence 200 now says',
    )
    // Asked for together: the save, a rename (not queued behind it) and a verdict (queued).
    const [saved, , verdict] = await Promise.all([
      call('revisions:save', { draftId: id, baseRevisionId: base, body: edited, message: 'Edit' }),
      call('drafts:rename', { id, title: 'Ferry fares' }),
      call('claims:setVerdict', { draftId: id, claimId: claims[5]!, verdict: 'false' }),
    ])
    const next = await call('revisions:save', {
      draftId: id,
      baseRevisionId: saved.id,
      body: `${edited} A last line.`,
      message: 'Again',
    })
    await core.close()

    // The head, its backup and the folder of record files; no temp file left; every record is
    // its own file (three revisions, every claim).
    expect((await readdir(join(dir, 'drafts'))).sort()).toEqual([
      id,
      `${id}.json`,
      `${id}.json.bak`,
    ])
    const records = (kind: string) =>
      readdir(join(dir, 'drafts', id, kind)).then((n) => n.filter((f) => f.endsWith('.json')))
    expect(await records('revisions')).toHaveLength(3)
    expect(await records('claims')).toHaveLength(CLAIMS)

    core = await open()
    const detail = await call('drafts:get', { id })
    expect(detail.draft.title).toBe('Ferry fares')
    expect(detail.revisions.map((r) => r.message)).toEqual(['Created', 'Edit', 'Again'])
    expect(detail.current.id).toBe(next.id)
    const list = await call('claims:list', { draftId: id })
    expect(list.claims).toHaveLength(CLAIMS)
    expect(list.claims.every((c) => c.revisionId === next.id)).toBe(true)
    expect(list.claims.find((c) => c.id === claims[5])?.verdict).toBe(verdict.verdict)
    // The claim on the edited figure was verified: its text changed, so it needs a re-check.
    const changed = list.claims.find((c) => c.id === claims[3])
    expect(changed?.needsRecheck).toBe(true)
    expect(changed?.anchor.exact).toContain('rose 31 percent')
    // The last event's state hash matches what was written: nothing stale, nothing missing.
    const { verdict: audit } = await call('audit:get', { draftId: id })
    expect(audit.intact).toBe(true)
  })

  it('applies a status change, archive and unarchive asked for during a save after it, in order, with the audit trail intact', async () => {
    const { id, base } = await annotatedDraft()
    await call('profile:set', { name: 'Eda Editor', role: 'editor' })
    const edited = BODY.replace('rose 30 percent', 'rose 32 percent')
    await Promise.all([
      call('revisions:save', { draftId: id, baseRevisionId: base, body: edited, message: 'Edit' }),
      call('drafts:updateMeta', { id, status: 'in-review', byline: 'By Eda' }),
      call('drafts:archive', { id, archived: true }),
      call('drafts:archive', { id, archived: false }),
    ])
    const { verdict, events } = await call('audit:get', { draftId: id })
    expect(verdict.intact).toBe(true)
    expect(events.map((e) => e.action).slice(-2)).toEqual(['revision.save', 'draft.status'])
    const detail = await call('drafts:get', { id })
    expect(detail.draft).toMatchObject({ status: 'in-review', byline: 'By Eda', archivedAt: null })
  })
})

describe('a new draft’s empty text', () => {
  it('is not a revision: the first text saved is revision 1, and the trail still verifies', async () => {
    const d = await call('drafts:create', { title: 'Empty start' })
    const saved = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: d.currentRevisionId,
      body: 'The first words.\n',
      message: 'First paragraph',
    })
    expect(saved).toMatchObject({ number: 1, parentId: null, message: 'First paragraph' })
    const detail = await call('drafts:get', { id: d.id })
    expect(detail.revisions.map((r) => r.number)).toEqual([1])
    const next = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: saved.id,
      body: 'The first words.\n\nAnd more.\n',
      message: 'More',
    })
    expect(next).toMatchObject({ number: 2, parentId: saved.id })
    expect((await call('audit:get', { draftId: d.id })).verdict.intact).toBe(true)
  })
})
