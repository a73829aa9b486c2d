import { readdir } from 'node:fs/promises'
import {
  Document,
  Packer,
  Paragraph,
  TextRun,
  CommentRangeStart,
  CommentRangeEnd,
  CommentReference,
  InsertedTextRun,
  DeletedTextRun,
} from 'docx'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useTestLibrary } from '../../../test/support/library'
import { commentKind } from './comment-kind'
import { convertFile } from './convert'
import * as w from '../../../test/fixtures/word'
import { reviewedDocx } from '../../../test/fixtures/word'

async function importDocx(bytes: Uint8Array, fileName = 'ferry.docx', draftId?: string) {
  return call('import:file', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
    ...(draftId ? { draftId } : {}),
  })
}

const lib = useTestLibrary('galley-word-', { profile: { name: 'Eli Editor', role: 'editor' } })
const { call } = lib

describe('Word comments and tracked changes on import', () => {
  it('makes two revisions, claims and queries, and says so', async () => {
    const out = await importDocx(reviewedDocx())
    const detail = await call('drafts:get', { id: out.draft.id })
    expect(detail.revisions).toHaveLength(2)
    const [first, second] = detail.revisions
    if (!first || !second) throw new Error('two revisions expected')
    const before = await call('revisions:get', { draftId: out.draft.id, revisionId: first.id })
    const after = await call('revisions:get', { draftId: out.draft.id, revisionId: second.id })
    // Before: deletions kept, insertions dropped; after: the reverse. A move moves.
    expect(before.body).toContain('Fares rose by 12% last spring')
    expect(before.body).toContain('The captain retired. Crossings take 40 minutes.')
    expect(before.body).toContain('Nobody asked the mayor.')
    expect(after.body).toContain('Fares rose by 15% last spring')
    expect(after.body).toContain('Locals are unhappy. The captain retired.')
    expect(after.body).not.toContain('The captain retired. Crossings')
    expect(after.body).toContain('Nobody asked the council.')
    expect(after.body).toContain('**Tickets sell out.**')
    expect(first.author.name).toBe('Eli Editor')
    expect(second.author.name).toBe('Ana Ruiz and Ben Ode')
    expect(second.message).toMatch(/Tracked changes in ferry\.docx by Ana Ruiz and Ben Ode/)
    expect(out.before).toBe(1)
    expect(out.revision.number).toBe(2)

    // The notice: comments counted and what they became; the changes, with formatting counted.
    expect(out.summary[0]).toBe(
      '5 Word comments came in: 2 claims with the comment as the research note and 2 queries in the Claims margin; 1 reply became a thread comment. 1 comment is on text that is not in the current revision, listed under Orphaned.',
    )
    expect(out.summary[1]).toMatch(
      /pending tracked changes \(2 insertions, 2 deletions, 1 move by Ana Ruiz and Ben Ode\)\. Nothing was accepted or rejected: revision 1 is the text before them and revision 2 the text after them/,
    )
    expect(out.summary[1]).toMatch(/1 formatting change \(bold, styles, layout\) is counted/)

    const list = await call('claims:list', { draftId: out.draft.id })
    const source = list.claims.find((c) => c.origin?.commentId === '1')
    expect(source?.anchor.exact).toBe('**carried 1.2 million** passengers in 2024')
    expect(source?.note).toBe('Source: Port authority annual report 2024, p. 12')
    expect(source?.origin).toMatchObject({ author: 'Ana Ruiz', fileName: 'ferry.docx' })
    expect(source?.revisionId).toBe(second.id)
    expect(source?.history[0]?.reason).toMatch(/From a Word comment by Ana Ruiz in ferry\.docx/)
    const question = list.claims.find((c) => c.origin?.commentId === '4')
    // Overlapping comment 2's range: both keep their own span.
    expect(question?.anchor.exact).toBe('last spring and again in the autumn')
    expect(question?.sources[0]).toMatchObject({ url: 'https://example.org/fares' })

    const tighten = list.queries.find((q) => q.origin?.commentId === '2')
    expect(tighten?.anchor.exact).toBe('rose by 15% last spring')
    expect(tighten?.comments.map((c) => [c.by, c.text, c.at, c.from])).toEqual([
      ['Ben Ode', 'Tighten this?', '2026-03-03T14:00:00.000Z', 'word'],
      ['Ana Ruiz', 'Agreed, will cut', '2026-03-03T15:00:00.000Z', 'word'],
    ])
    expect(tighten?.resolved).toBeNull()
    // A comment on deleted text only: kept, on the revision before the changes, as an orphan.
    const deleted = list.queries.find((q) => q.origin?.commentId === '5')
    expect(deleted).toMatchObject({ status: 'orphaned', revisionId: first.id })
    expect(deleted?.anchor.exact).toBe('the mayor')
    expect(deleted?.resolved).toMatchObject({ by: 'Word (marked done)' })
  })

  it('resolves and reopens a query, keeps its thread and carries it into a new revision', async () => {
    const out = await importDocx(reviewedDocx())
    let list = await call('claims:list', { draftId: out.draft.id })
    const q = list.queries.find((x) => x.origin?.commentId === '2')
    if (!q) throw new Error('query expected')
    const resolved = await call('queries:resolve', {
      draftId: out.draft.id,
      queryId: q.id,
      resolved: true,
    })
    expect(resolved.resolved).toMatchObject({ by: 'Eli Editor' })
    const reopened = await call('queries:resolve', {
      draftId: out.draft.id,
      queryId: q.id,
      resolved: false,
    })
    expect(reopened.resolved).toBeNull()
    expect(reopened.events.map((e) => [e.action, e.by, e.role])).toEqual([
      ['resolved', 'Eli Editor', 'editor'],
      ['reopened', 'Eli Editor', 'editor'],
    ])
    const commented = await call('queries:comment', {
      draftId: out.draft.id,
      queryId: q.id,
      text: 'Cut to one clause.',
    })
    expect(commented.comments).toHaveLength(3)
    const current = await call('revisions:get', {
      draftId: out.draft.id,
      revisionId: out.revision.id,
    })
    const saved = await call('revisions:save', {
      draftId: out.draft.id,
      baseRevisionId: out.revision.id,
      body: `A new opening paragraph.\n\n${current.body}`,
      message: 'Intro',
    })
    list = await call('claims:list', { draftId: out.draft.id })
    const moved = list.queries.find((x) => x.id === q.id)
    expect(moved?.revisionId).toBe(saved.id)
    expect(moved?.anchor.exact).toBe('rose by 15% last spring')
    expect(moved?.status).not.toBe('orphaned')
    await call('queries:delete', { draftId: out.draft.id, queryId: q.id })
    list = await call('claims:list', { draftId: out.draft.id })
    expect(list.queries.some((x) => x.id === q.id)).toBe(false)
  })

  it('the review report lists the queries with their threads', async () => {
    const out = await importDocx(reviewedDocx())
    const { html } = await call('export:report', { draftId: out.draft.id, format: 'html' })
    expect(html).toContain('<h2>Queries</h2>')
    expect(html).toContain('Tighten this?')
    expect(html).toContain('Agreed, will cut')
    expect(html).toContain('Ben Ode (Word)')
  })

  it('imports into an existing draft as two new revisions', async () => {
    const d = await call('drafts:create', { title: 'Ferry', body: 'Old text.' })
    const out = await importDocx(reviewedDocx(), 'ferry-v2.docx', d.id)
    expect(out.before).toBe(2)
    expect(out.revision.number).toBe(3)
  })

  it('reads a .docx written by the docx package (comments, insertions, deletions)', async () => {
    const doc = new Document({
      comments: {
        children: [
          {
            id: 0,
            author: 'Ana Ruiz',
            date: new Date('2026-03-01T10:00:00Z'),
            children: [new Paragraph('According to the 2021 census.')],
          },
          {
            id: 1,
            author: 'Ben Ode',
            date: new Date('2026-03-01T11:00:00Z'),
            children: [new Paragraph('Lovely line')],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('The island has '),
                new CommentRangeStart(0),
                new TextRun('4,000 residents'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun(' and '),
                new DeletedTextRun({
                  id: 10,
                  author: 'Ben Ode',
                  date: '2026-03-01T12:00:00Z',
                  text: 'two',
                }),
                new InsertedTextRun({
                  id: 11,
                  author: 'Ana Ruiz',
                  date: '2026-03-01T12:00:00Z',
                  text: 'three',
                }),
                new TextRun(' harbours.'),
              ],
            }),
            new Paragraph({
              children: [
                new CommentRangeStart(1),
                new TextRun('The light is gold at dusk.'),
                new CommentRangeEnd(1),
                new TextRun({ children: [new CommentReference(1)] }),
              ],
            }),
          ],
        },
      ],
    })
    const bytes = new Uint8Array(await Packer.toBuffer(doc))
    const out = await importDocx(bytes, 'island.docx')
    const detail = await call('drafts:get', { id: out.draft.id })
    const [first, second] = detail.revisions
    if (!first || !second) throw new Error('two revisions expected')
    expect(
      (await call('revisions:get', { draftId: out.draft.id, revisionId: first.id })).body,
    ).toContain('4,000 residents and two harbours.')
    expect(
      (await call('revisions:get', { draftId: out.draft.id, revisionId: second.id })).body,
    ).toContain('4,000 residents and three harbours.')
    expect(second.author.name).toBe('Ben Ode and Ana Ruiz')
    const list = await call('claims:list', { draftId: out.draft.id })
    expect(list.claims.map((c) => [c.anchor.exact, c.note])).toEqual([
      ['4,000 residents', 'According to the 2021 census.'],
    ])
    expect(list.queries.map((q) => [q.anchor.exact, q.comments[0]?.by])).toEqual([
      ['The light is gold at dusk.', 'Ben Ode'],
    ])
  })

  it('a document without comments or changes imports as before: one revision, no summary', async () => {
    const out = await importDocx(w.makeDocx([w.paragraph(w.run('Plain text only.'))]), 'plain.docx')
    expect(out.summary).toEqual([])
    expect(out.before).toBeUndefined()
    expect((await call('drafts:get', { id: out.draft.id })).revisions).toHaveLength(1)
  })

  it('a paragraph break deleted or inserted joins or splits the paragraphs', async () => {
    const out = await convertFile(
      'breaks.docx',
      w.makeDocx([
        w.paragraphMark('del', 'Ana Ruiz', w.run('The pier closed')),
        w.paragraph(w.run(' in May.')),
        w.paragraphMark('ins', 'Ben Ode', w.run('Boats moved to Carrow. ')),
        w.paragraph(w.run('Fares rose.')),
      ]),
    )
    expect(out.body).toBe('The pier closed in May.\n\nBoats moved to Carrow.\n\nFares rose.\n')
    expect(out.review?.before).toBe(
      'The pier closed\n\nin May.\n\nBoats moved to Carrow. Fares rose.\n',
    )
    expect(out.review?.changes).toMatchObject({ insertions: 1, deletions: 1 })
  })

  it('formatting-only changes are counted, with one revision', async () => {
    const out = await importDocx(
      w.makeDocx([w.paragraph(w.run('Plain. '), w.boldChange('Ana Ruiz', 'Bold now.'))]),
      'bold.docx',
    )
    expect(out.summary).toEqual([
      'The document has 1 pending formatting change by Ana Ruiz and no pending text changes. 1 formatting change (bold, styles, layout) is counted but not shown: the text keeps the formatting as changed.',
    ])
    expect((await call('drafts:get', { id: out.draft.id })).revisions).toHaveLength(1)
  })

  it('refuses a malformed comments part with a sentence, and writes nothing', async () => {
    const before = await readdir(lib.dir, { recursive: true })
    const bad = w.makeDocx(
      [w.paragraph(w.commentStart(1), w.run('Some text.'), w.commentEnd(1))],
      [],
      {
        commentsXml:
          '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="1"><w:p></w:comment>',
      },
    )
    const res = await lib.core.dispatch('import:file', {
      fileName: 'bad.docx',
      dataBase64: Buffer.from(bad).toString('base64'),
    })
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.message).toBe(
      '"bad.docx" has a damaged comments part (word/comments.xml): its XML is not well-formed. Open it in Word, save it again as .docx and retry. Nothing was imported.',
    )
    expect((await call('drafts:list', { view: 'active' })).length).toBe(0)
    expect(await readdir(lib.dir, { recursive: true })).toEqual(before)
  })

  it('refuses a huge comments part with a sentence', async () => {
    const many = Array.from({ length: 5_001 }, (_, i) => ({ id: i, author: 'A', text: 'x' }))
    const huge = w.makeDocx([w.paragraph(w.commentStart(0), w.run('Text.'), w.commentEnd(0))], many)
    const res = await lib.core.dispatch('import:file', {
      fileName: 'many.docx',
      dataBase64: Buffer.from(huge).toString('base64'),
    })
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('file-too-large')
      expect(res.error.message).toMatch(
        /^"many\.docx" was not imported: it holds 5,001 comments, more than Galley takes from one document \(5,000\)\./,
      )
    }
    // Over 4 MB of comments XML: refused before it is parsed.
    const files = unzipSync(reviewedDocx())
    files['word/comments.xml'] = strToU8(
      `<w:comments>${' '.repeat(4 * 1024 * 1024 + 1)}</w:comments>`,
    )
    const res2 = await lib.core.dispatch('import:file', {
      fileName: 'big.docx',
      dataBase64: Buffer.from(zipSync(files)).toString('base64'),
    })
    expect(res2.ok).toBe(false)
    if (!res2.ok)
      expect(res2.error.message).toMatch(
        /its comments take 4\.0 MB, more than Galley reads \(4 MB\)/,
      )
  })

  it('keeps the zip-bomb limits before reading comments', async () => {
    const files = unzipSync(reviewedDocx())
    files['word/comments.xml'] = new Uint8Array(33 * 1024 * 1024)
    const res = await lib.core.dispatch('import:file', {
      fileName: 'bomb.docx',
      dataBase64: Buffer.from(zipSync(files, { level: 9 })).toString('base64'),
    })
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.message).toMatch(/zip bomb/)
  })

  it('convertFile keeps the stored text identical to an import without review parts', async () => {
    const plain = await convertFile(
      'a.docx',
      w.makeDocx([
        w.paragraph(w.run('The ferry carried '), w.run('1.2 million', true), w.run(' people.')),
      ]),
    )
    const commented = await convertFile(
      'a.docx',
      w.makeDocx(
        [
          w.paragraph(
            w.run('The ferry carried '),
            w.commentStart(1),
            w.run('1.2 million', true),
            w.commentEnd(1),
            w.run(' people.'),
          ),
        ],
        [{ id: 1, author: 'A', text: 'Per the port authority.' }],
      ),
    )
    expect(commented.body).toBe(plain.body)
    expect(commented.review?.comments[0]?.place).toEqual({
      side: 'after',
      start: plain.body.indexOf('1.2 million'),
      end: plain.body.indexOf('1.2 million') + '1.2 million'.length,
    })
  })
})

describe('which comments become claims', () => {
  const claim = [
    'Source: Port authority annual report, p. 12',
    'https://example.org/report.pdf',
    'Per the 2021 census',
    'According to the ministry',
    'Is 15% right?',
    'How many passengers is that?',
    'Is this Bob or Rob?',
    'Can you verify this with the council?',
    'Check the spelling',
    'Citation needed',
  ]
  const query = [
    'Tighten this?',
    'Lovely line',
    'Cut this paragraph?',
    'Move up top',
    'Too long',
    'Should this be the lede?',
  ]
  it.each(claim)('%s → claim', (text) => expect(commentKind(text, 'some text').kind).toBe('claim'))
  it.each(query)('%s → query', (text) => expect(commentKind(text, 'some text').kind).toBe('query'))
  it('a bare question on a passage with a figure is about the figure', () => {
    expect(commentKind('Really?', 'opened in 1932').kind).toBe('claim')
    expect(commentKind('Really?', 'a fine bridge').kind).toBe('query')
  })
})
