import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { readDocx } from '../../../test/fixtures/docx-read'
import { openCore, type GalleyCore } from '..'
import { reviewedDocx } from '../../../test/fixtures/word'
import { claimLogCsv, neutralise } from './claim-log'

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

const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'))

const BODY = `## The harbour

The build ran **six weeks** late, said [the council](https://example.org/council).

> "We expected delays," said Mara Quist, the harbour master.

- First point with *emphasis*
- Second point

1. One
2. Two

Photo: the harbour at dawn | Credit: Ana Lens
`

let draftId = ''
let revisions: { id: string; number: number }[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-word-'))
  core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
    seedSample: false,
  })
  await call('profile:set', { name: 'Eda Editor', role: 'editor' })
  const draft = await call('drafts:create', { title: 'Harbour costs', body: BODY })
  draftId = draft.id
  const detail = await call('drafts:get', { id: draftId })
  const body = detail.current.body
  const start = body.indexOf('six weeks')
  const claim = await call('claims:create', {
    draftId,
    revisionId: detail.current.id,
    start,
    end: start + 'six weeks'.length,
  })
  await call('claims:addSource', {
    draftId,
    claimId: claim.id,
    citation: '=HYPERLINK("http://evil")',
    url: 'https://example.org/minutes',
  })
  await call('claims:setVerdict', {
    draftId,
    claimId: claim.id,
    verdict: 'verified',
    reason: 'Minutes of 3 May say six weeks.',
  })
  await call('claims:comment', { draftId, claimId: claim.id, text: 'Checked with the clerk.' })
  await call('profile:set', { name: 'Rafa Reporter', role: 'editor' })
  await call('revisions:save', {
    draftId,
    baseRevisionId: detail.current.id,
    body: BODY.replace('six weeks', 'eight weeks').replace(
      '- Second point\n',
      '- Second point\n- Third point\n',
    ),
    message: 'Corrected the delay',
  })
  const after = await call('drafts:get', { id: draftId })
  revisions = after.revisions.map((r) => ({ id: r.id, number: r.number }))
})
afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

describe('article export', () => {
  it('writes a .docx with headings, emphasis, lists, links, block quotes and captions', async () => {
    const first = revisions.find((r) => r.number === 1)
    const out = await call('export:article', { draftId, revisionId: first?.id, format: 'docx' })
    expect(out.fileName).toBe('harbour-costs-r1.docx')
    const doc = readDocx(bytes(out.dataBase64))
    expect(doc.paragraphs[0]).toBe('Harbour costs')
    expect(doc.styles[0]).toBe('Title')
    expect(doc.paragraphs).toContain('The harbour')
    expect(doc.styles[doc.paragraphs.indexOf('The harbour')]).toBe('Heading2')
    // Syntax gone, words kept.
    expect(doc.paragraphs).toContain('The build ran six weeks late, said the council.')
    expect(doc.xml).toContain('<w:b/>')
    expect(doc.xml).toMatch(/<w:hyperlink[^>]*r:id=/)
    const quote = doc.paragraphs.findIndex((p) => p.startsWith('"We expected'))
    expect(doc.styles[quote]).toBe('Quote')
    expect(doc.paragraphs).toContain('First point with emphasis')
    expect(doc.xml).toContain('<w:numPr>')
    const caption = doc.paragraphs.findIndex((p) => p.startsWith('Photo:'))
    expect(doc.styles[caption]).toBe('Caption')
    expect(doc.comments).toEqual([])
  })

  it('writes Markdown and HTML of the current revision; HTML has no live script links', async () => {
    const md = await call('export:article', { draftId, format: 'md' })
    const text = Buffer.from(md.dataBase64, 'base64').toString('utf8')
    expect(text.startsWith('# Harbour costs\n\n')).toBe(true)
    expect(text).toContain('**eight weeks**')
    const html = await call('export:article', { draftId, format: 'html' })
    const page = Buffer.from(html.dataBase64, 'base64').toString('utf8')
    expect(page).toContain('<strong>eight weeks</strong>')
    expect(page).toContain('<blockquote>')
    expect(page).toContain('href="https://example.org/council"')
    expect(page).not.toContain('<script')
  })

  it('refuses an unknown revision with a sentence', async () => {
    const res = await core.dispatch('export:article', {
      draftId,
      revisionId: 'no-such-revision',
      format: 'docx',
    })
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.message).toMatch(/revision/)
  })
})

