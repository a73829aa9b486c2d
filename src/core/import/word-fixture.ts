import { strToU8, zipSync } from 'fflate'

/**
 * Builds real .docx packages for tests from WordprocessingML written out by hand: the parts
 * Word writes for comments (with replies in commentsExtended.xml) and tracked changes, which
 * the `docx` package cannot all write (moves, formatting changes, replies). Test-only.
 */

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A run of text (`w:r`/`w:t`), optionally bold. */
export const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
/** Deleted text as Word writes it. */
export const delRun = (text: string) =>
  `<w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r>`
let changeId = 100
const change = (author: string) =>
  `w:id="${changeId++}" w:author="${esc(author)}" w:date="2026-03-02T10:00:00Z"`
export const ins = (author: string, text: string) => `<w:ins ${change(author)}>${run(text)}</w:ins>`
export const del = (author: string, text: string) =>
  `<w:del ${change(author)}>${delRun(text)}</w:del>`
export const moveFrom = (author: string, name: string, text: string) =>
  `<w:moveFromRangeStart w:id="${changeId}" w:author="${esc(author)}" w:name="${name}"/><w:moveFrom ${change(author)}>${delRun(text).replace(/delText/g, 't')}</w:moveFrom><w:moveFromRangeEnd w:id="${changeId - 1}"/>`
export const moveTo = (author: string, name: string, text: string) =>
  `<w:moveToRangeStart w:id="${changeId}" w:author="${esc(author)}" w:name="${name}"/><w:moveTo ${change(author)}>${run(text)}</w:moveTo><w:moveToRangeEnd w:id="${changeId - 1}"/>`
/** Text made bold as a tracked formatting change (it was plain). */
export const boldChange = (author: string, text: string) =>
  `<w:r><w:rPr><w:b/><w:rPrChange ${change(author)}><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
export const commentStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`
export const commentEnd = (id: number) =>
  `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`
export const paragraph = (...parts: string[]) => `<w:p>${parts.join('')}</w:p>`
/** A paragraph whose break (its mark) was deleted or inserted as a tracked change. */
export const paragraphMark = (kind: 'ins' | 'del', author: string, ...parts: string[]) =>
  `<w:p><w:pPr><w:rPr><w:${kind} ${change(author)}/></w:rPr></w:pPr>${parts.join('')}</w:p>`
export const heading = (text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(text)}</w:p>`

export interface FixtureComment {
  readonly id: number
  readonly author: string
  readonly date?: string
  readonly text: string
  /** The comment this one answers (written to commentsExtended.xml). */
  readonly replyTo?: number
  readonly done?: boolean
}

const paraId = (id: number) => (0x10000000 + id).toString(16).toUpperCase()

/** A .docx whose body is `paragraphs` (w:p elements) and whose comments are `comments`. */
export function makeDocx(
  paragraphs: readonly string[],
  comments: readonly FixtureComment[] = [],
  options: { commentsXml?: string } = {},
): Uint8Array {
  const hasComments = comments.length > 0 || options.commentsXml !== undefined
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${hasComments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>' : ''}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${hasComments ? '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>' : ''}</Relationships>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`,
    ),
  }
  if (hasComments) {
    files['word/comments.xml'] = strToU8(
      options.commentsXml ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${NS}>${comments
          .map(
            (c) =>
              `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="${c.date ?? '2026-03-01T09:30:00Z'}" w:initials="${esc(c.author.slice(0, 2))}">${c.text
                .split('\n')
                .map(
                  (line, i, all) =>
                    `<w:p${i === all.length - 1 ? ` w14:paraId="${paraId(c.id)}"` : ''}>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}${run(line)}</w:p>`,
                )
                .join('')}</w:comment>`,
          )
          .join('')}</w:comments>`,
    )
    files['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${NS}>${comments
        .map(
          (c) =>
            `<w15:commentEx w15:paraId="${paraId(c.id)}"${c.replyTo !== undefined ? ` w15:paraIdParent="${paraId(c.replyTo)}"` : ''} w15:done="${c.done ? 1 : 0}"/>`,
        )
        .join('')}</w15:commentsEx>`,
    )
  }
  return zipSync(files)
}

/** Comments with a reply and overlapping ranges; tracked changes by two authors, a move, bold. */
export function reviewedDocx(): Uint8Array {
  return makeDocx(
    [
      heading('Ferry fares rise'),
      paragraph(
        run('The ferry '),
        commentStart(1),
        run('carried 1.2 million', true),
        run(' passengers in 2024'),
        commentEnd(1),
        run('.'),
      ),
      paragraph(
        run('Fares '),
        commentStart(2),
        run('rose '),
        del('Ana Ruiz', 'by 12%'),
        ins('Ben Ode', 'by 15%'),
        commentStart(4),
        run(' last spring'),
        commentEnd(2),
        run(' and again in the autumn'),
        commentEnd(4),
        run('.'),
      ),
      paragraph(
        moveFrom('Ben Ode', 'm1', 'The captain retired. '),
        run('Crossings take 40 minutes. '),
        boldChange('Ana Ruiz', 'Tickets sell out.'),
      ),
      paragraph(run('Locals are unhappy. '), moveTo('Ben Ode', 'm1', 'The captain retired.')),
      paragraph(
        run('Nobody asked '),
        commentStart(5),
        del('Ana Ruiz', 'the mayor'),
        commentEnd(5),
        ins('Ana Ruiz', 'the council'),
        run('.'),
      ),
    ],
    [
      { id: 1, author: 'Ana Ruiz', text: 'Source: Port authority annual report 2024, p. 12' },
      { id: 2, author: 'Ben Ode', date: '2026-03-03T14:00:00Z', text: 'Tighten this?' },
      {
        id: 3,
        author: 'Ana Ruiz',
        date: '2026-03-03T15:00:00Z',
        text: 'Agreed, will cut',
        replyTo: 2,
      },
      { id: 4, author: 'Cleo Park', text: 'Is 15% right? See https://example.org/fares' },
      { id: 5, author: 'Ben Ode', text: 'Why cut this?', done: true },
    ],
  )
}
