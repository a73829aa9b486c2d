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
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
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
  /** For an insertion or deletion: the revision that made it (see `attribute`). */
  readonly by: Revision | null
}

export type BlockStyle = 'normal' | 'quote' | `h${1 | 2 | 3 | 4 | 5 | 6}`

/** One paragraph of the redline, in the new text's reading order. */
export interface RedlineParagraph {
  readonly kind: RowKind
  readonly style: BlockStyle
  readonly pieces: readonly RedlinePiece[]
  /** For a moved paragraph: the paragraph number (1-based) on the other side. */
  readonly movedTo: number | null
  /** The move this paragraph is one side of (moved-from and moved-to rows share it). */
  readonly moveId: string | null
  readonly movedFrom: number | null
}

export interface Redline {
  readonly draft: DraftRecord
  readonly from: Revision
  readonly to: Revision
  readonly paragraphs: readonly RedlineParagraph[]
  /** The revisions whose edits the redline shows, oldest first (From excluded). */
  readonly authors: readonly Revision[]
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
  by: (offset: number) => Revision | null,
): RedlinePiece[] {
  const out: { op: Op; text: string; flags: number; by: Revision | null }[] = []
  const clean = text.replace(/\n+$/, '')
  for (let k = 0; k < clean.length; k++) {
    const who = op === 'equal' ? null : by(start + k)
    if (clean[k] === '\n' && BLOCK_LINE.test(body.slice(start + k + 1, start + k + 12))) {
      out.push({ op, text: '\n', flags: 0, by: who })
      continue
    }
    let f = flags[start + k] ?? 0
    if (f & MARK.hidden) {
      if (!keepSyntax) continue
      f = 0
    }
    const ch = clean[k] === '\n' ? ' ' : (clean[k] as string)
    const last = out.at(-1)
    if (last && last.flags === f && last.by === who && last.text !== '\n') last.text += ch
    else out.push({ op, text: ch, flags: f, by: who })
  }
  return out
}

/**
 * Who made each edit between From and To: the revisions between them are diffed one step at a
 * time (the same engine), carrying every character of To back to the revision that wrote it
 * and every character of From forward to the revision that removed it. A pair compared
 * backwards (To older than From) puts every edit on To.
 */
export function attribute(
  from: Revision,
  to: Revision,
  all: readonly Revision[],
): {
  readonly insertedBy: (toOffset: number) => Revision
  readonly deletedBy: (fromOffset: number) => Revision
  readonly chain: readonly Revision[]
} {
  const steps =
    from.number < to.number
      ? [...all]
          .filter((r) => r.number > from.number && r.number < to.number)
          .sort((a, b) => a.number - b.number)
      : []
  const chain = [from, ...steps, to]
  if (chain.length === 2) return { insertedBy: () => to, deletedBy: () => to, chain: [to] }
  // tags[i]: index in `chain` of the revision that wrote character i of the current text.
  let tags = new Int32Array(from.body.length)
  const fromPos = new Int32Array(from.body.length)
  for (let i = 0; i < fromPos.length; i++) fromPos[i] = i
  const deletedAt = new Int32Array(from.body.length).fill(chain.length - 1)
  for (let s = 1; s < chain.length; s++) {
    const prev = chain[s - 1] as Revision
    const next = chain[s] as Revision
    const d = diffRevisions(prev.body, next.body, RESOLVE_DIFF_OPTIONS)
    const map = new Int32Array(prev.body.length).fill(-1)
    for (const op of d.ops) {
      if (op.changeId !== null) continue
      for (let o = op.oldStart, n = op.newStart; o < op.oldEnd && o < prev.body.length; o++, n++) {
        if (n < next.body.length) map[o] = n
      }
    }
    const nextTags = new Int32Array(next.body.length).fill(s)
    for (let o = 0; o < map.length; o++) {
      const n = map[o] as number
      if (n >= 0) nextTags[n] = tags[o] as number
    }
    tags = nextTags
    for (let c = 0; c < fromPos.length; c++) {
      const p = fromPos[c] as number
      if (p < 0) continue
      const q = map[p] as number
      fromPos[c] = q
      if (q < 0) deletedAt[c] = s
    }
  }
  const at = (i: number) => chain[Math.max(1, i)] as Revision
  return {
    insertedBy: (o) => at(tags[Math.min(o, tags.length - 1)] ?? chain.length - 1),
    deletedBy: (o) => at(deletedAt[Math.min(o, deletedAt.length - 1)] ?? chain.length - 1),
    chain: chain.slice(1),
  }
}