describe('review export', () => {
  it('puts each claim as a Word comment at its span, with verdict, reason, sources and replies', async () => {
    const out = await call('export:reviewDocx', { draftId })
    const doc = readDocx(bytes(out.dataBase64))
    expect(doc.parts).toContain('word/comments.xml')
    const claim = doc.comments.find((c) => c.text.startsWith('Claim:'))
    expect(claim).toBeDefined()
    // The claim was re-anchored onto revision 2's words.
    expect(claim?.range).toBe('eight weeks')
    expect(claim?.author).toBe('Eda Editor')
    expect(claim?.text).toContain('Verified')
    expect(claim?.text).toContain('needs re-check')
    expect(claim?.text).toContain('Reason: Minutes of 3 May say six weeks.')
    expect(claim?.text).toContain('https://example.org/minutes')
    const reply = doc.comments.find((c) => c.text === 'Checked with the clerk.')
    expect(reply?.author).toBe('Eda Editor')
    expect(doc.parts).toContain('word/commentsExtended.xml')
    const quote = doc.comments.find((c) => c.text.startsWith('Quote'))
    expect(quote?.range).toContain('We expected delays')
    expect(quote?.text).toContain('Transcript check')
  })
})

describe('redline export', () => {
  it('writes tracked insertions and deletions authored by the revision author', async () => {
    const [a, b] = [...revisions].sort((x, y) => x.number - y.number)
    const out = await call('export:redline', {
      draftId,
      fromRevisionId: a?.id ?? '',
      toRevisionId: b?.id ?? '',
      format: 'docx',
    })
    const doc = readDocx(bytes(out.dataBase64))
    const ins = doc.changes.filter((c) => c.kind === 'ins')
    const del = doc.changes.filter((c) => c.kind === 'del')
    expect(ins.map((c) => c.text)).toContain('eight')
    expect(del.map((c) => c.text)).toContain('six')
    expect(ins.some((c) => c.text.includes('Third point'))).toBe(true)
    for (const c of doc.changes) {
      expect(c.author).toBe('Rafa Reporter')
      expect(c.date).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
    // Accepting everything reads as revision 2; rejecting everything as revision 1.
    expect(doc.paragraphs).toContain('The build ran eight weeks late, said the council.')
    expect(doc.original).toContain('The build ran six weeks late, said the council.')
    expect(doc.part('word/settings.xml')).toContain('w:trackRevisions')
  })

  it('puts each change between two revisions on the revision between them that made it', async () => {
    await call('profile:set', { name: 'Ana One', role: 'editor' })
    const d = await call('drafts:create', {
      title: 'Three hands',
      body: 'The mayor spoke for ten minutes.\n\nThe council voted.\n',
    })
    const r1 = (await call('drafts:get', { id: d.id })).current
    await call('profile:set', { name: 'Ben Two', role: 'fact-checker' })
    const r2 = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: r1.id,
      body: 'The mayor spoke for twelve minutes.\n\nThe council voted.\n',
      message: 'Fact-check: twelve',
    })
    await call('profile:set', { name: 'Cleo Three', role: 'editor' })
    const r3 = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: r2.id,
      body: 'The mayor spoke for twelve minutes.\n\nThe council voted on Tuesday.\n',
      message: 'Added the day',
    })
    const doc = readDocx(
      bytes(
        (
          await call('export:redline', {
            draftId: d.id,
            fromRevisionId: r1.id,
            toRevisionId: r3.id,
            format: 'docx',
          })
        ).dataBase64,
      ),
    )
    const by = (kind: 'ins' | 'del', text: string) =>
      doc.changes.find((c) => c.kind === kind && c.text.includes(text))?.author
    expect(by('del', 'ten')).toBe('Ben Two')
    expect(by('ins', 'twelve')).toBe('Ben Two')
    expect(by('ins', 'Tuesday')).toBe('Cleo Three')
    expect(doc.changes.find((c) => c.text.includes('Tuesday'))?.date).toBe(r3.createdAt)
  })

  it('writes a moved paragraph as a Word move, which Galley’s own importer reads back', async () => {
    await call('profile:set', { name: 'Mo Mover', role: 'editor' })
    const a =
      'First paragraph stays here.\n\nThe paragraph that moves to the end of the piece.\n\nThird paragraph stays too.\n'
    const b =
      'First paragraph stays here.\n\nThird paragraph stays too.\n\nThe paragraph that moves to the end of the piece.\n'
    const d = await call('drafts:create', { title: 'Moves', body: a })
    const r1 = (await call('drafts:get', { id: d.id })).current
    const r2 = await call('revisions:save', {
      draftId: d.id,
      baseRevisionId: r1.id,
      body: b,
      message: 'Moved a paragraph',
    })
    const out = await call('export:redline', {
      draftId: d.id,
      fromRevisionId: r1.id,
      toRevisionId: r2.id,
      format: 'docx',
    })
    const doc = readDocx(bytes(out.dataBase64))
    const moved = 'The paragraph that moves to the end of the piece.'
    expect(doc.changes.map((c) => `${c.kind}: ${c.text}`).sort()).toEqual([
      `moveFrom: ${moved}`,
      `moveTo: ${moved}`,
    ])
    expect(doc.changes.every((c) => c.author === 'Mo Mover')).toBe(true)
    // Both sides are named alike, between range marks, as Word pairs them.
    const names = [...doc.xml.matchAll(/<w:move(From|To)RangeStart [^>]*w:name="([^"]+)"/g)]
    expect(names.map((m) => m[1]).sort()).toEqual(['From', 'To'])
    expect(new Set(names.map((m) => m[2])).size).toBe(1)
    expect(doc.xml.match(/<w:moveFromRangeEnd /g)).toHaveLength(1)
    expect(doc.xml.match(/<w:moveToRangeEnd /g)).toHaveLength(1)
    expect(doc.paragraphs.filter(Boolean)).toEqual([
      'First paragraph stays here.',
      'Third paragraph stays too.',
      'The paragraph that moves to the end of the piece.',
    ])
    expect(doc.original.filter(Boolean)).toEqual([
      'First paragraph stays here.',
      'The paragraph that moves to the end of the piece.',
      'Third paragraph stays too.',
    ])
    // Galley's importer takes the move for a tracked change: before and after as two revisions.
    const back = await call('import:file', {
      fileName: 'moves-redline.docx',
      dataBase64: out.dataBase64,
    })
    const revs = (await call('drafts:get', { id: back.draft.id })).revisions
    expect(revs).toHaveLength(2)
  })

  it('refuses the same revision twice', async () => {
    const id = revisions[0]?.id ?? ''
    const res = await core.dispatch('export:redline', {
      draftId,
      fromRevisionId: id,
      toRevisionId: id,
      format: 'docx',
    })
    expect(res.ok).toBe(false)
  })
})

