import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { convertFile } from './convert'

const enc = (s: string) => new TextEncoder().encode(s)

async function docxBytes(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Kelp serums, explained', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Fermented kelp is '),
              new TextRun({ text: 'clinically proven', bold: true }),
              new TextRun(' to do '),
              new TextRun({ text: 'something', italics: true }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'https://shop.example/serum',
                children: [new TextRun('Buy the serum')],
              }),
            ],
          }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('accepted files', () => {
  it('Markdown: body as is, title from the first heading, CRLF normalised', async () => {
    const out = await convertFile('notes.md', enc('# Ferry fares\r\n\r\nFares *rise*.\r\n'))
    expect(out.title).toBe('Ferry fares')
    expect(out.body).toBe('# Ferry fares\n\nFares *rise*.\n')
  })

  it('Markdown without a heading takes its title from the file name; a BOM is dropped', async () => {
    const out = await convertFile(
      'council-budget_brief.md',
      new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Plain text.')]),
    )
    expect(out.title).toBe('council budget brief')
    expect(out.body).toBe('Plain text.')
  })

  it('plain text: first line as title', async () => {
    const out = await convertFile('brief.txt', enc('Council passes budget\n\nIt passed 7 to 2.'))
    expect(out.title).toBe('Council passes budget')
    expect(out.body).toContain('It passed 7 to 2.')
  })

  it('plain text: a first line written as a heading gives its words, without the marks', async () => {
    for (const first of [
      '# Council passes budget',
      '## Council passes budget ##',
      '#Council passes budget',
    ]) {
      const out = await convertFile('brief.txt', enc(`${first}\n\nIt passed 7 to 2.`))
      expect(out.title).toBe('Council passes budget')
    }
  })

  it('HTML: real parse to Markdown; scripts, styles, handlers, iframes and javascript: links dropped', async () => {
    const html = `<!doctype html><html><head><title>Kelp &amp; skin</title><style>p{color:red}</style>
      <script>alert(1)</script></head><body onload="evil()">
      <h1>Kelp &amp; skin</h1><p onclick="steal()">It is <em>gentle</em> and <strong>proven</strong>.</p>
      <p><a href="javascript:alert(2)">click me</a> or <a href="https://shop.example/x">shop</a></p>
      <iframe src="https://evil.example"></iframe><img src="x" onerror="alert(3)" alt="a jar">
      <ul><li>one</li><li>two</li></ul></body></html>`
    const out = await convertFile('page.html', enc(html))
    expect(out.title).toBe('Kelp & skin')
    expect(out.body).toContain('# Kelp & skin')
    expect(out.body).toContain('It is *gentle* and **proven**.')
    expect(out.body).toContain('click me or [shop](https://shop.example/x)')
    expect(out.body).toContain('- one')
    expect(out.body).toContain('[image: a jar]')
    for (const bad of ['alert', 'evil', 'steal', 'javascript:', 'iframe', 'color:red', 'onerror']) {
      expect(out.body).not.toContain(bad)
    }
  })

  it("Word's Title style is the headline and its Quote style a block quote", async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal' }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Tide tables for the weekend', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Lena posted this on Sunday:' }),
            new Paragraph({ text: 'Low water at six, so bring boots.', style: 'Quote' }),
            new Paragraph({ text: 'The first section', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Plain text after it.' }),
          ],
        },
      ],
    })
    const out = await convertFile('tides.docx', new Uint8Array(await Packer.toBuffer(doc)))
    // Before, the Title paragraph was plain text and the first section heading became the title.
    expect(out.title).toBe('Tide tables for the weekend')
    expect(out.body).toMatch(/^# Tide tables for the weekend\n/)
    expect(out.body).toContain('\n> Low water at six, so bring boots.\n')
    expect(out.body).toContain('# The first section')
  })

  it('Word .docx through mammoth: headings, bold, italics and links kept', async () => {
    const out = await convertFile('Kelp feature.docx', await docxBytes())
    expect(out.title).toBe('Kelp serums, explained')
    expect(out.body).toContain('# Kelp serums, explained')
    expect(out.body).toContain('**clinically proven**')
    expect(out.body).toContain('*something*')
    expect(out.body).toContain('[Buy the serum](https://shop.example/serum)')
  })
})

describe('refused files, each with a sentence a person understands', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  const cases: [string, string, Uint8Array, string, RegExp][] = [
    [
      'unknown type',
      'report.pdf',
      enc('%PDF-1.7'),
      'unsupported-file',
      /does not read \.pdf files/,
    ],
    ['no extension', 'README', enc('hi'), 'unsupported-file', /files without an extension/],
    ['empty', 'empty.md', new Uint8Array(0), 'unreadable-file', /is empty/],
    [
      'image renamed .md',
      'photo.md',
      png,
      'unreadable-file',
      /not a text file \(it looks like a PNG image\)/,
    ],
    ['binary .txt', 'data.txt', new Uint8Array([1, 2, 0, 4, 5]), 'unreadable-file', /binary data/],
    [
      'invalid UTF-8',
      'latin1.txt',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
      'unreadable-file',
      /not valid UTF-8/,
    ],
    ['UTF-16', 'wide.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'unreadable-file', /UTF-16/],
    [
      'random bytes named .docx',
      'fake.docx',
      new Uint8Array([7, 7, 7, 7, 7, 7]),
      'unreadable-file',
      /not a Word document/,
    ],
    [
      'corrupt zip named .docx',
      'broken.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      'unreadable-file',
      /could not be read as a Word document/,
    ],
    ['only whitespace', 'blank.md', enc('  \n\n  '), 'unreadable-file', /no text/],
  ]
  it.each(cases)('%s', async (_what, name, bytes, code, message) => {
    await expect(convertFile(name, bytes)).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    })
  })

  it('over 20 MB', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)
    await expect(convertFile('huge.md', big)).rejects.toMatchObject({
      code: 'file-too-large',
      message: expect.stringMatching(/is 20\.0 MB; Galley imports files up to 20\.0 MB/),
    })
  })
})