/** The redline model of two revisions of a draft, by the same diff as the compare view. */
export function buildRedline(
  draft: DraftRecord,
  from: Revision,
  to: Revision,
  all: readonly Revision[] = [from, to],
): Redline {
  const d = diffRevisions(from.body, to.body, RESOLVE_DIFF_OPTIONS)
  const who = attribute(from, to, all)
  const ins = (o: number) => who.insertedBy(o)
  const del = (o: number) => who.deletedBy(o)
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
          // A moved paragraph is the move's: the revision that wrote it at its new place.
          all.push(
            ...pieces('insert', s.text, s.newStart, to.body, newFlags, s.op === 'insert', ins),
          )
        }
      } else if (r.kind === 'moved-from') {
        all.push(...pieces('delete', s.text, s.oldStart, from.body, oldFlags, false, del))
      } else if (s.op === 'delete') {
        all.push(...pieces('delete', s.text, s.oldStart, from.body, oldFlags, true, del))
      } else {
        all.push(...pieces(s.op, s.text, s.newStart, to.body, newFlags, s.op === 'insert', ins))
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
      moveId: r.moveId,
      movedTo: r.kind === 'moved-from' && r.moveId ? (moveTarget.get(r.moveId) ?? null) : null,
      movedFrom: r.kind === 'moved-to' && r.moveId ? (moveSource.get(r.moveId) ?? null) : null,
    }
  })
  const used = new Set(
    paragraphs.flatMap((p) => p.pieces.map((x) => x.by)).filter((r): r is Revision => r !== null),
  )
  return {
    draft,
    from,
    to,
    paragraphs,
    authors: who.chain.filter((r) => used.has(r)),
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
  // Changes that are one side of a move, by change id: rewritten as w:moveFrom / w:moveTo below.
  const moves = new Map<number, { name: string; side: 'from' | 'to' }>()
  let move: { name: string; side: 'from' | 'to' } | null = null
  const change = (by: Revision | null = red.to) => {
    const made = { id: id++, author: (by ?? red.to).author.name, date: (by ?? red.to).createdAt }
    if (move) moves.set(made.id, move)
    return made
  }
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
    const mark = (op: Op | null, by: Revision | null) =>
      op === 'insert'
        ? { run: { insertion: change(by) } }
        : op === 'delete'
          ? { run: { deletion: change(by) } }
          : {}
    move =
      p.moveId && (p.kind === 'moved-from' || p.kind === 'moved-to')
        ? { name: `galley-move-${p.moveId}`, side: p.kind === 'moved-from' ? 'from' : 'to' }
        : null
    // A whole paragraph's mark goes to whoever wrote (or removed) its text.
    const owner = p.pieces.find((x) => x.by !== null)?.by ?? null
    const out: Paragraph[] = []
    let children: ParagraphChild[] = []
    for (const x of p.pieces) {
      if (x.text === '\n') {
        out.push(
          new Paragraph({
            ...style,
            ...mark(whole ?? (x.op === 'equal' ? null : x.op), whole ? owner : x.by),
            children,
          }),
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
          ? new InsertedTextRun({ ...format, ...change(x.by) })
          : x.op === 'delete'
            ? new DeletedTextRun({ ...format, ...change(x.by) })
            : new TextRun(format),
      )
    }
    out.push(new Paragraph({ ...style, ...mark(whole, owner), children }))
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
  const packed = new Uint8Array(await Packer.toBuffer(doc))
  return moves.size > 0 ? withMoves(packed, moves, id) : packed
}

/**
 * Word's own moves, which the docx library cannot write: the deletions and insertions of a
 * moved paragraph become w:moveFrom / w:moveTo (deleted text as w:t, as Word writes it inside a
 * move), each side between named range marks, so Word shows "Moved" and accepts both at once.
 */
export function withMoves(
  docx: Uint8Array,
  moves: ReadonlyMap<number, { readonly name: string; readonly side: 'from' | 'to' }>,
  firstFreeId: number,
): Uint8Array {
  const files = unzipSync(docx)
  const part = files['word/document.xml']
  if (!part) return docx
  let xml = strFromU8(part)
  const sideOf = (id: string, tag: string) => {
    const m = moves.get(Number(id))
    return m && (tag === 'del') === (m.side === 'from') ? m : null
  }
  const moveTag = (m: { side: 'from' | 'to' }) => (m.side === 'from' ? 'w:moveFrom' : 'w:moveTo')
  // Paragraph marks first (self-closing, inside w:rPr), then the runs' wrappers.
  xml = xml.replace(
    /<w:(del|ins) w:id="(\d+)"([^>]*?)\/>/g,
    (all, tag: string, id: string, rest: string) => {
      const m = sideOf(id, tag)
      return m ? `<${moveTag(m)} w:id="${id}"${rest}/>` : all
    },
  )
  // Each side of each move, with the author and date its range marks repeat.
  const sides = new Map<string, { name: string; side: 'from' | 'to'; attrs: string }>()
  xml = xml.replace(
    /<w:(del|ins) w:id="(\d+)"([^>]*[^/])>([\s\S]*?)<\/w:\1>/g,
    (all, tag: string, id: string, rest: string, inner: string) => {
      const m = sideOf(id, tag)
      if (!m) return all
      const body = m.side === 'from' ? inner.replace(/<(\/?)w:delText\b/g, '<$1w:t') : inner
      const key = `${m.name}:${m.side}`
      if (!sides.has(key)) sides.set(key, { name: m.name, side: m.side, attrs: rest })
      return `<${moveTag(m)} w:id="${id}"${rest}>${body}</${moveTag(m)}>`
    },
  )
  // Range marks around each side: before its first wrapper, after its last. Their ids are
  // past every change id, so no two marks share one.
  let next = firstFreeId + 1000
  for (const { name, side, attrs } of sides.values()) {
    const tag = side === 'from' ? 'w:moveFrom' : 'w:moveTo'
    const rid = next++
    xml = placeRange(
      xml,
      tag,
      name,
      `<${tag}RangeStart w:id="${rid}" w:name="${name}"${attrs}/>`,
      `<${tag}RangeEnd w:id="${rid}"/>`,
      moves,
    )
  }
  files['word/document.xml'] = strToU8(xml)
  return zipSync(files)
}

/** Puts a move side's range marks before its first wrapper and after its last. */
function placeRange(
  xml: string,
  tag: string,
  name: string,
  startMark: string,
  endMark: string,
  moves: ReadonlyMap<number, { readonly name: string; readonly side: 'from' | 'to' }>,
): string {
  const re = new RegExp(`<${tag} w:id="(\\d+)"[^>]*[^/]>[\\s\\S]*?<\\/${tag}>`, 'g')
  let first = -1
  let lastEnd = -1
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (moves.get(Number(m[1]))?.name !== name) continue
    if (first < 0) first = m.index
    lastEnd = m.index + m[0].length
  }
  if (first < 0) return xml
  return xml.slice(0, first) + startMark + xml.slice(first, lastEnd) + endMark + xml.slice(lastEnd)
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
  const by = x.by ? ` title="revision ${x.by.number}, ${esc(x.by.author.name)}"` : ''
  if (x.op === 'insert') return `<ins${by}>${h}</ins>`
  if (x.op === 'delete') return `<del${by}>${h}</del>`
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
${red.authors.length > 1 || (red.authors[0] && red.authors[0].id !== red.to.id) ? `<div class="legend">Changes made in ${red.authors.map((r) => `revision ${r.number} by ${esc(r.author.name)}`).join(', ')}.</div>` : ''}
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
): { draft: DraftRecord; from: Revision; to: Revision; all: Revision[] } {
  return library.store.read(draftId, (file) => {
    const from = file.revisions.find((r) => r.id === fromId)
    const to = file.revisions.find((r) => r.id === toId)
    if (!from || !to)
      throw new GalleyError('not-found', 'One of the two revisions is not in this draft.')
    if (from.id === to.id) {
      throw new GalleyError('invalid-input', 'Pick two different revisions to compare.')
    }
    // The revisions between them too: each edit is put on the revision that made it.
    const lo = Math.min(from.number, to.number)
    const hi = Math.max(from.number, to.number)
    const all = file.revisions
      .filter((r) => r.number >= lo && r.number <= hi)
      .map((r) => ({ ...r }))
    return { draft: { ...file.draft }, from: { ...from }, to: { ...to }, all }
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
  const { draft, from, to, all } = revisionPair(library, draftId, fromId, toId)
  const red = buildRedline(draft, from, to, all)
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