describe('claim log', () => {
  it('has one row per claim with verdict, reason, sources, who and when, revision and status', async () => {
    const out = await call('export:claimLog', { draftId })
    const text = Buffer.from(out.dataBase64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(1)
    const row = rows[0] ?? {}
    expect(row['claim']).toBe('eight weeks')
    expect(row['verdict']).toBe('Verified')
    expect(row['status']).toBe('needs re-check; text changed')
    expect(row['reason']).toBe('Minutes of 3 May say six weeks.')
    expect(row['verdict by']).toBe('Eda Editor (editor)')
    expect(row['revision']).toBe('2')
    // The source's citation began with '=': it is text now.
    expect(row['sources']?.startsWith(`'=HYPERLINK`)).toBe(true)
  })

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(bad)).toBe(`'${bad}`)
    }
    expect(neutralise('plain')).toBe('plain')
    const csv = claimLogCsv([['=cmd|"/c calc"!A1', 'a,b', 'two\nlines'].map(neutralise)])
    const [, row] = parse(csv, { relax_column_count: true }) as string[][]
    expect(row).toEqual([`'=cmd|"/c calc"!A1`, 'a,b', 'two\nlines'])
  })
})

describe('the Word round trip', () => {
  it('a reviewed .docx comes in and goes out again: queries with replies, claims, a redline of its tracked changes', async () => {
    const imported = await call('import:file', {
      fileName: 'ferry.docx',
      dataBase64: Buffer.from(reviewedDocx()).toString('base64'),
    })
    const id = imported.draft.id
    const review = readDocx(bytes((await call('export:reviewDocx', { draftId: id })).dataBase64))
    const query = review.comments.find((c) => c.text === 'Query: Tighten this?')
    expect(query?.author).toBe('Ben Ode')
    expect(query?.date.startsWith('2026-03-03T14:00')).toBe(true)
    const reply = review.comments.find((c) => c.text === 'Agreed, will cut')
    expect(reply?.author).toBe('Ana Ruiz')
    const claim = review.comments.find(
      (c) => c.text.startsWith('Claim:') && c.range.includes('1.2 million'),
    )
    expect(claim?.text).toContain('Port authority annual report 2024')

    // Its tracked changes became two revisions: their redline is tracked changes again.
    const detail = await call('drafts:get', { id })
    const [before, after] = [...detail.revisions].sort((a, b) => a.number - b.number)
    expect(after).toBeDefined()
    const red = readDocx(
      bytes(
        (
          await call('export:redline', {
            draftId: id,
            fromRevisionId: before?.id ?? '',
            toRevisionId: after?.id ?? '',
            format: 'docx',
          })
        ).dataBase64,
      ),
    )
    expect(red.changes.some((c) => c.kind === 'del' && c.text.includes('12'))).toBe(true)
    expect(red.changes.some((c) => c.kind === 'ins' && c.text.includes('15'))).toBe(true)
    expect(red.paragraphs.join('\n')).toContain('the council')
    expect(red.original.join('\n')).toContain('the mayor')

    // The exported review read back by Galley's own importer keeps its comments.
    const back = await call('import:file', {
      fileName: 'ferry-review.docx',
      dataBase64: (await call('export:reviewDocx', { draftId: id })).dataBase64,
    })
    const list = await call('claims:list', { draftId: back.draft.id })
    expect(list.claims.length + list.queries.length).toBeGreaterThanOrEqual(2)
  })
})
