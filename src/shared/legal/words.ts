import type { Doc, DocParagraph } from '../language/document'
import type { Mention } from '../language/mentions'
import type { Sentence } from '../language/nlp'

/** A word of a sentence: wink's tokens with hyphenated compounds joined ("sleep-tech", "co-owns"). */
export interface Word {
  readonly text: string
  readonly lower: string
  readonly pos: string
  readonly entity: string
  readonly start: number
  readonly end: number
  /** The proper-name mention this word is part of, if any. */
  readonly mention: Mention | null
}

/** A sentence read for disclosures: its words, its paragraph, and its clause segments. */
export interface Clause {
  readonly sentence: Sentence
  readonly paragraph: DocParagraph
  readonly words: readonly Word[]
  readonly segments: readonly Segment[]
}

export type SegmentType = 'main' | 'relative' | 'aside'

/**
 * A stretch of a sentence that states one thing: a main clause (split at semicolons), a
 * relative clause (", which …", ", for whom …", ", whose …"), or an aside in parentheses or
 * dashes. `anchor` is the index of the last word before a relative clause or an aside: what it
 * is about.
 */
export interface Segment {
  readonly from: number
  readonly to: number
  readonly type: SegmentType
  readonly anchor: number
}

const DASHES = new Set(['—', '–', '--'])
const RELATIVES = new Set(['which', 'who', 'whom', 'whose'])

/** The first of `mentions` that covers [start, end), if any. */
function mentionAt(mentions: readonly Mention[], start: number, end: number): Mention | null {
  return mentions.find((m) => m.start <= start && end <= m.end) ?? null
}

/** Joins glued hyphen runs into one word and ties words to the mentions that cover them. */
export function wordsOf(sentence: Sentence, mentions: readonly Mention[]): Word[] {
  const toks = sentence.tokens
  const out: Word[] = []
  let i = 0
  while (i < toks.length) {
    const t = toks[i]
    if (!t) break
    let j = i + 1
    let text = t.text
    let end = t.end
    // "sleep-tech", "co-owns", "reader-supported": a hyphen glued on both sides.
    while (j + 1 < toks.length) {
      const h = toks[j]
      const n = toks[j + 1]
      if (!h || !n || (h.text !== '-' && h.text !== '‑') || h.start !== end || n.start !== h.end)
        break
      if (n.pos === 'PUNCT') break
      text += `-${n.text}`
      end = n.end
      j += 2
    }
    out.push({
      text,
      // "can’t", "doesn’t": wink splits off "n’t" with the apostrophe as typed; the curly one
      // is the same negation as the straight one.
      lower: j > i + 1 ? text.toLowerCase() : t.lower === 'n’t' ? "n't" : t.lower,
      pos: j > i + 1 ? 'NOUN' : t.pos,
      entity: t.entity,
      start: t.start,
      end,
      mention: mentionAt(mentions, t.start, end),
    })
    i = j
  }
  return out
}

const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'yet', 'so', 'whereas'])
const SUBJECT_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN'])

/**
 * Whether the comma at `i` and the conjunction after it start a new main clause: the next word
 * can open a subject (a pronoun, a determiner, a name or a noun), and a verb follows within a
 * few words before any other comma. "…, and funded the trial" (no subject) stays one clause.
 */
function newClause(words: readonly Word[], type: readonly SegmentType[], i: number): boolean {
  if (words[i]?.text !== ',' || !CLAUSE_JOINS.has(words[i + 1]?.lower ?? '')) return false
  const first = words[i + 2]
  if (!first || !SUBJECT_POS.has(first.pos) || type[i + 2] !== 'main') return false
  for (let k = i + 3; k < Math.min(words.length, i + 10); k++) {
    const w = words[k]
    if (!w || w.text === ',' || w.text === ';' || type[k] !== 'main') return false
    if (w.pos === 'AUX' || w.pos === 'VERB') return true
  }
  return false
}

