import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { openCore, type GalleyCore } from '..'

let dir: string
let core: GalleyCore

async function call<C extends ChannelName>(
  c: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(c, input)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.value as ChannelOutput<C>
}

async function refused(c: ChannelName, input: unknown): Promise<{ code: string; message: string }> {
  const res = await core.dispatch(c, input)
  if (res.ok) throw new Error(`${c} was not refused`)
  return res.error
}

const BODY = [
  '# Vellaria',
  '',
  'Vellaria is clinically proven to reduce wrinkles by 38 percent within six weeks.',
  '',
  'We liked the smell.',
  '',
  'Experts say it is the most important discovery in a decade.',
  '',
].join('\n')

async function newDraft(body = BODY) {
  return call('drafts:create', { title: 'Vellaria test', body })
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-claims-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await call('profile:set', { name: 'Faye Checker', role: 'fact-checker' })
})
afterEach(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('claims', () => {
  it('marks a selection as a claim, trimmed to its text, with who and when', async () => {
    const d = await newDraft()
    const at = BODY.indexOf('Vellaria is')
    const end = BODY.indexOf('six weeks.') + 'six weeks.'.length
    const claim = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: at - 2,
      end: end + 1,
    })
    expect(claim.anchor.exact).toBe(BODY.slice(at, end))
    expect(claim.anchor.start).toBe(at)
    expect(claim.anchor.prefix).toBe(BODY.slice(Math.max(0, at - 32), at))
    expect(claim.verdict).toBe('unchecked')
    expect(claim.createdBy).toEqual({ name: 'Faye Checker', role: 'fact-checker' })
    const list = await call('claims:list', { draftId: d.id })
    expect(list.claims.map((c) => c.id)).toEqual([claim.id])
    // The sentence it covers is no longer suggested.
    expect(list.suggestions.some((s) => s.text.includes('clinically proven'))).toBe(false)
  })

  it('keeps the rest of a partly marked suggestion, and accepts it by its key', async () => {
    const d = await newDraft()
    const part = 'clinically proven to reduce wrinkles'
    const at = BODY.indexOf(part)
    await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: at,
      end: at + part.length,
    })
    const { suggestions } = await call('claims:list', { draftId: d.id })
    const rest = suggestions.find((s) => s.text === 'by 38 percent within six weeks.')
    expect(rest?.rules).toEqual(['percentage', 'date'])
    expect(suggestions.some((s) => s.text.includes(part))).toBe(false)
    const accepted = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: rest!.start,
      end: rest!.end,
      suggestionKey: rest!.key,
    })
    expect(accepted.suggestedBy).toEqual(['percentage', 'date'])
  })

  it('records every verdict change with who and when, and keeps sources as text', async () => {
    const d = await newDraft()
    const start = BODY.indexOf('Experts say')
    const claim = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start,
      end: BODY.indexOf('decade.') + 7,
    })
    await call('claims:setVerdict', { draftId: d.id, claimId: claim.id, verdict: 'unverifiable' })
    await call('profile:set', { name: 'Eda Editor', role: 'editor' })
    const v2 = await call('claims:setVerdict', {
      draftId: d.id,
      claimId: claim.id,
      verdict: 'opinion',
      reason: 'A judgement, not a fact',
    })
    expect(v2.history.map((h) => [h.verdict, h.by])).toEqual([
      ['unchecked', 'Faye Checker'],
      ['unverifiable', 'Faye Checker'],
      ['opinion', 'Eda Editor'],
    ])
    const { claim: withSource, attachment } = await call('claims:addSource', {
      draftId: d.id,
      claimId: claim.id,
      citation: 'Botanical Review, vol. 12',
      url: 'javascript:alert(1)',
      accessed: '2026-03-14',
      file: { fileName: 'notes.txt', dataBase64: Buffer.from('call notes').toString('base64') },
    })
    expect(withSource.sources[0]).toMatchObject({
      citation: 'Botanical Review, vol. 12',
      url: 'javascript:alert(1)',
      accessed: '2026-03-14',
      attachmentId: attachment?.id,
    })
    const copied = await readFile(join(dir, 'attachments', d.id, attachment!.id), 'utf8')
    expect(copied).toBe('call notes')
    const commented = await call('claims:comment', {
      draftId: d.id,
      claimId: claim.id,
      text: 'Which experts?',
    })
    expect(commented.comments[0]).toMatchObject({ by: 'Eda Editor', text: 'Which experts?' })
    const assigned = await call('claims:update', {
      draftId: d.id,
      claimId: claim.id,
      assignee: 'Faye Checker',
      note: 'Ask the author',
    })
    expect(assigned).toMatchObject({ assignee: 'Faye Checker', note: 'Ask the author' })
  })

  it('refuses bad selections, stale revisions, empty and oversized files with sentences', async () => {
    const d = await newDraft()
    const stale = await refused('claims:create', {
      draftId: d.id,
      revisionId: 'r-not-current',
      start: 0,
      end: 5,
    })
    expect(stale.code).toBe('conflict')
    const outside = await refused('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: 10,
      end: BODY.length + 10,
    })
    expect(outside.message).toMatch(/not inside the text/)
    const blank = await refused('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: BODY.indexOf('\n\n'),
      end: BODY.indexOf('\n\n') + 2,
    })
    expect(blank.message).toMatch(/at least a few words/)
    const claim = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: BODY.indexOf('We liked'),
      end: BODY.indexOf('smell.') + 6,
    })
    const empty = await refused('claims:addSource', {
      draftId: d.id,
      claimId: claim.id,
      citation: 'x',
      file: { fileName: 'empty.pdf', dataBase64: '' },
    })
    expect(empty.message).toMatch(/empty/)
    const big = await refused('claims:addSource', {
      draftId: d.id,
      claimId: claim.id,
      citation: 'x',
      file: { fileName: 'huge.pdf', dataBase64: 'A'.repeat(36 * 1024 * 1024) },
    })
    expect(big.message).toMatch(/25 MB/)
    const unknown = await refused('claims:setVerdict', {
      draftId: d.id,
      claimId: 'c-missing',
      verdict: 'verified',
    })
    expect(unknown.code).toBe('not-found')
    // Nothing of the refused requests was stored.
    const list = await call('claims:list', { draftId: d.id })
    expect(list.claims).toHaveLength(1)
    expect(list.claims[0]?.sources).toEqual([])
  })

  it('suggests sentences with the rules that fired; accepting and dismissing are remembered', async () => {
    const d = await newDraft()
    const { suggestions } = await call('claims:list', { draftId: d.id })
    const proven = suggestions.find((s) => s.text.includes('clinically proven'))
    const experts = suggestions.find((s) => s.text.startsWith('Experts say'))
    expect(proven?.rules.length).toBeGreaterThan(0)
    expect(proven?.reasons.length).toBe(proven?.rules.length)
    expect(experts).toBeDefined()
    expect(suggestions.some((s) => s.text === 'We liked the smell.')).toBe(false)

    const accepted = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: proven!.start,
      end: proven!.end,
      suggestionKey: proven!.key,
    })
    expect(accepted.suggestedBy).toEqual(proven!.rules)
    await call('claims:dismissSuggestion', { draftId: d.id, key: experts!.key })

    await core.close()
    core = await openCore({
      libraryPath: dir,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: false,
    })
    const after = await call('claims:list', { draftId: d.id })
    expect(after.claims.map((c) => c.id)).toEqual([accepted.id])
    expect(after.suggestions.some((s) => s.key === experts!.key)).toBe(false)
    expect(after.suggestions.some((s) => s.key === proven!.key)).toBe(false)
  })

  it('exports Web Annotations with quote and position selectors, and ClaimReview for resolved claims', async () => {
    const d = await newDraft()
    const start = BODY.indexOf('Vellaria is')
    const end = BODY.indexOf('six weeks.') + 10
    const c = await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start,
      end,
    })
    await call('claims:create', {
      draftId: d.id,
      revisionId: d.currentRevisionId,
      start: BODY.indexOf('We liked'),
      end: BODY.indexOf('smell.') + 6,
    })
    await call('claims:setVerdict', { draftId: d.id, claimId: c.id, verdict: 'false' })
    const wa = await call('claims:export', { draftId: d.id, format: 'web-annotation' })
    const annotations = JSON.parse(wa.text) as {
      type: string
      target: { selector: { type: string; exact?: string; start?: number }[] }
    }[]
    expect(annotations).toHaveLength(2)
    expect(annotations[0]?.type).toBe('Annotation')
    expect(annotations[0]?.target.selector).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextQuoteSelector', exact: BODY.slice(start, end) }),
        expect.objectContaining({ type: 'TextPositionSelector', start }),
      ]),
    )
    const cr = await call('claims:export', { draftId: d.id, format: 'claim-review' })
    const reviews = JSON.parse(cr.text) as { '@type': string; claimReviewed: string }[]
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: BODY.slice(start, end),
    })
    expect(cr.fileName).toMatch(/\.jsonld$/)
  })

  it('follows the text into a new revision: anchored, moved, changed (needs re-check) and orphaned', async () => {
    const d = await newDraft()
    const mark = async (sentence: string) =>
      call('claims:create', {
        draftId: d.id,
        revisionId: d.currentRevisionId,
        start: BODY.indexOf(sentence),
        end: BODY.indexOf(sentence) + sentence.length,
      })
    const proven = await mark(
      'Vellaria is clinically proven to reduce wrinkles by 38 percent within six weeks.',
    )
    const smell = await mark('We liked the smell.')
    const experts = await mark('Experts say it is the most important discovery in a decade.')
    await call('claims:setVerdict', { draftId: d.id, claimId: proven.id, verdict: 'verified' })
    await call('claims:setVerdict', { draftId: d.id, claimId: experts.id, verdict: 'opinion' })
    const next = [
      '# Vellaria',
      '',
      'A new opening paragraph pushes everything down.',
      '',
      'We liked the smell.',
      '',
      'Vellaria is clinically proven to reduce wrinkles by 21 percent within eight weeks.',
      '',
    ].join('\n')
    const r2 = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: d.currentRevisionId,
      body: next,
      message: 'Rework',
    })
    const { claims, revisionId } = await call('claims:list', { draftId: d.id })
    expect(revisionId).toBe(r2.id)
    const byId = new Map(claims.map((c) => [c.id, c]))
    const p = byId.get(proven.id)!
    expect(p.status).toBe('changed')
    expect(p.anchor.exact).toBe(
      'Vellaria is clinically proven to reduce wrinkles by 21 percent within eight weeks.',
    )
    expect(next.slice(p.anchor.start, p.anchor.end)).toBe(p.anchor.exact)
    expect(p.needsRecheck).toBe(true)
    expect(p.history.at(-1)).toMatchObject({
      verdict: 'verified',
      by: 'Faye Checker',
      reason: expect.stringMatching(/revision 2/),
    })
    const s = byId.get(smell.id)!
    expect(['anchored', 'moved']).toContain(s.status)
    expect(next.slice(s.anchor.start, s.anchor.end)).toBe('We liked the smell.')
    expect(s.needsRecheck).toBe(false)
    const e = byId.get(experts.id)!
    expect(e.status).toBe('orphaned')
    expect(e.anchor.exact).toBe('Experts say it is the most important discovery in a decade.')
    expect(e.revisionId).toBe(d.currentRevisionId)
    const summary = (await call('drafts:list', { view: 'active' }))[0]
    expect(summary?.claims).toMatchObject({ total: 3, needsRecheck: 1, orphaned: 1 })
    // A new verdict clears the re-check.
    const rechecked = await call('claims:setVerdict', {
      draftId: d.id,
      claimId: proven.id,
      verdict: 'false',
    })
    expect(rechecked.needsRecheck).toBe(false)
  })
})
