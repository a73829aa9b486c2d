import { diffArrays, type Change as WordChange } from 'diff'
import { countWords, paragraphUnits, trimmedEnd, type ParagraphUnit } from '../text'
import { dice, shingles, sizesAllow, wordBag } from './similarity'
import { classify } from './substantive'
import { diffWordsExact } from './words'
import type {
  Change,
  ChangeKind,
  DiffOptions,
  Fallback,
  Op,
  RevisionDiff,
  Row,
  RowKind,
  Segment,
  SegmentOp,
} from './types'

/** Mutable while the script is built; frozen into `Op` at the end. */
interface DraftOp {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  readonly edit: boolean
  /** A whole-paragraph edit: deleted, inserted or one side of a move. */
  readonly para: boolean
  /** A non-paragraph edit whose both sides are whitespace only (a separator change). */
  readonly ws: boolean
  readonly move: { readonly key: number; readonly side: 'from' | 'to' } | null
  readonly row: number
  target: DraftOp | null
  changeId: string | null
}

interface DraftSeg {
  readonly op: SegmentOp
  readonly text: string
  readonly oldStart: number
  readonly newStart: number
  readonly owner: DraftOp
}

interface DraftRow {
  readonly kind: RowKind
  readonly oldIndex: number | null
  readonly newIndex: number | null
  readonly segs: DraftSeg[]
  readonly moveKey: number | null
}

type Step =
  | { readonly t: 'eq'; readonly o: number; readonly n: number }
  | { readonly t: 'del'; readonly o: number; move: number | null }
  | { readonly t: 'ins'; readonly n: number; move: number | null }

const now = (): number => performance.now()

/**
 * Compare two revisions: paragraphs aligned first (exact or similar), moves detected among the
 * rest, then a word-level diff inside each changed paragraph, all within a time budget. Every op
 * of the result is exact: applying all changes gives `newText`, none gives `oldText`.
 */
export function diffRevisions(
  oldText: string,
  newText: string,
  options: DiffOptions = {},
): RevisionDiff {
  const t0 = now()
  const a = canonicalForm(oldText)
  const b = canonicalForm(newText)
  const d = diffCanonical(a.text, b.text, options, t0)
  // Back to the real texts: ranges past a body's end only covered the virtual separator.
  const clampOld = (x: number): number => Math.min(x, a.body)
  const clampNew = (x: number): number => Math.min(x, b.body)
  const changes: Change[] = d.changes.map((c) => {
    const old = { start: clampOld(c.old.start), end: clampOld(c.old.end) }
    const nw = { start: clampNew(c.new.start), end: clampNew(c.new.end) }
    return {
      ...c,
      old,
      new: nw,
      oldText: oldText.slice(old.start, old.end),
      newText: newText.slice(nw.start, nw.end),
      parts: c.parts.map((p) => ({
        ...p,
        oldStart: clampOld(p.oldStart),
        oldEnd: clampOld(p.oldEnd),
        newStart: clampNew(p.newStart),
        newEnd: clampNew(p.newEnd),
      })),
    }
  })
  const tailOld = oldText.slice(a.body)
  const tailNew = newText.slice(b.body)
  let tailId: string | null = null
  if (tailOld !== tailNew) {
    tailId = `c${changes.length + 1}`
    const op: Op = {
      oldStart: a.body,
      oldEnd: oldText.length,
      newStart: b.body,
      newEnd: newText.length,
      changeId: tailId,
      row: Math.max(0, d.rows.length - 1),
    }
    changes.push({
      id: tailId,
      kind: 'replace',
      old: { start: a.body, end: oldText.length },
      new: { start: b.body, end: newText.length },
      oldText: tailOld,
      newText: tailNew,
      oldParagraph: d.oldParagraphs.length ? d.oldParagraphs.length - 1 : null,
      newParagraph: d.newParagraphs.length ? d.newParagraphs.length - 1 : null,
      row: op.row,
      context: contextOf(oldText, a.body, oldText.length),
      substantive: false,
      reasons: [],
      trivial: 'whitespace',
      protectedLabels: [],
      parts: [op],
    })
  }
  return {
    ...d,
    changes,
    tail: { old: tailOld, new: tailNew, changeId: tailId },
    stats: { ...d.stats, changes: changes.length },
    elapsedMs: now() - t0,
  }
}

