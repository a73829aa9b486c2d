// The revision diff as the compare worker sends it to the window. Structured-cloning the
// RevisionDiff of two 200k-word revisions copies some 100,000 small objects, and the texts'
// words twice more (each segment's text, each paragraph's key): 93-234 ms between the worker
// and the window on this 2-core machine (load 6). Packed, its numbers go in one Int32Array (moved, not
// copied) and every string that is a slice of either text goes as where it sits; the window
// rebuilds the very same RevisionDiff from the texts it already has.
import { canonicalForm } from '@shared/diff/engine'
import type {
  Change,
  ChangeKind,
  Op,
  RevisionDiff,
  Row,
  RowKind,
  Segment,
  SegmentOp,
  SubstantiveReason,
} from '@shared/diff'
import type { ParagraphUnit, Span } from '@shared/text'

/** A RevisionDiff packed by `packDiff`; `unpackDiff` with the same two texts gives it back. */
export interface PackedDiff {
  readonly ints: Int32Array
  /** Strings that are no slice of either text (contexts, labels, odd change ids). */
  readonly strings: readonly string[]
  readonly rest: Pick<RevisionDiff, 'stats' | 'fallback' | 'elapsedMs' | 'tail'>
}

const ROW_KINDS: readonly RowKind[] = [
  'unchanged',
  'changed',
  'inserted',
  'deleted',
  'moved-from',
  'moved-to',
]
const SEGMENT_OPS: readonly SegmentOp[] = ['equal', 'delete', 'insert']
const CHANGE_KINDS: readonly ChangeKind[] = ['insert', 'delete', 'replace', 'move']
const REASONS: readonly SubstantiveReason[] = ['number', 'name', 'quote', 'protected']
const TRIVIAL: readonly Change['trivial'][] = [null, 'whitespace', 'punctuation']

// The keys of each object the engine makes, in its order: an engine that makes more (or other)
// than these is sent as it is, not packed. They are checked on the first item of each list
// only (every item would be an Object.keys per row, segment and change of a 200k-word diff):
// the engine's types have no optional field, so each item of a list has its first's keys. An
// engine that adds an optional field must add it here, or a later item's would be lost.
const KEYS = {
  diff: 'oldParagraphs,newParagraphs,rows,changes,ops,stats,fallback,elapsedMs,tail',
  paragraph: 'index,start,contentEnd,end,key',
  row: 'kind,oldIndex,newIndex,old,new,segments,moveId,changeIds',
  segment: 'op,text,oldStart,newStart,changeId',
  change:
    'id,kind,old,new,oldText,newText,oldParagraph,newParagraph,row,context,substantive,reasons,trivial,protectedLabels,parts',
  op: 'oldStart,oldEnd,newStart,newEnd,changeId,row',
  span: 'start,end',
  context: 'before,after',
}

/** Why a diff could not be packed (the worker then sends it whole). */
export class Unpackable extends Error {}

function sameKeys(o: object | null | undefined, keys: string): void {
  if (o && Object.keys(o).join(',') !== keys) throw new Unpackable(`unexpected keys: ${keys}`)
}

function indexOf<T>(list: readonly T[], v: T): number {
  const i = list.indexOf(v)
  if (i < 0) throw new Unpackable(`unexpected value: ${String(v)}`)
  return i
}

const OLD = 0
const NEW = 1
const LITERAL = 2
const CHANGE_ID = /^c[1-9]\d{0,8}$/

