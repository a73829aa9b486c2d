// Builds eval/fresh/*.docx from eval/fresh/docx-src/*.source.md with the npm package `docx`
// (the project's own dependency). Written for this set; run from the repo root:
//   node eval/fresh/docx-src/build.mjs
// Markdown subset: #/## headings, blank-line separated paragraphs, **bold**, *italic*.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx'

function runs(text) {
  const out = []
  let bold = false
  let italics = false
  for (const part of text.split(/(\*\*|\*)/)) {
    if (part === '**') bold = !bold
    else if (part === '*') italics = !italics
    else if (part) out.push(new TextRun({ text: part, bold, italics }))
  }
  return out
}

function paragraphs(md) {
  return md
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((block) => {
      const h = /^(#{1,2})\s+(.*)$/.exec(block)
      if (h) {
        const heading = h[1].length === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1
        return new Paragraph({ heading, children: runs(h[2]) })
      }
      return new Paragraph({ children: runs(block.split('\n').join(' ')) })
    })
}

async function main() {
  const src = path.dirname(fileURLToPath(import.meta.url))
  const outDir = path.join(src, '..')
  for (const f of fs.readdirSync(src).filter((x) => x.endsWith('.source.md'))) {
    const md = fs.readFileSync(path.join(src, f), 'utf8')
    const doc = new Document({
      creator: 'Galley fresh evaluation set',
      sections: [{ children: paragraphs(md) }],
    })
    const out = path.join(outDir, f.replace(/\.source\.md$/, '.docx'))
    fs.writeFileSync(out, await Packer.toBuffer(doc))
    console.log('wrote', out)
  }
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