const BLANK_LINE = '\n\n'

/**
 * The text the engine diffs: its trailing whitespace (the tail) replaced by one blank line, so
 * that every paragraph, the last included, carries its own separator and no decision can glue
 * two paragraphs together. Identical to the real text up to `body`.
 */
export function canonicalForm(text: string): { text: string; body: number } {
  const body = trimmedEnd(text, 0, text.length)
  return { text: body === 0 ? '' : text.slice(0, body) + BLANK_LINE, body }
}

function diffCanonical(
  oldText: string,
  newText: string,
  options: DiffOptions,
  t0: number,
): Omit<RevisionDiff, 'tail'> {
  const deadline = t0 + (options.timeoutMs ?? 200)
  const remaining = (): number => deadline - now()
  const similarity = options.similarity ?? 0.5
  const moveSimilarity = options.moveSimilarity ?? 0.8
  const oldP = paragraphUnits(oldText)
  const newP = paragraphUnits(newText)

  const ids = new Map<string, number>()
  const intern = (p: ParagraphUnit): number => {
    let id = ids.get(p.key)
    if (id === undefined) ids.set(p.key, (id = ids.size))
    return id
  }
  const oldKey = oldP.map(intern)
  const newKey = newP.map(intern)
  const oldSh: (Int32Array | undefined)[] = []
  const newSh: (Int32Array | undefined)[] = []
  const oldShingles = (i: number): Int32Array =>
    (oldSh[i] ??= shingles((oldP[i] as ParagraphUnit).key))
  const newShingles = (j: number): Int32Array =>
    (newSh[j] ??= shingles((newP[j] as ParagraphUnit).key))
  const score = (i: number, j: number, threshold: number): boolean => {
    if (oldKey[i] === newKey[j]) return true
    const a = oldShingles(i)
    const b = newShingles(j)
    return sizesAllow(a.length, b.length, threshold) && dice(a, b) >= threshold
  }

  let fallback: Fallback = 'none'
  const steps = align(oldP.length, newP.length, score, similarity, remaining())
  if (!steps.aligned) fallback = 'paragraphs'
  else {
    detectMoves(steps.list, oldKey, newKey, oldP, newP, score, moveSimilarity, remaining)
    // Looser than the alignment: a quarter of shared word pairs, or for short paragraphs
    // (where one new word breaks most pairs) a third of shared words.
    steps.list = pairInPlace(steps.list, (i, j) => {
      if (score(i, j, 0.25)) return true
      const a = wordBag((oldP[i] as ParagraphUnit).key)
      const b = wordBag((newP[j] as ParagraphUnit).key)
      return Math.min(a.length, b.length) <= 8 && dice(a, b) >= 0.3
    })
  }

  // Build the edit script row by row; both cursors only grow.
  const ops: DraftOp[] = []
  const rows: DraftRow[] = []
  let o = 0
  let n = 0
  const addOp = (
    oldLen: number,
    newLen: number,
    edit: boolean,
    extra: { para?: boolean; ws?: boolean; move?: DraftOp['move'] } = {},
  ): DraftOp => {
    const op: DraftOp = {
      oldStart: o,
      oldEnd: o + oldLen,
      newStart: n,
      newEnd: n + newLen,
      edit,
      para: extra.para ?? false,
      ws: extra.ws ?? false,
      move: extra.move ?? null,
      row: rows.length,
      target: null,
      changeId: null,
    }
    o += oldLen
    n += newLen
    ops.push(op)
    return op
  }

  for (const step of steps.list) {
    if (step.t === 'eq') {
      const op = oldP[step.o] as ParagraphUnit
      const np = newP[step.n] as ParagraphUnit
      const segs: DraftSeg[] = []
      if (oldText.slice(op.start, op.end) === newText.slice(np.start, np.end)) {
        const eq = addOp(op.end - op.start, np.end - np.start, false)
        segs.push({
          op: 'equal',
          text: oldText.slice(op.start, op.end),
          oldStart: eq.oldStart,
          newStart: eq.newStart,
          owner: eq,
        })
        rows.push({ kind: 'unchanged', oldIndex: step.o, newIndex: step.n, segs, moveKey: null })
        continue
      }
      const oc = oldText.slice(op.start, op.contentEnd)
      const nc = newText.slice(np.start, np.contentEnd)
      if (oc === nc) {
        const eq = addOp(oc.length, nc.length, false)
        if (oc)
          segs.push({
            op: 'equal',
            text: oc,
            oldStart: eq.oldStart,
            newStart: eq.newStart,
            owner: eq,
          })
      } else {
        // Diff only the middle: a one-word edit then costs a few tokens, not the paragraph.
        const [pre, suf] = commonEdges(oc, nc)
        const om = oc.slice(pre, oc.length - suf)
        const nm = nc.slice(pre, nc.length - suf)
        if (pre > 0) {
          const eq = addOp(pre, pre, false)
          segs.push({
            op: 'equal',
            text: oc.slice(0, pre),
            oldStart: eq.oldStart,
            newStart: eq.newStart,
            owner: eq,
          })
        }
        const left = remaining()
        const words =
          left > 0 ? diffWordsExact(om, nm, { timeoutMs: Math.max(1, left) }) : undefined
        if (words) wordOps(words, segs, addOp)
        else {
          fallback = 'words'
          const ed = addOp(om.length, nm.length, true)
          if (om)
            segs.push({
              op: 'delete',
              text: om,
              oldStart: ed.oldStart,
              newStart: ed.newStart,
              owner: ed,
            })
          if (nm)
            segs.push({
              op: 'insert',
              text: nm,
              oldStart: ed.oldEnd,
              newStart: ed.newStart,
              owner: ed,
            })
        }
        if (suf > 0) {
          const eq = addOp(suf, suf, false)
          segs.push({
            op: 'equal',
            text: oc.slice(oc.length - suf),
            oldStart: eq.oldStart,
            newStart: eq.newStart,
            owner: eq,
          })
        }
      }
      const os = oldText.slice(op.contentEnd, op.end)
      const ns = newText.slice(np.contentEnd, np.end)
      if (os === ns) {
        if (os) {
          const eq = addOp(os.length, ns.length, false)
          segs.push({
            op: 'equal',
            text: os,
            oldStart: eq.oldStart,
            newStart: eq.newStart,
            owner: eq,
          })
        }
      } else {
        const ed = addOp(os.length, ns.length, true, { ws: true })
        if (os)
          segs.push({
            op: 'delete',
            text: os,
            oldStart: ed.oldStart,
            newStart: ed.newStart,
            owner: ed,
          })
        if (ns)
          segs.push({
            op: 'insert',
            text: ns,
            oldStart: ed.oldEnd,
            newStart: ed.newStart,
            owner: ed,
          })
      }
      rows.push({ kind: 'changed', oldIndex: step.o, newIndex: step.n, segs, moveKey: null })
    } else if (step.t === 'del') {
      const p = oldP[step.o] as ParagraphUnit
      const move = step.move === null ? null : { key: step.move, side: 'from' as const }
      const ed = addOp(p.end - p.start, 0, true, { para: true, move })
      const text = oldText.slice(p.start, p.end)
      rows.push({
        kind: move ? 'moved-from' : 'deleted',
        oldIndex: step.o,
        newIndex: null,
        segs: [{ op: 'delete', text, oldStart: ed.oldStart, newStart: ed.newStart, owner: ed }],
        moveKey: step.move,
      })
    } else {
      const p = newP[step.n] as ParagraphUnit
      const move = step.move === null ? null : { key: step.move, side: 'to' as const }
      const ed = addOp(0, p.end - p.start, true, { para: true, move })
      const text = newText.slice(p.start, p.end)
      rows.push({
        kind: move ? 'moved-to' : 'inserted',
        oldIndex: null,
        newIndex: step.n,
        segs: [{ op: 'insert', text, oldStart: ed.oldStart, newStart: ed.newStart, owner: ed }],
        moveKey: step.move,
      })
    }
  }

  const merged = mergeSeparators(ops)
  const changes = buildChanges(merged, rows, oldP, newP, oldText, newText, options)
  const finalOps: Op[] = merged.map((d) => ({
    oldStart: d.oldStart,
    oldEnd: d.oldEnd,
    newStart: d.newStart,
    newEnd: d.newEnd,
    changeId: d.changeId,
    row: d.row,
  }))
  const finalRows = finishRows(rows, oldP, newP, oldText, newText, changes)
  let wordsAdded = 0
  let wordsRemoved = 0
  for (const r of finalRows) {
    if (r.kind === 'moved-from' || r.kind === 'unchanged') continue
    for (const s of r.segments) {
      if (s.op === 'insert') wordsAdded += countWords(s.text)
      else if (s.op === 'delete') wordsRemoved += countWords(s.text)
    }
  }
  return {
    oldParagraphs: oldP,
    newParagraphs: newP,
    rows: finalRows,
    changes,
    ops: finalOps,
    stats: {
      wordsAdded,
      wordsRemoved,
      changes: changes.length,
      substantive: changes.filter((c) => c.substantive).length,
    },
    fallback,
    elapsedMs: now() - t0,
  }
}

