import { DOMParser, XMLSerializer } from '@xmldom/xmldom'
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate'

/**
 * What a Word document carries besides its text: comments (with replies) and pending tracked
 * changes. mammoth, which turns the text into HTML, ignores comments and resolves tracked
 * changes on its own, so Galley reads them here from the package's XML: fflate unzips the
 * parts (after `inspectZip` has checked every part's size) and @xmldom/xmldom parses and
 * re-serialises `word/document.xml` without losing anything it does not touch.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml'

export const DOCUMENT_PART = 'word/document.xml'
export const COMMENTS_PART = 'word/comments.xml'
export const COMMENTS_EXTENDED_PART = 'word/commentsExtended.xml'

/** A comments part larger than this is refused: 4 MB is tens of thousands of comments. */
export const COMMENTS_MAX_BYTES = 4 * 1024 * 1024
/** More comments than this in one document is refused (a draft keeps up to 10,000 claims). */
export const COMMENTS_MAX = 5_000
/** Control and direction characters, dropped from comment text (as the importers drop them). */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/** Longest comment text kept (a claim comment's limit). */
const COMMENT_CHARS = 5_000

/** Why the review parts of a package were refused; the importer turns it into a sentence. */
export class WordReviewProblem extends Error {
  constructor(
    readonly kind: 'too-large' | 'damaged',
    readonly part: string,
    detail: string,
  ) {
    super(detail)
  }
}

export interface WordComment {
  /** `w:id` in comments.xml and the ranges of document.xml. */
  readonly id: string
  readonly author: string
  /** ISO time as Word wrote it, or null when it wrote none. */
  readonly date: string | null
  readonly text: string
  /** The comment this one replies to (from commentsExtended.xml), or null. */
  readonly parentId: string | null
  /** Marked done (resolved) in Word. */
  readonly done: boolean
}

export interface TrackedChanges {
  readonly insertions: number
  readonly deletions: number
  readonly moves: number
  /** Formatting-only changes (`w:rPrChange`, `w:pPrChange` and the table, section and numbering kinds). */
  readonly formatting: number
  /** Everyone who made a change, in the order first met. */
  readonly authors: readonly string[]
}

export interface WordPackage {
  readonly files: Unzipped
  readonly document: string
}

type El = Element

function parseXml(part: string, xml: string): Document {
  let problem: string | null = null
  const parser = new DOMParser({
    locator: {},
    errorHandler: {
      warning: () => undefined,
      error: (m: string) => {
        problem ??= m
      },
      fatalError: (m: string) => {
        problem ??= m
      },
    },
  })
  let doc: Document | undefined
  try {
    doc = parser.parseFromString(xml, 'text/xml') as unknown as Document
  } catch (e) {
    problem ??= e instanceof Error ? e.message : String(e)
  }
  if (problem !== null || !doc?.documentElement) {
    const first = String(problem ?? 'it has no root element')
      .replace(/\s+/g, ' ')
      .replace(/^\[xmldom \w+\]\s*/, '')
      .slice(0, 120)
    throw new WordReviewProblem('damaged', part, first)
  }
  return doc
}

/** The package's parts (sizes already checked by `inspectZip`). Null when it has no document part. */
export function openWordPackage(bytes: Uint8Array): WordPackage | null {
  const files = unzipSync(bytes)
  const doc = files[DOCUMENT_PART]
  if (!doc) return null
  return { files, document: strFromU8(doc) }
}

/** Cheap look for anything to do, before any XML is parsed. */
export function hasReview(pkg: WordPackage): { comments: boolean; changes: boolean } {
  return {
    comments: pkg.files[COMMENTS_PART] !== undefined && /<w:commentReference\b/.test(pkg.document),
    changes:
      /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange|tblGridChange|numberingChange)\b/.test(
        pkg.document,
      ),
  }
}

function elements(root: Document | El, ns: string, local: string): El[] {
  return Array.from(root.getElementsByTagNameNS(ns, local) as unknown as ArrayLike<El>)
}

/**
 * Every WordprocessingML element of a document by local name, in document order, in one walk
 * (xmldom's getElementsByTagNameNS walks the whole tree on every call: a dozen calls on a long
 * feature took most of a second).
 */
function byName(doc: Document): Map<string, El[]> {
  // '' holds every one of them, in document order.
  const every: El[] = []
  const out = new Map<string, El[]>([['', every]])
  const stack: Node[] = [doc.documentElement as unknown as Node]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.nodeType !== 1) continue
    const el = node as El
    if (el.namespaceURI === W) {
      const list = out.get(el.localName)
      if (list) list.push(el)
      else out.set(el.localName, [el])
      every.push(el)
    }
    const children = el.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  return out
}