class Writer {
  ints = new Int32Array(1 << 16)
  n = 0
  readonly strings: string[] = []
  constructor(
    private readonly a: string,
    private readonly b: string,
  ) {}
  int(v: number): void {
    if (this.n === this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2)
      grown.set(this.ints)
      this.ints = grown
    }
    this.ints[this.n++] = v
  }
  nullable(v: number | null): void {
    this.int(v === null ? -1 : v)
  }
  bool(v: boolean): void {
    this.int(v ? 1 : 0)
  }
  literal(s: string): number {
    this.strings.push(s)
    return this.strings.length - 1
  }
  /** A string: where it sits in the old or new text (near `at`), else as itself. */
  text(s: string, side: typeof OLD | typeof NEW, at: number): void {
    const t = side === OLD ? this.a : this.b
    // (A slice compared is several times faster than startsWith on these two-byte texts.)
    if (at >= 0 && t.slice(at, at + s.length) === s) {
      this.int(side)
      this.int(at)
      this.int(s.length)
    } else {
      this.int(LITERAL)
      this.int(this.literal(s))
      this.int(0)
    }
  }
  id(s: string | null): void {
    if (s === null) this.int(-1)
    else if (CHANGE_ID.test(s)) this.int(Number(s.slice(1)))
    else this.int(-2 - this.literal(s))
  }
  span(s: Span | null): void {
    this.bool(s !== null)
    if (s) {
      this.int(s.start)
      this.int(s.end)
    }
  }
  op(o: Op): void {
    this.int(o.oldStart)
    this.int(o.oldEnd)
    this.int(o.newStart)
    this.int(o.newEnd)
    this.id(o.changeId)
    this.int(o.row)
  }
  paragraphs(list: readonly ParagraphUnit[], side: typeof OLD | typeof NEW): void {
    sameKeys(list[0], KEYS.paragraph)
    this.int(list.length)
    for (const p of list) {
      this.int(p.index)
      this.int(p.start)
      this.int(p.contentEnd)
      this.int(p.end)
      // The key is the content trimmed (contentEnd is already past its trailing space).
      this.text(p.key, side, p.contentEnd - p.key.length)
    }
  }
}

/**
 * Packs `diff`, the diff of `oldText` and `newText`, for `postMessage` (its `ints.buffer` is
 * transferable). Throws Unpackable when the diff holds what this does not know how to pack.
 */
export function packDiff(diff: RevisionDiff, oldText: string, newText: string): PackedDiff {
  sameKeys(diff, KEYS.diff)
  const w = new Writer(canonicalForm(oldText).text, canonicalForm(newText).text)
  w.paragraphs(diff.oldParagraphs, OLD)
  w.paragraphs(diff.newParagraphs, NEW)
  sameKeys(diff.rows[0], KEYS.row)
  sameKeys(diff.rows[0]?.old ?? diff.rows[0]?.new, KEYS.span)
  sameKeys(diff.rows[0]?.segments[0], KEYS.segment)
  sameKeys(diff.ops[0], KEYS.op)
  w.int(diff.rows.length)
  for (const r of diff.rows) {
    w.int(indexOf(ROW_KINDS, r.kind))
    w.nullable(r.oldIndex)
    w.nullable(r.newIndex)
    w.span(r.old)
    w.span(r.new)
    w.int(r.segments.length)
    for (const s of r.segments) {
      w.int(indexOf(SEGMENT_OPS, s.op))
      // What is deleted or equal reads in the old text, what is inserted in the new.
      if (s.op === 'insert') w.text(s.text, NEW, s.newStart)
      else w.text(s.text, OLD, s.oldStart)
      w.int(s.oldStart)
      w.int(s.newStart)
      w.id(s.changeId)
    }
    w.id(r.moveId)
    w.int(r.changeIds.length)
    for (const id of r.changeIds) w.id(id)
  }
  sameKeys(diff.changes[0], KEYS.change)
  sameKeys(diff.changes[0]?.context, KEYS.context)
  sameKeys(diff.changes[0]?.parts[0], KEYS.op)
  sameKeys(diff.changes[0]?.old, KEYS.span)
  w.int(diff.changes.length)
  for (const c of diff.changes) {
    w.id(c.id)
    w.int(indexOf(CHANGE_KINDS, c.kind))
    w.span(c.old)
    w.span(c.new)
    w.text(c.oldText, OLD, c.old.start)
    w.text(c.newText, NEW, c.new.start)
    w.nullable(c.oldParagraph)
    w.nullable(c.newParagraph)
    w.int(c.row)
    w.int(w.literal(c.context.before))
    w.int(w.literal(c.context.after))
    w.bool(c.substantive)
    w.int(c.reasons.length)
    for (const r of c.reasons) w.int(indexOf(REASONS, r))
    w.int(indexOf(TRIVIAL, c.trivial))
    w.int(c.protectedLabels.length)
    for (const l of c.protectedLabels) w.int(w.literal(l))
    w.int(c.parts.length)
    for (const p of c.parts) w.op(p)
  }
  w.int(diff.ops.length)
  for (const o of diff.ops) w.op(o)
  const { stats, fallback, elapsedMs, tail } = diff
  return {
    ints: w.ints.slice(0, w.n),
    strings: w.strings,
    rest: { stats, fallback, elapsedMs, tail },
  }
}