/** Myers over paragraphs where "equal" means similar; on timeout, everything is replaced. */
function align(
  oldCount: number,
  newCount: number,
  score: (i: number, j: number, threshold: number) => boolean,
  similarity: number,
  budget: number,
): { aligned: boolean; list: Step[] } {
  // Old items are i ≥ 0, new items are ~j < 0, so the comparator never mixes up its arguments.
  const oldItems = Array.from({ length: oldCount }, (_, i) => i)
  const newItems = Array.from({ length: newCount }, (_, j) => ~j)
  const result =
    budget > 0
      ? diffArrays(oldItems, newItems, {
          comparator: (a: number, b: number) =>
            a >= 0 ? score(a, ~b, similarity) : score(b, ~a, similarity),
          timeout: Math.max(1, budget),
        })
      : undefined
  const list: Step[] = []
  if (!result) {
    for (let i = 0; i < oldCount; i++) list.push({ t: 'del', o: i, move: null })
    for (let j = 0; j < newCount; j++) list.push({ t: 'ins', n: j, move: null })
    return { aligned: false, list }
  }
  let i = 0
  let j = 0
  for (const part of result) {
    for (let k = 0; k < part.count; k++) {
      if (part.added) list.push({ t: 'ins', n: j++, move: null })
      else if (part.removed) list.push({ t: 'del', o: i++, move: null })
      else list.push({ t: 'eq', o: i++, n: j++ })
    }
  }
  return { aligned: true, list }
}