function attr(el: El, ns: string, local: string): string | null {
  const v = el.getAttributeNS(ns, local)
  return v === null || v === '' ? (el.getAttribute(`w:${local}`) ?? null) : v
}

/** A paragraph's text as Word shows it: runs' text, tabs as spaces, breaks as new lines. */
function paragraphText(p: El): string {
  let out = ''
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue
      const el = c as El
      if (el.namespaceURI === W) {
        if (el.localName === 't') out += el.textContent ?? ''
        else if (el.localName === 'tab') out += ' '
        else if (el.localName === 'br' || el.localName === 'cr') out += '\n'
        else walk(el)
      } else walk(el)
    }
  }
  walk(p)
  return out
}

/** Reads `word/comments.xml` (and `commentsExtended.xml` for replies and done marks). */
export function readComments(pkg: WordPackage): WordComment[] {
  const raw = pkg.files[COMMENTS_PART]
  if (!raw) return []
  if (raw.byteLength > COMMENTS_MAX_BYTES) {
    throw new WordReviewProblem(
      'too-large',
      COMMENTS_PART,
      `its comments take ${(raw.byteLength / (1024 * 1024)).toFixed(1)} MB, more than Galley reads (${COMMENTS_MAX_BYTES / (1024 * 1024)} MB)`,
    )
  }
  const doc = parseXml(COMMENTS_PART, strFromU8(raw))
  const nodes = elements(doc, W, 'comment')
  if (nodes.length > COMMENTS_MAX) {
    throw new WordReviewProblem(
      'too-large',
      COMMENTS_PART,
      `it holds ${nodes.length.toLocaleString('en')} comments, more than Galley takes from one document (${COMMENTS_MAX.toLocaleString('en')})`,
    )
  }
  // commentsExtended links a comment's last paragraph (w14:paraId) to its parent's and says done.
  const ext = new Map<string, { parent: string | null; done: boolean }>()
  const extRaw = pkg.files[COMMENTS_EXTENDED_PART]
  if (extRaw && extRaw.byteLength <= COMMENTS_MAX_BYTES) {
    const extDoc = parseXml(COMMENTS_EXTENDED_PART, strFromU8(extRaw))
    for (const e of elements(extDoc, W15, 'commentEx')) {
      const para = e.getAttributeNS(W15, 'paraId') || e.getAttribute('w15:paraId')
      if (!para) continue
      const parent = e.getAttributeNS(W15, 'paraIdParent') || e.getAttribute('w15:paraIdParent')
      const done = (e.getAttributeNS(W15, 'done') || e.getAttribute('w15:done')) === '1'
      ext.set(para, { parent: parent || null, done })
    }
  }
  const byPara = new Map<string, string>()
  const parsed = nodes.map((c) => {
    const id = attr(c, W, 'id') ?? ''
    const paras = elements(c, W, 'p')
    const last = paras[paras.length - 1]
    const paraId = last ? last.getAttributeNS(W14, 'paraId') || last.getAttribute('w14:paraId') : ''
    if (paraId) byPara.set(paraId, id)
    const text = paras
      .map(paragraphText)
      .join('\n')
      .replace(HIDDEN, '')
      .trim()
      .slice(0, COMMENT_CHARS)
    return {
      id,
      paraId: paraId || null,
      text,
      author: attr(c, W, 'author'),
      date: attr(c, W, 'date'),
    }
  })
  return parsed
    .filter((c) => c.id !== '')
    .map((c) => {
      const e = c.paraId ? ext.get(c.paraId) : undefined
      const parent = e?.parent ? (byPara.get(e.parent) ?? null) : null
      const date =
        c.date && !Number.isNaN(Date.parse(c.date)) ? new Date(c.date).toISOString() : null
      return {
        id: c.id,
        author: (c.author ?? '').trim().slice(0, 80) || 'Unknown author',
        date,
        text: c.text,
        parentId: parent === c.id ? null : parent,
        done: e?.done ?? false,
      }
    })
}

export function parseDocument(pkg: WordPackage): Document {
  return parseXml(DOCUMENT_PART, pkg.document)
}

const FORMAT_CHANGES = [
  'rPrChange',
  'pPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'tblGridChange',
  'numberingChange',
]

function childElement(el: El, local: string): El | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as El).localName === local && (c as El).namespaceURI === W)
      return c as El
  }
  return undefined
}

function unwrap(el: El): void {
  const parent = el.parentNode
  if (!parent) return
  while (el.firstChild) parent.insertBefore(el.firstChild, el)
  parent.removeChild(el)
}

function remove(el: El): void {
  el.parentNode?.removeChild(el)
}