/** The RevisionDiff `packed` was made from, given the same two texts. */
export function unpackDiff(packed: PackedDiff, oldText: string, newText: string): RevisionDiff {
  const { ints, strings } = packed
  const a = canonicalForm(oldText).text
  const b = canonicalForm(newText).text
  let k = 0
  const int = (): number => ints[k++] as number
  const nullable = (): number | null => {
    const v = int()
    return v === -1 ? null : v
  }
  const literal = (i: number): string => strings[i] as string
  const text = (): string => {
    const side = int()
    const at = int()
    const len = int()
    if (side === LITERAL) return literal(at)
    return (side === OLD ? a : b).slice(at, at + len)
  }
  const id = (): string | null => {
    const v = int()
    return v === -1 ? null : v >= 0 ? `c${v}` : literal(-2 - v)
  }
  const span = (): Span | null => {
    if (!int()) return null
    const start = int()
    return { start, end: int() }
  }
  const op = (): Op => {
    const oldStart = int()
    const oldEnd = int()
    const newStart = int()
    const newEnd = int()
    const changeId = id()
    return { oldStart, oldEnd, newStart, newEnd, changeId, row: int() }
  }
  const list = <T>(item: () => T): T[] => {
    const n = int()
    const out = new Array<T>(n)
    for (let i = 0; i < n; i++) out[i] = item()
    return out
  }
  const paragraph = (): ParagraphUnit => {
    const index = int()
    const start = int()
    const contentEnd = int()
    const end = int()
    return { index, start, contentEnd, end, key: text() }
  }
  const oldParagraphs = list(paragraph)
  const newParagraphs = list(paragraph)
  const segment = (): Segment => {
    const op = SEGMENT_OPS[int()] as SegmentOp
    const t = text()
    const oldStart = int()
    const newStart = int()
    return { op, text: t, oldStart, newStart, changeId: id() }
  }
  const rows = list((): Row => ({
    kind: ROW_KINDS[int()] as RowKind,
    oldIndex: nullable(),
    newIndex: nullable(),
    old: span(),
    new: span(),
    segments: list(segment),
    moveId: id(),
    changeIds: list(id) as string[],
  }))
  const changes = list((): Change => ({
    id: id() as string,
    kind: CHANGE_KINDS[int()] as ChangeKind,
    old: span() as Span,
    new: span() as Span,
    oldText: text(),
    newText: text(),
    oldParagraph: nullable(),
    newParagraph: nullable(),
    row: int(),
    context: { before: literal(int()), after: literal(int()) },
    substantive: int() === 1,
    reasons: list(() => REASONS[int()] as SubstantiveReason),
    trivial: TRIVIAL[int()] as Change['trivial'],
    protectedLabels: list(() => literal(int())),
    parts: list(op),
  }))
  const ops = list(op)
  const { stats, fallback, elapsedMs, tail } = packed.rest
  return {
    oldParagraphs,
    newParagraphs,
    rows,
    changes,
    ops,
    stats,
    fallback,
    elapsedMs,
    tail,
  }
}