/** Pair deleted and inserted paragraphs with the same text (then near-identical ones) as moves. */
function detectMoves(
  list: Step[],
  oldKey: readonly number[],
  newKey: readonly number[],
  oldP: readonly ParagraphUnit[],
  newP: readonly ParagraphUnit[],
  score: (i: number, j: number, threshold: number) => boolean,
  moveSimilarity: number,
  remaining: () => number,
): void {
  const dels = list.filter((s): s is Extract<Step, { t: 'del' }> => s.t === 'del')
  const inss = list.filter((s): s is Extract<Step, { t: 'ins' }> => s.t === 'ins')
  if (dels.length === 0 || inss.length === 0) return
  let next = 0
  const byKey = new Map<number, Extract<Step, { t: 'del' }>[]>()
  for (const d of dels) {
    if ((oldP[d.o] as ParagraphUnit).key === '') continue
    const k = oldKey[d.o] as number
    const q = byKey.get(k)
    if (q) q.push(d)
    else byKey.set(k, [d])
  }
  for (const ins of inss) {
    const d = byKey.get(newKey[ins.n] as number)?.shift()
    if (d) d.move = ins.move = next++
  }
  const freeDels = dels.filter((d) => d.move === null && (oldP[d.o] as ParagraphUnit).key !== '')
  const freeIns = inss.filter((s) => s.move === null && (newP[s.n] as ParagraphUnit).key !== '')
  // Near-identical pairs cost a comparison each: only when the candidates are few.
  if (freeDels.length * freeIns.length > 40_000) return
  for (const ins of freeIns) {
    if (remaining() <= 0) return
    const d = freeDels.find((c) => c.move === null && score(c.o, ins.n, moveSimilarity))
    if (d) d.move = ins.move = next++
  }
}