function rename(doc: Document, el: El, local: string): void {
  const next = doc.createElementNS(W, `w:${local}`)
  for (const a of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
    next.setAttributeNS(a.namespaceURI, a.name, a.value)
  }
  while (el.firstChild) next.appendChild(el.firstChild)
  el.parentNode?.replaceChild(next, el)
}

/** Counts the pending tracked changes and who made them, without changing anything. */
export function countChanges(doc: Document): TrackedChanges {
  const all = byName(doc)
  const named = (local: string) => all.get(local) ?? []
  const authors: string[] = []
  const counted = new Set(['ins', 'del', 'moveFrom', 'moveTo', ...FORMAT_CHANGES])
  // In document order, so the authors are named as a reader meets their changes.
  const changed = named('').filter((el) => counted.has(el.localName))
  for (const el of changed) {
    const a = (attr(el, W, 'author') ?? '').trim()
    if (a && !authors.includes(a)) authors.push(a)
  }
  // A paragraph break inserted or deleted (w:pPr/w:rPr/w:ins, …/w:del) counts as one too.
  const ins = named('ins')
  const del = named('del')
  const moveFrom = named('moveFrom')
  const moveTo = named('moveTo')
  const format = FORMAT_CHANGES.flatMap(named)
  const moveNames = new Set(named('moveFromRangeStart').map((e) => attr(e, W, 'name') ?? ''))
  return {
    insertions: ins.length,
    deletions: del.length,
    moves: moveNames.size > 0 ? moveNames.size : Math.min(moveFrom.length, moveTo.length),
    formatting: format.length,
    authors,
  }
}

/**
 * Rewrites a parsed document.xml (in place) to one side of its pending changes: `before` keeps
 * deletions and moved-from text and drops insertions and moved-to text; `after` the reverse.
 * Formatting changes keep the formatting as it is now (they are counted, not shown).
 */
export function applyChanges(doc: Document, side: 'before' | 'after'): void {
  const drop = side === 'before' ? ['ins', 'moveTo'] : ['del', 'moveFrom']
  const keep = side === 'before' ? ['del', 'moveFrom'] : ['ins', 'moveTo']
  const all = byName(doc)
  const named = (local: string) => all.get(local) ?? []
  // Rows inserted or deleted as a whole.
  for (const tr of named('tr')) {
    const pr = Array.from(tr.childNodes as unknown as ArrayLike<Node>).find(
      (n) => n.nodeType === 1 && (n as El).localName === 'trPr',
    ) as El | undefined
    if (!pr) continue
    if (elements(pr, W, drop[0] as string).length > 0) remove(tr)
  }
  for (const f of FORMAT_CHANGES) for (const e of named(f)) remove(e)
  // A paragraph break that is not there on this side (deleted, or not yet inserted): the
  // paragraph joins the next one, which keeps its own properties (its mark ends them both).
  const joins = named('p').filter((p) => {
    const pPr = childElement(p, 'pPr')
    const rPr = pPr ? childElement(pPr, 'rPr') : undefined
    return rPr !== undefined && childElement(rPr, side === 'before' ? 'ins' : 'del') !== undefined
  })
  for (const p of joins) {
    let next = p.nextSibling
    while (next && next.nodeType !== 1) next = next.nextSibling
    const into = next as El | null
    if (!into || into.namespaceURI !== W || into.localName !== 'p') continue
    const at = childElement(into, 'pPr')?.nextSibling ?? into.firstChild
    for (const c of Array.from(p.childNodes as unknown as ArrayLike<Node>)) {
      if (c.nodeType === 1 && (c as El).localName === 'pPr') continue
      into.insertBefore(c, at)
    }
    remove(p)
  }
  for (const local of drop) for (const e of named(local)) remove(e)
  for (const local of keep) {
    for (const e of named(local)) {
      // A paragraph mark's (or row's) marker has no content: only the marker goes.
      const parent = e.parentNode as El | null
      if (parent && (parent.localName === 'rPr' || parent.localName === 'trPr')) remove(e)
      else unwrap(e)
    }
  }
  if (side === 'before') {
    for (const e of named('delText')) rename(doc, e, 't')
    for (const e of named('delInstrText')) rename(doc, e, 'instrText')
  }
  for (const local of [
    'moveFromRangeStart',
    'moveFromRangeEnd',
    'moveToRangeStart',
    'moveToRangeEnd',
  ])
    for (const e of named(local)) remove(e)
}

/** Private-use characters that carry a comment's range through mammoth and the Markdown. */
const OPEN = '\uE000'
const CLOSE = '\uE002'
const STOP = '\uE001'
const MARKER = /\uE000(\d{1,9})\uE001|\uE002(\d{1,9})\uE001/g

