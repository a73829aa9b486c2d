// A comparison of two revisions as a redline: a .docx with real tracked changes (w:ins / w:del)
// and an HTML page printed to PDF (deletions struck through, insertions underlined, change bars).
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions, type RowKind } from '@shared/diff'
import type { DraftRecord, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { MARK, inlineMarks } from '@shared/text/markdown'
import type { Library } from '../library'
import { MEDIA_TYPES, type ExportedFile } from './article'
import { DOCX_STYLES } from './docx-article'
import { esc, slug } from './report'

type Op = 'equal' | 'insert' | 'delete'

/** A piece of a redline paragraph set one way. */
export interface RedlinePiece {
  readonly op: Op
  readonly text: string
  readonly flags: number
}

export type BlockStyle = 'normal' | 'quote' | `h${1 | 2 | 3 | 4 | 5 | 6}`

/** One paragraph of the redline, in the new text's reading order. */
export interface RedlineParagraph {
  readonly kind: RowKind
  readonly style: BlockStyle
  readonly pieces: readonly RedlinePiece[]
  /** For a moved paragraph: the paragraph number (1-based) on the other side. */
  readonly movedTo: number | null
  readonly movedFrom: number | null
}

export interface Redline {
  readonly draft: DraftRecord
  readonly from: Revision
  readonly to: Revision
  readonly paragraphs: readonly RedlineParagraph[]
  readonly stats: { readonly added: number; readonly removed: number; readonly changes: number }
  readonly fallback: string
}

/** Hides Markdown syntax and block quote markers ("> ") from an unchanged stretch. */
function visibleFlags(body: string): Uint8Array {
  const { flags } = inlineMarks(body)
  const quote = /^[ \t]*(>[ \t]?)+/gm
  for (let m = quote.exec(body); m; m = quote.exec(body)) {
    for (let i = m.index; i < m.index + m[0].length; i++) flags[i] = (flags[i] ?? 0) | MARK.hidden
  }
  return flags
}

function styleOf(text: string): BlockStyle {
  const h = /^(#{1,6})[ \t]/.exec(text)
  if (h) return `h${(h[1] ?? '#').length as 1 | 2 | 3 | 4 | 5 | 6}`
  return /^[ \t]*>/.test(text) ? 'quote' : 'normal'
}

/** A line that starts a block of its own inside a paragraph unit: a list item, quote or heading. */
const BLOCK_LINE = /^[ \t]*([-*+][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}[ \t])/

/**
 * Splits `text` at offset `start` of `body` into pieces of equal flags; hidden syntax dropped
 * unless kept. A newline before a list item, quote or heading line is a piece of its own ("\n",
 * a new paragraph); any other newline is a space.
 */
function pieces(
  op: Op,
  text: string,
  start: number,
  body: string,
  flags: Uint8Array,
  keepSyntax: boolean,
): RedlinePiece[] {
  const out: { op: Op; text: string; flags: number }[] = []
  const clean = text.replace(/\n+$/, '')
  for (let k = 0; k < clean.length; k++) {
    if (clean[k] === '\n' && BLOCK_LINE.test(body.slice(start + k + 1, start + k + 12))) {
      out.push({ op, text: '\n', flags: 0 })
      continue
    }
    let f = flags[start + k] ?? 0
    if (f & MARK.hidden) {
      if (!keepSyntax) continue
      f = 0
    }
    const ch = clean[k] === '\n' ? ' ' : (clean[k] as string)
    const last = out.at(-1)
    if (last && last.flags === f && last.text !== '\n') last.text += ch
    else out.push({ op, text: ch, flags: f })
  }
  return out
}

/** The redline model of two revisions of a draft, by the same diff as the compare view. */
export function buildRedline(draft: DraftRecord, from: Revision, to: Revision): Redline {
  const d = diffRevisions(from.body, to.body, RESOLVE_DIFF_OPTIONS)
  const oldFlags = visibleFlags(from.body)
  const newFlags = visibleFlags(to.body)
  const moveTarget = new Map<string, number>()
  const moveSource = new Map<string, number>()
  for (const r of d.rows) {
    if (r.kind === 'moved-to' && r.moveId && r.newIndex !== null)
      moveTarget.set(r.moveId, r.newIndex + 1)
    if (r.kind === 'moved-from' && r.moveId && r.oldIndex !== null)
      moveSource.set(r.moveId, r.oldIndex + 1)
  }
  const paragraphs: RedlineParagraph[] = d.rows.map((r) => {
    const all: RedlinePiece[] = []
    for (const s of r.segments) {
      if (r.kind === 'moved-to') {
        // The paragraph arrives whole; edits inside it are relative to its old place.
        if (s.op !== 'delete') {
          all.push(...pieces('insert', s.text, s.newStart, to.body, newFlags, s.op === 'insert'))
        }
      } else if (r.kind === 'moved-from') {
        all.push(...pieces('delete', s.text, s.oldStart, from.body, oldFlags, false))
      } else if (s.op === 'delete') {
        all.push(...pieces('delete', s.text, s.oldStart, from.body, oldFlags, true))
      } else {
        all.push(...pieces(s.op, s.text, s.newStart, to.body, newFlags, s.op === 'insert'))
      }
    }
    const raw = r.new
      ? to.body.slice(r.new.start, r.new.end)
      : r.old
        ? from.body.slice(r.old.start, r.old.end)
        : ''
    return {
      kind: r.kind,
      style: styleOf(raw),
      pieces: all.filter((p) => p.text.length > 0),
      movedTo: r.kind === 'moved-from' && r.moveId ? (moveTarget.get(r.moveId) ?? null) : null,
      movedFrom: r.kind === 'moved-to' && r.moveId ? (moveSource.get(r.moveId) ?? null) : null,
    }
  })
  return {
    draft,
    from,
    to,
    paragraphs,
    stats: { added: d.stats.wordsAdded, removed: d.stats.wordsRemoved, changes: d.stats.changes },
    fallback: d.fallback,
  }
}

const HEADING_LEVELS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
} as const

const revLine = (r: Revision) =>
  `revision ${r.number} (${r.id}, sha-256 ${r.hash.slice(0, 16)}…) by ${r.author.name}, ${r.createdAt.replace('T', ' ').slice(0, 16)} UTC`

/**
 * The redline as a .docx with tracked changes: text the To revision added is a w:ins, text it
 * removed a w:del, both authored by To's author at To's time. docx cannot write w:moveFrom /
 * w:moveTo, so a moved paragraph is a deletion at its old place and an insertion at its new one.
 */
export async function redlineDocx(red: Redline): Promise<Uint8Array> {
  let id = 1
  const author = red.to.author.name
  const date = red.to.createdAt
  const change = () => ({ id: id++, author, date })
  const body: Paragraph[] = red.paragraphs.flatMap((p) => {
    const style: IParagraphOptions =
      p.style === 'normal'
        ? {}
        : p.style === 'quote'
          ? { style: 'Quote' }
          : { heading: HEADING_LEVELS[p.style] }
    const whole: Op | null =
      p.kind === 'inserted' || p.kind === 'moved-to'
        ? 'insert'
        : p.kind === 'deleted' || p.kind === 'moved-from'
          ? 'delete'
          : null
    // A paragraph mark inserted or deleted with the text around it is tracked too.
    const mark = (op: Op | null) =>
      op === 'insert'
        ? { run: { insertion: change() } }
        : op === 'delete'
          ? { run: { deletion: change() } }
          : {}
    const out: Paragraph[] = []
    let children: ParagraphChild[] = []
    for (const x of p.pieces) {
      if (x.text === '\n') {
        out.push(
          new Paragraph({ ...style, ...mark(whole ?? (x.op === 'equal' ? null : x.op)), children }),
        )
        children = []
        continue
      }
      const format = {
        text: x.text,
        italics: Boolean(x.flags & MARK.em) || undefined,
        bold: Boolean(x.flags & MARK.strong) || undefined,
        font: x.flags & MARK.code ? 'Consolas' : undefined,
      }
      children.push(
        x.op === 'insert'
          ? new InsertedTextRun({ ...format, ...change() })
          : x.op === 'delete'
            ? new DeletedTextRun({ ...format, ...change() })
            : new TextRun(format),
      )
    }
    out.push(new Paragraph({ ...style, ...mark(whole), children }))
    return out
  })
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: `Redline — ${red.draft.title}`, bold: true, size: 16 }),
          new TextRun({ text: `From ${revLine(red.from)}`, size: 16, break: 1 }),
          new TextRun({ text: `To ${revLine(red.to)}`, size: 16, break: 1 }),
        ],
      }),
    ],
  })
  const doc = new Document({
    creator: 'Galley',
    title: `Redline: ${red.draft.title}, revision ${red.from.number} → ${red.to.number}`,
    description: `From ${red.from.id} (${red.from.hash}) to ${red.to.id} (${red.to.hash})`,
    styles: DOCX_STYLES,
    features: { trackRevisions: true },
    sections: [{ headers: { default: header }, children: body }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const CSS = `
*{box-sizing:border-box}
body{font:11pt/1.5 Georgia,'Times New Roman',serif;color:#1d1c1a;margin:0;padding:0 0 0 10mm;background:#fff}
header{font:8.5pt/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#3d3a35;border-bottom:1.5px solid #1d1c1a;padding-bottom:6px;margin-bottom:14px}
header h1{font:600 14pt/1.25 system-ui,sans-serif;margin:0 0 4px;color:#1d1c1a}
header .mono{font:8pt ui-monospace,Menlo,Consolas,monospace}
header table{border-collapse:collapse;margin:4px 0}
header td{padding:1px 10px 1px 0;vertical-align:top}
.legend{margin-top:4px}
p,h2,h3,h4,h5,h6,.h1{position:relative;margin:0 0 9px}
.h1{font-size:17pt;font-weight:700}h2{font-size:14pt}h3{font-size:12pt}
.quote{margin-left:8mm;font-style:italic;color:#444}
.bar::before{content:'';position:absolute;left:-7mm;top:2px;bottom:2px;width:2.5pt;background:#1d1c1a}
del{text-decoration:line-through;text-decoration-thickness:1.2px;color:#a3261b}
ins{text-decoration:underline;text-decoration-thickness:1.2px;text-underline-offset:2px;color:#1a5e33}
.move{font:italic 8.5pt system-ui,sans-serif;color:#5b3b8c}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:92%}
@page{size:A4;margin:16mm 14mm 16mm 12mm}
`

function pieceHtml(x: RedlinePiece): string {
  if (x.text === '\n') return '<br>'
  let h = esc(x.text)
  if (x.flags & MARK.code) h = `<code>${h}</code>`
  if (x.flags & MARK.em) h = `<em>${h}</em>`
  if (x.flags & MARK.strong) h = `<strong>${h}</strong>`
  if (x.op === 'insert') return `<ins>${h}</ins>`
  if (x.op === 'delete') return `<del>${h}</del>`
  return h
}

/** The redline as a self-contained HTML page for printing (no scripts, nothing remote). */
export function redlineHtml(red: Redline): string {
  const rows = red.paragraphs
    .map((p) => {
      const tag = p.style === 'normal' || p.style === 'quote' || p.style === 'h1' ? 'p' : p.style
      const changed = p.kind !== 'unchanged'
      const cls = [
        p.style === 'quote' ? 'quote' : '',
        p.style === 'h1' ? 'h1' : '',
        changed ? 'bar' : '',
      ]
        .filter(Boolean)
        .join(' ')
      const move =
        p.movedTo !== null
          ? ` <span class="move">[moved to ¶ ${p.movedTo}]</span>`
          : p.movedFrom !== null
            ? ` <span class="move">[moved from ¶ ${p.movedFrom}]</span>`
            : ''
      // A deletion next to an insertion is kept apart by a space, so their words do not run together.
      const html = p.pieces
        .map((x, i) => {
          const prev = p.pieces[i - 1]
          const gap =
            prev &&
            prev.op !== 'equal' &&
            x.op !== 'equal' &&
            prev.op !== x.op &&
            !/\s$/.test(prev.text) &&
            !/^\s/.test(x.text)
              ? ' '
              : ''
          return gap + pieceHtml(x)
        })
        .join('')
      return `<${tag}${cls ? ` class="${cls}"` : ''}>${html}${move}</${tag}>`
    })
    .join('\n')
  const rev = (label: string, r: Revision) =>
    `<tr><td><b>${label}</b></td><td>Revision ${r.number} · ${esc(r.author.name)} · ${esc(r.createdAt.replace('T', ' ').slice(0, 16))} UTC${r.message ? ` · “${esc(r.message)}”` : ''}<br><span class="mono">id ${esc(r.id)} · sha-256 ${esc(r.hash)}</span></td></tr>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Galley">
<title>Redline — ${esc(red.draft.title)}</title>
<style>${CSS}</style></head>
<body>
<header>
<h1>Redline — ${esc(red.draft.title)}</h1>
<table>${rev('From', red.from)}${rev('To', red.to)}</table>
<div class="legend">${red.stats.changes} change${red.stats.changes === 1 ? '' : 's'}: ${red.stats.added} word${red.stats.added === 1 ? '' : 's'} added, ${red.stats.removed} removed. <del>Deleted</del> · <ins>Inserted</ins> · a bar in the margin marks each changed paragraph.${red.fallback === 'none' ? '' : ' Some long paragraphs were compared whole.'}</div>
</header>
<main>
${rows}
</main>
</body></html>
`
}

/** Two revisions of a draft, by id, with From older than To. */
export function revisionPair(
  library: Library,
  draftId: string,
  fromId: string,
  toId: string,
): { draft: DraftRecord; from: Revision; to: Revision } {
  return library.store.read(draftId, (file) => {
    const from = file.revisions.find((r) => r.id === fromId)
    const to = file.revisions.find((r) => r.id === toId)
    if (!from || !to)
      throw new GalleyError('not-found', 'One of the two revisions is not in this draft.')
    if (from.id === to.id) {
      throw new GalleyError('invalid-input', 'Pick two different revisions to compare.')
    }
    return { draft: { ...file.draft }, from: { ...from }, to: { ...to } }
  })
}

/** The redline of two revisions as .docx, or as HTML for the PDF printer. */
export async function exportRedline(
  library: Library,
  draftId: string,
  fromId: string,
  toId: string,
  format: 'docx' | 'pdf',
  printPdf: (html: string) => Promise<Uint8Array>,
): Promise<ExportedFile> {
  const { draft, from, to } = revisionPair(library, draftId, fromId, toId)
  const red = buildRedline(draft, from, to)
  const base = `${slug(draft.title)}-redline-r${from.number}-r${to.number}`
  if (format === 'docx') {
    return { fileName: `${base}.docx`, mediaType: MEDIA_TYPES.docx, data: await redlineDocx(red) }
  }
  return {
    fileName: `${base}.pdf`,
    mediaType: MEDIA_TYPES.pdf,
    data: await printPdf(redlineHtml(red)),
  }
}