/**
 * Between two aligned paragraphs, a deletion and an insertion that still share many words (a
 * short paragraph with one word changed) are one changed paragraph, paired in order.
 */
function pairInPlace(list: readonly Step[], close: (i: number, j: number) => boolean): Step[] {
  type Del = Extract<Step, { t: 'del' }>
  type Ins = Extract<Step, { t: 'ins' }>
  const out: Step[] = []
  for (let k = 0; k < list.length;) {
    if ((list[k] as Step).t === 'eq') {
      out.push(list[k++] as Step)
      continue
    }
    let end = k
    while (end < list.length && (list[end] as Step).t !== 'eq') end++
    const block = list.slice(k, end)
    k = end
    const dels = block.filter((s): s is Del => s.t === 'del')
    const inss = block.filter((s): s is Ins => s.t === 'ins')
    // Greedy and monotone: each deletion takes the first close insertion a few places ahead.
    const partner = new Map<Step, Step>()
    let j = 0
    for (const d of dels) {
      if (d.move !== null) continue
      for (let x = j, seen = 0; x < inss.length && seen < 8; x++) {
        const s = inss[x] as Ins
        if (s.move !== null) continue
        seen++
        if (close(d.o, s.n)) {
          partner.set(d, s).set(s, d)
          j = x + 1
          break
        }
      }
    }
    // Merge both sides in order; a pair becomes one changed row where both heads meet.
    let a = 0
    let b = 0
    while (a < dels.length || b < inss.length) {
      const d = dels[a]
      const s = inss[b]
      if (d && !partner.has(d)) {
        out.push(d)
        a++
      } else if (s && !partner.has(s)) {
        out.push(s)
        b++
      } else if (d && s) {
        out.push({ t: 'eq', o: d.o, n: s.n })
        a++
        b++
      } else break
    }
  }
  return out
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0

/**
 * Lengths of a common prefix and suffix of two different strings, each cut where whitespace
 * meets a word, so that the word diff tokenises the middle exactly as it would the whole.
 */
export function commonEdges(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length)
  let p = 0
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++
  let pre = 0
  for (let i = Math.min(p, max - 1); i > 0; i--) {
    if (isSpace(a.charCodeAt(i - 1)) && !isSpace(a.charCodeAt(i)) && !isSpace(b.charCodeAt(i))) {
      pre = i
      break
    }
  }
  let s = 0
  while (s < max - pre && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++
  for (let k = s; k > 0; k--) {
    const ai = a.length - k
    const bi = b.length - k
    if (ai - 1 < pre || bi - 1 < pre) continue
    if (
      isSpace(a.charCodeAt(ai)) &&
      !isSpace(a.charCodeAt(ai - 1)) &&
      !isSpace(b.charCodeAt(bi - 1))
    )
      return [pre, k]
  }
  return [pre, 0]
}

function wordOps(
  words: readonly WordChange[],
  segs: DraftSeg[],
  addOp: (oldLen: number, newLen: number, edit: boolean) => DraftOp,
): void {
  for (let k = 0; k < words.length;) {
    const w = words[k] as WordChange
    if (!w.added && !w.removed) {
      const eq = addOp(w.value.length, w.value.length, false)
      segs.push({
        op: 'equal',
        text: w.value,
        oldStart: eq.oldStart,
        newStart: eq.newStart,
        owner: eq,
      })
      k++
      continue
    }
    let del = ''
    let ins = ''
    let end = k
    for (
      ;
      end < words.length &&
      ((words[end] as WordChange).added || (words[end] as WordChange).removed);
      end++
    ) {
      const c = words[end] as WordChange
      if (c.added) ins += c.value
      else del += c.value
    }
    const ed = addOp(del.length, ins.length, true)
    if (del)
      segs.push({
        op: 'delete',
        text: del,
        oldStart: ed.oldStart,
        newStart: ed.newStart,
        owner: ed,
      })
    if (ins)
      segs.push({ op: 'insert', text: ins, oldStart: ed.oldEnd, newStart: ed.newStart, owner: ed })
    k = end
  }
}

/**
 * Fold a separator-only edit into the whole-paragraph edit beside it, so that accepting or
 * rejecting an inserted, deleted or moved paragraph also takes its blank line with it and no
 * decision can glue two paragraphs together.
 */
function mergeSeparators(ops: readonly DraftOp[]): DraftOp[] {
  const out: DraftOp[] = []
  const absorb = (into: DraftOp, from: DraftOp): void => {
    into.oldStart = Math.min(into.oldStart, from.oldStart)
    into.oldEnd = Math.max(into.oldEnd, from.oldEnd)
    into.newStart = Math.min(into.newStart, from.newStart)
    into.newEnd = Math.max(into.newEnd, from.newEnd)
    from.target = into
  }
  for (const op of ops) {
    if (op.oldStart === op.oldEnd && op.newStart === op.newEnd) continue
    const last = out[out.length - 1]
    if (last && op.edit && last.edit) {
      if (op.ws && !op.para && last.para) {
        absorb(last, op)
        continue
      }
      if (op.para && last.ws && !last.para) {
        out.pop()
        absorb(op, last)
      }
    }
    out.push(op)
  }
  let k = 0
  const moveIds = new Map<number, string>()
  for (const op of out) {
    if (!op.edit) continue
    if (op.move) {
      let id = moveIds.get(op.move.key)
      if (!id) moveIds.set(op.move.key, (id = `c${++k}`))
      op.changeId = id
    } else op.changeId = `c${++k}`
  }
  return out
}

const resolve = (op: DraftOp): DraftOp => (op.target ? resolve(op.target) : op)

function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  const cut = (s: string): string => s.split(/\n\s*\n/).pop() ?? ''
  const before = cut(text.slice(Math.max(0, start - 80), start))
    .split(/\s+/)
    .filter(Boolean)
  const afterText = text.slice(end, end + 80).split(/\n\s*\n/)[0] ?? ''
  const after = afterText.split(/\s+/).filter(Boolean)
  return { before: before.slice(-5).join(' '), after: after.slice(0, 5).join(' ') }
}