/**
 * Writes each comment's range into the text itself: its start before the first character it
 * covers and its end after the last, inside those runs (so no formatting is split). A comment
 * with no range (only a reference) covers the text just before its reference.
 */
export function markCommentRanges(doc: Document, ids: ReadonlySet<string>): void {
  type Event = { kind: 't'; el: El } | { kind: 'start' | 'end' | 'ref'; id: string }
  const events: Event[] = []
  const stack: Node[] = [doc.documentElement as unknown as Node]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.nodeType !== 1) continue
    const el = node as El
    if (el.namespaceURI === W) {
      const id = () => attr(el, W, 'id') ?? ''
      if (el.localName === 't') {
        events.push({ kind: 't', el })
        continue
      }
      if (el.localName === 'commentRangeStart') events.push({ kind: 'start', id: id() })
      else if (el.localName === 'commentRangeEnd') events.push({ kind: 'end', id: id() })
      else if (el.localName === 'commentReference') events.push({ kind: 'ref', id: id() })
    }
    const children = el.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  const prefix = new Map<El, string>()
  const suffix = new Map<El, string>()
  const started = new Set<string>()
  const ended = new Set<string>()
  const nextText = (i: number) => {
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j] as Event
      if (e.kind === 't') return e.el
    }
    return null
  }
  const prevText = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      const e = events[j] as Event
      if (e.kind === 't') return e.el
    }
    return null
  }
  const add = (map: Map<El, string>, el: El, mark: string, before: boolean) => {
    const had = map.get(el) ?? ''
    map.set(el, before ? mark + had : had + mark)
  }
  // A range with no text inside it in this version (only deleted text, say) is not marked:
  // it is looked for in the other version.
  const empty = new Set<string>()
  const open = new Map<string, boolean>()
  for (const e of events) {
    if (e.kind === 't') for (const id of open.keys()) open.set(id, true)
    else if (e.kind === 'start' && !open.has(e.id)) open.set(e.id, false)
    else if (e.kind === 'end' && open.has(e.id)) {
      if (open.get(e.id) === false) empty.add(e.id)
      open.delete(e.id)
    }
  }
  events.forEach((e, i) => {
    if (e.kind === 't' || !ids.has(e.id) || empty.has(e.id)) return
    if (e.kind === 'start' && !started.has(e.id)) {
      started.add(e.id)
      const t = nextText(i)
      if (t) add(prefix, t, `${OPEN}${e.id}${STOP}`, false)
      else {
        const p = prevText(i)
        if (p) add(suffix, p, `${OPEN}${e.id}${STOP}`, true)
      }
    } else if ((e.kind === 'end' || (e.kind === 'ref' && !ended.has(e.id))) && !ended.has(e.id)) {
      ended.add(e.id)
      const t = prevText(i)
      if (t) add(suffix, t, `${CLOSE}${e.id}${STOP}`, true)
      else {
        const n = nextText(i)
        if (n) add(prefix, n, `${CLOSE}${e.id}${STOP}`, false)
      }
    }
  })
  for (const el of new Set([...prefix.keys(), ...suffix.keys()])) {
    const text = `${prefix.get(el) ?? ''}${el.textContent ?? ''}${suffix.get(el) ?? ''}`
    while (el.firstChild) el.removeChild(el.firstChild)
    el.appendChild(doc.createTextNode(text))
  }
}

export interface MarkedRange {
  start: number
  end: number
}

/** Takes the markers out of converted text: the text without them and where each range fell. */
export function extractMarkers(text: string): {
  text: string
  ranges: Map<string, { start: number | null; end: number | null }>
} {
  const ranges = new Map<string, { start: number | null; end: number | null }>()
  let out = ''
  let last = 0
  for (const m of text.matchAll(MARKER)) {
    out += text.slice(last, m.index)
    last = m.index + m[0].length
    const id = (m[1] ?? m[2]) as string
    const r = ranges.get(id) ?? { start: null, end: null }
    if (m[1] !== undefined) r.start ??= out.length
    else r.end = out.length
    ranges.set(id, r)
  }
  out += text.slice(last)
  return { text: out, ranges }
}

/** Serialises a rewritten document.xml back into a copy of the package, for mammoth. */
export function repackage(pkg: WordPackage, doc: Document): Uint8Array {
  const xml = new XMLSerializer().serializeToString(doc as unknown as Node)
  const files: Unzipped = { ...pkg.files, [DOCUMENT_PART]: strToU8(xml) }
  // Stored, not deflated: mammoth reads it at once and nothing is written to disk.
  return zipSync(files, { level: 0 })
}

/** Any marker characters left in converted text (a stray one from a damaged range). */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').replace(/[\uE000-\uE002]/g, '')
}
