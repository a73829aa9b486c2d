import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

/** What the built .docx says, so a spec can look for it after the import. */
export const DOCX_FIXTURE = {
  title: 'Night Serums Under the Lamp',
  first: 'Retinal serums promise overnight results, but the evidence is thinner than the ads.',
  bold: 'thinner than the ads',
  second: 'Dr. Ines Halloway, quoted in the launch notes, reviews the studies for us.',
  italic: 'reviews the studies',
  linkText: 'the published trial',
  linkUrl: 'https://example.org/trial',
} as const

/**
 * Writes a real, small .docx (made with the `docx` package, as Word would read it): a title
 * heading, two paragraphs with bold and italic runs, and a link. Returns its path.
 */
export async function writeDocx(dir: string, fileName = 'night-serums.docx'): Promise<string> {
  const f = DOCX_FIXTURE
  const [firstHead = '', firstTail = ''] = f.first.split(f.bold)
  const [secondHead = '', secondTail = ''] = f.second.split(f.italic)
  const doc = new Document({
    creator: 'Galley e2e',
    title: f.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(f.title)] }),
          new Paragraph({
            children: [
              new TextRun(firstHead),
              new TextRun({ text: f.bold, bold: true }),
              new TextRun(firstTail),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun(secondHead),
              new TextRun({ text: f.italic, italics: true }),
              new TextRun(`${secondTail} See `),
              new ExternalHyperlink({
                link: f.linkUrl,
                children: [new TextRun({ text: f.linkText, style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
        ],
      },
    ],
  })
  const path = join(dir, fileName)
  await writeFile(path, await Packer.toBuffer(doc))
  return path
}