function kindOf(oldText: string, newText: string): ChangeKind {
  if (newText.trim() === '' && oldText.trim() !== '') return 'delete'
  if (oldText.trim() === '' && newText.trim() !== '') return 'insert'
  return 'replace'
}

function buildChanges(
  ops: readonly DraftOp[],
  rows: readonly DraftRow[],
  oldP: readonly ParagraphUnit[],
  newP: readonly ParagraphUnit[],
  oldText: string,
  newText: string,
  options: DiffOptions,
): Change[] {
  const byId = new Map<string, DraftOp[]>()
  for (const op of ops) {
    if (!op.changeId) continue
    const list = byId.get(op.changeId)
    if (list) list.push(op)
    else byId.set(op.changeId, [op])
  }
  const protectedRanges = options.protectedRanges ?? []
  const out: Change[] = []
  for (const [id, parts] of byId) {
    const first = parts[0] as DraftOp
    const frozen: Op[] = parts.map((d) => ({
      oldStart: d.oldStart,
      oldEnd: d.oldEnd,
      newStart: d.newStart,
      newEnd: d.newEnd,
      changeId: id,
      row: d.row,
    }))
    if (first.move) {
      const from = parts.find((p) => p.move?.side === 'from') as DraftOp
      const to = parts.find((p) => p.move?.side === 'to') as DraftOp
      const fromRow = rows[from.row] as DraftRow
      const toRow = rows[to.row] as DraftRow
      const src = oldP[fromRow.oldIndex as number] as ParagraphUnit
      const dst = newP[toRow.newIndex as number] as ParagraphUnit
      const old = { start: src.start, end: src.end }
      const nw = { start: dst.start, end: dst.end }
      const oldSlice = oldText.slice(old.start, old.end)
      const newSlice = newText.slice(nw.start, nw.end)
      const cls = classify(
        { text: src.key === dst.key ? '' : oldSlice, full: oldText, range: old },
        { text: src.key === dst.key ? '' : newSlice, full: newText, range: nw },
        protectedRanges,
      )
      out.push({
        id,
        kind: 'move',
        old,
        new: nw,
        oldText: oldSlice,
        newText: newSlice,
        oldParagraph: fromRow.oldIndex,
        newParagraph: toRow.newIndex,
        row: to.row,
        context: contextOf(oldText, old.start, old.end),
        substantive: cls.substantive,
        reasons: cls.reasons,
        trivial: null,
        protectedLabels: cls.protectedLabels,
        parts: frozen,
      })
      continue
    }
    const old = { start: first.oldStart, end: first.oldEnd }
    const nw = { start: first.newStart, end: first.newEnd }
    const oldSlice = oldText.slice(old.start, old.end)
    const newSlice = newText.slice(nw.start, nw.end)
    const cls = classify(
      { text: oldSlice, full: oldText, range: old },
      { text: newSlice, full: newText, range: nw },
      protectedRanges,
    )
    const row = rows[first.row] as DraftRow
    out.push({
      id,
      kind: kindOf(oldSlice, newSlice),
      old,
      new: nw,
      oldText: oldSlice,
      newText: newSlice,
      oldParagraph: row.oldIndex,
      newParagraph: row.newIndex,
      row: first.row,
      context: contextOf(oldText, old.start, old.end),
      substantive: cls.substantive,
      reasons: cls.reasons,
      trivial: cls.trivial,
      protectedLabels: cls.protectedLabels,
      parts: frozen,
    })
  }
  return out
}

