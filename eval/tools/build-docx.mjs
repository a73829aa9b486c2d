// Builds a labelled set's .docx articles from its docx-src/*.source.md with the project's `docx`
// package. Usage (from the repository root): node eval/tools/build-docx.mjs eval/blind2
// Markdown subset: #/##/### headings, blank-line separated paragraphs, "- " bullets,
// **bold**, *italic* and [text](url) links (written as real hyperlinks).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

// The set's folder; its docx-src/ holds the sources.
const outDir = resolve(process.argv[2] ?? '')
const here = join(outDir, 'docx-src')
if (!process.argv[2] || !existsSync(here)) {
  console.error('Usage: node eval/tools/build-docx.mjs <set folder with a docx-src/ folder>')
  process.exit(2)
}

function styledRuns(s, out) {
  const re = /(\*\*|\*)/g
  let pos = 0
  let bold = false
  let italics = false
  let m
  const flush = (chunk) => {
    if (chunk) out.push(new TextRun({ text: chunk, bold, italics }))
  }
  while ((m = re.exec(s)) !== null) {
    flush(s.slice(pos, m.index))
    if (m[1] === '**') bold = !bold
    else italics = !italics
    pos = re.lastIndex
  }
  flush(s.slice(pos))
}

function inlineRuns(text) {
  const out = []
  const linkRe = /\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  let m
  while ((m = linkRe.exec(text)) !== null) {
    styledRuns(text.slice(last, m.index), out)
    out.push(
      new ExternalHyperlink({
        link: m[2],
        children: [new TextRun({ text: m[1], style: 'Hyperlink' })],
      }),
    )
    last = linkRe.lastIndex
  }
  styledRuns(text.slice(last), out)
  return out
}

function paragraphs(md) {
  const out = []
  for (const raw of md.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const block = raw.trim()
    if (!block) continue
    const lines = block.split('\n')
    if (lines.every((l) => l.startsWith('- '))) {
      for (const l of lines)
        out.push(new Paragraph({ bullet: { level: 0 }, children: inlineRuns(l.slice(2)) }))
      continue
    }
    const h = /^(#{1,3})\s+(.*)$/.exec(block)
    if (h) {
      const heading = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2][
        h[1].length - 1
      ]
      out.push(new Paragraph({ heading, children: inlineRuns(h[2]) }))
      continue
    }
    out.push(new Paragraph({ children: inlineRuns(lines.join(' ')) }))
  }
  return out
}

for (const f of readdirSync(here)
  .filter((x) => x.endsWith('.source.md'))
  .sort()) {
  const md = readFileSync(join(here, f), 'utf8')
  const title = (/^#\s+(.*)$/m.exec(md) || [])[1] || f
  const doc = new Document({
    creator: `Galley evaluation set ${basename(outDir)}`,
    title,
    sections: [{ properties: {}, children: paragraphs(md) }],
  })
  const out = join(outDir, f.replace(/\.source\.md$/, '.docx'))
  writeFileSync(out, await Packer.toBuffer(doc))
  console.log('wrote', out)
}