/** Splits a sentence's words into main clauses, relative clauses and asides. */
export function segmentsOf(words: readonly Word[]): Segment[] {
  const type: SegmentType[] = words.map(() => 'main')
  const anchor: number[] = words.map(() => -1)
  const group: number[] = words.map(() => 0)
  let next = 1
  // Asides: "( … )" and "— … —" (a lone dash runs to the end of the sentence).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (!w) continue
    const open = w.text === '(' ? ')' : DASHES.has(w.text) ? 'dash' : null
    if (!open) continue
    let j = i + 1
    while (
      j < words.length &&
      !(open === ')' ? words[j]?.text === ')' : DASHES.has(words[j]?.text ?? ''))
    )
      j++
    const g = next++
    // "the label X—which pays Dr. Y as an ambassador—": a relative clause set off by dashes or
    // brackets is read like one set off by commas.
    const kind: SegmentType = RELATIVES.has(words[i + 1]?.lower ?? '') ? 'relative' : 'aside'
    for (let k = i; k <= Math.min(j, words.length - 1); k++) {
      if (type[k] !== 'main') continue
      type[k] = kind
      anchor[k] = i - 1
      group[k] = g
    }
    i = j
  }
  // Relative clauses: ", which …" / ", for which …" / ", whose …" up to the next comma.
  for (let i = 0; i < words.length; i++) {
    if (words[i]?.text !== ',' || type[i] !== 'main') continue
    const a = words[i + 1]?.lower ?? ''
    const b = words[i + 2]?.lower ?? ''
    const rel = RELATIVES.has(a) ? 1 : words[i + 1]?.pos === 'ADP' && RELATIVES.has(b) ? 2 : 0
    if (!rel) continue
    // An aside inside it ("Pellow, who (again) are paying for this issue, …") is passed over:
    // the relative clause goes on after it.
    let j = i + 1
    while (
      j < words.length &&
      words[j]?.text !== ',' &&
      (type[j] === 'main' || (type[j] === 'aside' && j > i + 1))
    )
      j++
    const g = next++
    for (let k = i + 1; k < j; k++) {
      if (type[k] !== 'main') continue
      type[k] = 'relative'
      anchor[k] = i - 1
      group[k] = g
    }
    i = j - 1
  }
  // Main clauses: split at semicolons, and at a comma and a conjunction that open a clause with
  // a subject of its own ("…since 2021, and her studio's trainers were lent by X").
  let g = next++
  for (let i = 0; i < words.length; i++) {
    if (type[i] !== 'main') continue
    if (words[i]?.text === ';' || newClause(words, type, i)) {
      g = next++
      group[i] = -1
      continue
    }
    group[i] = g
  }
  // Contiguous runs of one group form a segment.
  const out: Segment[] = []
  let i = 0
  while (i < words.length) {
    const gi = group[i] ?? -1
    let j = i + 1
    while (j < words.length && group[j] === gi) j++
    if (gi >= 0) out.push({ from: i, to: j, type: type[i] ?? 'main', anchor: anchor[i] ?? -1 })
    i = j
  }
  return out
}

/** Every sentence of the document with its words and segments (memoised per document). */
const clauseCache = new WeakMap<Doc, Clause[]>()
export function clausesOf(doc: Doc): Clause[] {
  const hit = clauseCache.get(doc)
  if (hit) return hit
  const out: Clause[] = []
  let mi = 0
  for (const p of doc.paragraphs) {
    for (const s of p.sentences) {
      while (mi < doc.mentions.length && (doc.mentions[mi]?.end ?? 0) <= s.start) mi++
      const mine: Mention[] = []
      for (let k = mi; k < doc.mentions.length; k++) {
        const m = doc.mentions[k]
        if (!m || m.start >= s.end) break
        mine.push(m)
      }
      const words = wordsOf(s, mine)
      out.push({ sentence: s, paragraph: p, words, segments: segmentsOf(words) })
    }
  }
  clauseCache.set(doc, out)
  return out
}

/** The clauses whose sentences overlap [start, end), in text order. */
export function clausesIn(doc: Doc, start: number, end: number): Clause[] {
  const clauses = clausesOf(doc)
  let lo = 0
  let hi = clauses.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((clauses[mid]?.sentence.end ?? Infinity) <= start) lo = mid + 1
    else hi = mid
  }
  const out: Clause[] = []
  for (let i = lo; i < clauses.length; i++) {
    const c = clauses[i]
    if (!c || c.sentence.start >= end) break
    out.push(c)
  }
  return out
}

const lowerCache = new WeakMap<readonly Word[], string[]>()

/** The words' lower-case forms (one array per clause, shared by every frame). */
export function lowersOf(words: readonly Word[]): string[] {
  let low = lowerCache.get(words)
  if (!low) {
    low = words.map((w) => w.lower)
    lowerCache.set(words, low)
  }
  return low
}

/** The body offsets a run of words covers. */
export function spanOf(
  words: readonly Word[],
  from: number,
  to: number,
): { start: number; end: number } {
  const a = words[from]
  const b = words[Math.max(from, to - 1)]
  return { start: a?.start ?? 0, end: b?.end ?? a?.end ?? 0 }
}