function finishRows(
  rows: readonly DraftRow[],
  oldP: readonly ParagraphUnit[],
  newP: readonly ParagraphUnit[],
  oldText: string,
  newText: string,
  changes: readonly Change[],
): Row[] {
  const moveIdOf = new Map<number, string>()
  for (const r of rows) {
    if (r.moveKey === null) continue
    const id = resolve(r.segs[0]?.owner as DraftOp).changeId
    if (id) moveIdOf.set(r.moveKey, id)
  }
  const byId = new Map(changes.map((c) => [c.id, c]))
  return rows.map((r) => {
    const p = r.oldIndex === null ? null : (oldP[r.oldIndex] as ParagraphUnit)
    const q = r.newIndex === null ? null : (newP[r.newIndex] as ParagraphUnit)
    const moveId = r.moveKey === null ? null : (moveIdOf.get(r.moveKey) ?? null)
    let segments: Segment[]
    if (r.kind === 'moved-to' && moveId) {
      // Show the moved paragraph's own edits against its source.
      const src = byId.get(moveId)
      const from = src ? oldText.slice(src.old.start, src.old.end) : ''
      const to = newText.slice((q as ParagraphUnit).start, (q as ParagraphUnit).end)
      segments = innerSegments(from, to, src?.old.start ?? 0, (q as ParagraphUnit).start, moveId)
    } else {
      segments = r.segs.map((s) => ({
        op: s.op,
        text: s.text,
        oldStart: s.oldStart,
        newStart: s.newStart,
        changeId: moveId ?? (s.op === 'equal' ? null : resolve(s.owner).changeId),
      }))
    }
    const changeIds = [...new Set(segments.map((s) => s.changeId).filter((c): c is string => !!c))]
    return {
      kind: r.kind,
      oldIndex: r.oldIndex,
      newIndex: r.newIndex,
      old: p ? { start: p.start, end: p.end } : null,
      new: q ? { start: q.start, end: q.end } : null,
      segments,
      moveId,
      changeIds,
    }
  })
}

function innerSegments(
  from: string,
  to: string,
  oldBase: number,
  newBase: number,
  id: string,
): Segment[] {
  if (from === to)
    return [{ op: 'equal', text: to, oldStart: oldBase, newStart: newBase, changeId: id }]
  const words = diffWordsExact(from, to, { timeoutMs: 20 }) ?? [
    { value: from, added: false, removed: true, count: 1 },
    { value: to, added: true, removed: false, count: 1 },
  ]
  const out: Segment[] = []
  let o = oldBase
  let n = newBase
  for (const w of words) {
    const op: SegmentOp = w.added ? 'insert' : w.removed ? 'delete' : 'equal'
    out.push({ op, text: w.value, oldStart: o, newStart: n, changeId: id })
    if (op !== 'insert') o += w.value.length
    if (op !== 'delete') n += w.value.length
  }
  return out
}
