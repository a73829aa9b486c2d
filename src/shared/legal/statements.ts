import type { DisclosureKind } from './domain'
import { readFunding } from './research'
import { authorOf, clearlyPerson, quoteAt, speakerAt, type SlotContext } from './slots'
import { ownerOf } from '../language/reference'
import { sameName } from '../text'
import { clausesOf, lowersOf, spanOf, type Clause, type Segment, type Word } from './words'
import { CONTENT_NOUNS, NEGATION } from './lexicon'
import { statement, type Found, type Statement } from './frame'
import { giftFrame, thanksFrame } from './gifts'
import { hashtags, labelOf } from './labels'
import { affiliateFrame, otherFrame, sponsorFrame } from './notices'
import { tieFrame } from './ties'
import {
  denialFrame,
  keptNothingFrame,
  ownAccountFrame,
  ownViewsFrame,
  selfPurchaseFrame,
} from './denials'

export type { Statement } from './frame'

/**
 * Reads a document for disclosure statements: every sentence is split into clauses, each clause
 * goes through the frames (research funding, a person's tie, a gift, an affiliate notice, a
 * sponsorship, a no-influence statement), and labels and hashtags are read on their own.
 */

/** Trims a span of words to what it states: no edge commas, dashes or brackets. */
function trimWords(c: Clause, from: number, to: number): { start: number; end: number } {
  let a = from
  let b = to
  const edge = (w: Word | undefined) => !!w && /^[,;:—–()\-“”"‘’']$/.test(w.text)
  // A clause split off after ", and" states its own thing: the conjunction is not part of it.
  while (a < b && (edge(c.words[a]) || (a === from && JOINS.has(c.words[a]?.lower ?? '')))) a++
  while (b > a && edge(c.words[b - 1])) b--
  return spanOf(c.words, a, b)
}

const PRIORITY: readonly DisclosureKind[] = [
  'material-connection',
  'gifted-product',
  'affiliate',
  'sponsored',
  'other',
]

const JOINS = new Set(['but', 'and', 'though', 'although', 'while', 'yet', 'whereas'])

/** The part of a segment before its first negation, when a conjunction sets it apart. */
function beforeDenial(c: Clause, seg: Segment): Segment | null {
  const low = lowersOf(c.words)
  let neg = -1
  for (let k = seg.from; k < seg.to; k++)
    if (NEGATION.has(low[k] ?? '') || low[k] === 'nothing') {
      neg = k
      break
    }
  if (neg < 0) return null
  for (let k = neg - 1; k > seg.from + 2; k--) if (JOINS.has(low[k] ?? '')) return { ...seg, to: k }
  return null
}

/** Joins that set a stated tie against a denied one: "has no shares in X but is paid by X". */
const CONTRASTS = new Set(['but', 'though', 'although', 'yet', 'whereas'])

/**
 * The part of a segment after its denial, when a contrasting conjunction sets it apart and it
 * denies nothing itself: "who has no shares in X but is paid to advise X" still states the fee.
 */
function afterDenial(c: Clause, seg: Segment): Segment | null {
  const low = lowersOf(c.words)
  const neg = (k: number) => NEGATION.has(low[k] ?? '') || low[k] === 'nothing'
  let k = seg.from
  while (k < seg.to && !neg(k)) k++
  if (k >= seg.to) return null
  while (k < seg.to && !CONTRASTS.has(low[k] ?? '')) k++
  if (k >= seg.to - 2) return null
  for (let j = k + 1; j < seg.to; j++) if (neg(j)) return null
  return { ...seg, from: k + 1 }
}

/** Words after a denial that name the brand denied: "but is paid to advise it", "the company". */
const SAME_BRAND = new Set(['it', 'them', 'company', 'brand', 'firm', 'maker', 'manufacturer'])

/**
 * The tie the part after a denial states, when that part names the brand itself (by name, "it",
 * "the company"): "has no shares in X but is paid to advise X". "… though she has advised its
 * rivals" names other companies, no tie to X.
 */
function tailTie(ctx: SlotContext, c: Clause, tail: Segment): Found | null {
  const tie = tieFrame(ctx, c, tail)
  if (!tie) return null
  const names = new Set(tie.brandNames.map((b) => b.toLowerCase()))
  for (let k = tail.from; k < tail.to; k++) {
    const w = c.words[k]
    if (!w) continue
    if (w.mention && names.has(w.mention.name.toLowerCase())) return tie
    if (SAME_BRAND.has(w.lower) && c.words[k - 1]?.lower !== 'its') return tie
  }
  return null
}

/**
 * Where the words of a labelled paragraph's first sentence begin: after a speaker's label and
 * its marks ("**WREN:** ", "NINA: "); the sentence's own start when the paragraph has no label.
 */
function labelEnd(ctx: SlotContext, c: Clause): number {
  const p = c.paragraph
  if (!p.setting.label || c.sentence.start > p.start + p.setting.label.length + 8) return -1
  const head = ctx.doc.body.slice(p.start, c.sentence.end)
  const m = /^\s*(?:\*\*|__|\*|_)?[^*_\n:]{1,60}?[:.]?\s*(?:\*\*|__|\*|_)?[:.]?\s+/.exec(head)
  return m ? p.start + m[0].length : -1
}

/**
 * Lines that introduce the disclosure right after them, in the same paragraph, are one
 * disclosure with it: a sponsor read that announces the sponsor without naming it ("a quick
 * word from this week's sponsor. This episode is sponsored by X"), and "X is reader-supported"
 * before an affiliate notice (the readers' support is the commission on what they buy: "X is
 * reader-supported. When you buy through our links, we may earn a commission").
 */
function sponsorReads(ctx: SlotContext, out: Statement[]): Statement[] {
  const merged: Statement[] = []
  for (const s of out) {
    const prev = merged.at(-1)
    const read =
      prev?.kind === 'sponsored' &&
      s.kind === 'sponsored' &&
      prev.brandNames.length === 0 &&
      s.form === 'statement'
    const support = prev?.keeps && s.kind === 'affiliate'
    if (
      prev &&
      (read || support) &&
      prev.paragraph === s.paragraph &&
      prev.end <= s.start &&
      /^[\s”"’)]*$/.test(ctx.doc.body.slice(prev.end, s.start))
    ) {
      merged[merged.length - 1] = { ...s, start: prev.start }
      continue
    }
    merged.push(s)
  }
  return merged
}

/** Verbs of giving money or help, with no object: "no company contributed". */
const CONTRIBUTED = new Set(['contributed', 'contributes', 'chipped', 'paid', 'pitched'])

/**
 * Whether the segment is a negated subject and a bare verb of contributing: "no streaming
 * service or label contributed", "none of the makers paid", "nobody else chipped in".
 */
function noneContributed(c: Clause, seg: Segment): boolean {
  const low = lowersOf(c.words)
  let n = seg.from
  while (n < seg.to && JOINS.has(low[n] ?? '')) n++
  if (!['no', 'none', 'nobody', 'neither'].includes(low[n] ?? '')) return false
  for (let k = n + 1; k < Math.min(seg.to, n + 9); k++) {
    if (!CONTRIBUTED.has(low[k] ?? '')) continue
    const rest = low.slice(k + 1, seg.to).filter((x) => !/^[.,;!)]$/.test(x))
    return rest.length === 0 || (rest.length <= 2 && ['in', 'anything'].includes(rest[0] ?? ''))
  }
  return false
}

/** Whether one of `brands` is named after the segment's first "by" (who funds, not who is funded). */
function funderNamed(c: Clause, seg: Segment, brands: readonly string[]): boolean {
  const by = c.words.findIndex((w, k) => k >= seg.from && k < seg.to && w.lower === 'by')
  if (by < 0) return false
  return c.words.some(
    (w, k) => k > by && k < seg.to && !!w.mention && brands.includes(w.mention.name),
  )
}

/** Verbs of backing or supporting, which also mean agreeing ("the figures back you up"). */
const BACK_VERBS = new Set(['back', 'backs', 'backed', 'backing'])

/**
 * Whether the segment's backing verb is the phrasal "back … up" (to agree with or stand by
 * someone: "research backs you up", "her partner backed her up"), which funds nothing; "up to"
 * an amount ("backed the trial up to £50,000") is how much, and stays funding.
 */
function backsUp(c: Clause, seg: Segment): boolean {
  const low = lowersOf(c.words)
  for (let k = seg.from; k < seg.to; k++) {
    if (!BACK_VERBS.has(low[k] ?? '')) continue
    const rest = low.slice(k + 1, Math.min(seg.to, k + 5))
    const up = rest.indexOf('up')
    // "backed the study up to £50,000": "up to" an amount is how much, not the particle.
    const amount = rest[up + 1] === 'to' && /^(?:[£$€]|\d)/.test(low[k + 1 + up + 2] ?? '')
    if (up >= 0 && !amount && !rest.slice(0, up).some((x) => x === 'by' || x === ',')) return true
  }
  return false
}

const PERSON_PRONOUNS = new Set(['i', 'my', 'me', 'she', 'he', 'her', 'his', 'him', 'we', 'our'])

/** Whether a word's mention names `name`: itself, what it refers to, or its last word ("Oduya"). */
function namedBy(ctx: SlotContext, w: Word, name: string): boolean {
  const m = w.mention
  if (!m) return false
  const full = ownerOf(ctx.doc, m)?.name ?? m.name
  return (
    sameName(m.name, name) ||
    sameName(full, name) ||
    name.toLowerCase().endsWith(` ${m.name.toLowerCase()}`)
  )
}

/** Whether the clause names `name` by a mention that is surely a person's (see clearlyPerson). */
function surelyPerson(ctx: SlotContext, c: Clause, name: string): boolean {
  if (ctx.people.some((p) => sameName(p, name))) return true
  // A tie stated of a pronoun ("she has a paid partnership with X") is a person's.
  if (c.words.some((w) => PERSON_PRONOUNS.has(w.lower))) return true
  // "Oduya, who has a paid partnership with X, …": a relative "who" on the name.
  if (
    c.words.some(
      (w, k) =>
        (w.lower === 'who' || w.lower === 'whose') &&
        c.words[k - 1]?.text === ',' &&
        !!c.words[k - 2]?.mention &&
        namedBy(ctx, c.words[k - 2] as Word, name),
    )
  )
    return true
  return c.words.some(
    (w) =>
      !!w.mention &&
      (sameName(w.mention.name, name) || sameName(ownerOf(ctx.doc, w.mention)?.name ?? '', name)) &&
      clearlyPerson(ctx, w.mention),
  )
}

/** The frames that read one segment, most specific first. */
function readSegment(ctx: SlotContext, c: Clause, seg: Segment): Found[] {
  const out: Found[] = []
  const funding = backsUp(c, seg) ? null : readFunding(ctx, c, seg)
  const research = funding?.research ?? null
  if (research)
    out.push({
      kind: 'material-connection',
      wording: 'clear',
      brandNames: [research.funder],
      people: [],
      research,
    })
  const other = otherFrame(ctx, c, seg)
  if (other?.ownership) return [other]
  // A denied relation ("has no ties to any brand", "was not sponsored by X") is an independence
  // statement: no tie, gift or sponsorship is read from its words. The writer's own purchase
  // ("we bought them at full price") is one too, and no affiliate notice.
  const denial = other ? null : denialFrame(ctx, c, seg)
  const bought =
    other || denial
      ? null
      : (selfPurchaseFrame(ctx, c, seg) ??
        ownViewsFrame(ctx, c, seg) ??
        ownAccountFrame(ctx, c, seg) ??
        keptNothingFrame(ctx, c, seg))
  // What a clause states before its denial, joined by "but" or "and", still counts: "Ruiz
  // advises Orvo but has no stake in it".
  const head = denial ? beforeDenial(c, seg) : seg
  const tail = other || denial ? afterDenial(c, seg) : null
  if (!research && (head || tail)) {
    const tie = (head ? tieFrame(ctx, c, head) : null) ?? (tail ? tailTie(ctx, c, tail) : null)
    if (tie) out.push(tie)
    // A thank-you that names what was given is still only a thank-you.
    const g = head ? (thanksFrame(ctx, c, head) ?? giftFrame(ctx, c, head)) : null
    if (g && !out.some((f) => f.kind === g.kind)) out.push(g)
  }
  const aff = bought ? null : affiliateFrame(ctx, c, seg)
  if (aff && !out.some((f) => f.kind === aff.kind)) out.push(aff)
  // Public funding of research ("The trial was sponsored by the X Foundation") is no
  // sponsorship of the piece; a credit for the coverage ("Our coverage … is funded by …") is.
  const coverage = lowersOf(c.words)
    .slice(seg.from, seg.to)
    .some((w) => CONTENT_NOUNS.has(w))
  // Who keeps the publication ("X is funded by its readers") names no sponsor; a funder named
  // beside them, after the "by" ("funded by readers and by a grant from Y"), still is one.
  const credit = research || !head || (funding && !coverage) ? null : sponsorFrame(ctx, c, head)
  const sp = other?.keeps && !(credit && funderNamed(c, seg, credit.brandNames)) ? null : credit
  if (sp) {
    // "The post is labelled “Paid partnership with X”": the label read as a sponsorship is no
    // person's tie as well, unless the tie's person is surely one (a title, a gender, the
    // register: "Ana Ruiz is in a paid partnership with X" keeps both).
    const tie = out.findIndex(
      (f) =>
        f.kind === 'material-connection' &&
        !f.research &&
        f.brandNames.some((b) => sp.brandNames.includes(b)) &&
        !f.people.some((p) => surelyPerson(ctx, c, p)),
    )
    if (tie >= 0) out.splice(tie, 1)
    // "This episode is supported by X, makers of …": a credit for the piece, not a gift.
    const gift = out.findIndex((f) => f.kind === 'gifted-product' && f.wording === 'clear')
    if (gift >= 0 && sp.brandNames.some((b) => out[gift]?.brandNames.includes(b)))
      out.splice(gift, 1)
    out.push(sp)
  }
  // Public or independent funding of research, said so: an `other` disclosure, unless the
  // sentence is a credit for the coverage ("Our coverage … is funded by the X Foundation").
  const publicFunding: Found | null =
    funding && !research && !sp
      ? { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
      : null
  const independence = other ?? denial ?? bought ?? publicFunding
  if (independence && (out.length === 0 || !other)) out.push(independence)
  return out.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))
}

export interface ReadOptions {
  /** Brand names the caller knows (relations), for a label that is a brand name alone. */
  readonly knownBrands?: readonly string[]
}

/**
 * What one clause's (or one paragraph label's) reading looked at of the parts of the context a
 * second reading changes: the brand keys it asked about, whether it went through all of them,
 * and whether it asked for the lead or main brand.
 */
interface Reads {
  readonly keys: Set<string>
  all: boolean
  lead: boolean
}

/** The brand keys as a reading sees them, noting what it asks (see Reads). */
class TrackedKeys implements ReadonlySet<string> {
  constructor(
    private readonly known: ReadonlySet<string>,
    private readonly reads: Reads,
  ) {}
  has(key: string): boolean {
    this.reads.keys.add(key)
    return this.known.has(key)
  }
  get size(): number {
    this.reads.all = true
    return this.known.size
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    this.reads.all = true
    this.known.forEach((v) => fn(v, v, this))
  }
  entries(): SetIterator<[string, string]> {
    this.reads.all = true
    return this.known.entries()
  }
  keys(): SetIterator<string> {
    this.reads.all = true
    return this.known.keys()
  }
  values(): SetIterator<string> {
    this.reads.all = true
    return this.known.values()
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.values()
  }
}

const BASE = Symbol('context')
const READS = Symbol('reads')
type TrackedContext = SlotContext & { [BASE]: SlotContext; [READS]: Reads }

/** The lead and main brand of a tracked context: read through, noting the reading. */
const TRACKED = {
  get leadBrand(): string | null {
    const self = this as unknown as TrackedContext
    self[READS].lead = true
    return self[BASE].leadBrand
  },
  get mainBrand(): string | null | undefined {
    const self = this as unknown as TrackedContext
    self[READS].lead = true
    return self[BASE].mainBrand
  },
}

/**
 * The context as one reading sees it, noting what it reads of what may change (see Reads). Its
 * own fields are plain ones and the two brands getters of a shared prototype: an object literal
 * with getters of its own was slow to make (once per clause) and slow to read (every frame reads
 * the context many times), about ten times slower than this in a micro-benchmark.
 */
function tracked(ctx: SlotContext, reads: Reads): SlotContext {
  const t = Object.create(TRACKED) as Record<string | symbol, unknown>
  for (const k of Object.keys(ctx))
    if (k !== 'leadBrand' && k !== 'mainBrand')
      t[k] = (ctx as unknown as Record<string, unknown>)[k]
  t.brandKeys = new TrackedKeys(ctx.brandKeys, reads)
  t[BASE] = ctx
  t[READS] = reads
  return t as unknown as SlotContext
}

/**
 * The statements of one reading, clause by clause and label by label, with what each read: a
 * second reading with more brand keys or a lead brand (readStatements' `earlier`) reads again
 * only the clauses whose answer could change, and takes the others as they were.
 */
export interface Reading {
  readonly statements: Statement[]
  readonly brandKeys: ReadonlySet<string>
  readonly labels: Map<number, { readonly found: Statement | null; readonly reads: Reads }>
  readonly clauses: Map<Clause, { readonly found: Statement[]; readonly reads: Reads }>
}

/** Whether a part read in `earlier` reads the same now: nothing it looked at has changed. */
function unchanged(reads: Reads, before: ReadonlySet<string>, now: ReadonlySet<string>): boolean {
  if (reads.all || reads.lead) return false
  for (const k of reads.keys) if (before.has(k) !== now.has(k)) return false
  return true
}

/** Every statement one clause makes (see readStatements). */
function clauseStatements(ctx: SlotContext, c: Clause, labelled: boolean): Statement[] {
  const out: Statement[] = [...hashtags(ctx, c)]
  if (labelled) return out
  const speaker = quoteAt(ctx, c.sentence.start)?.speaker ?? speakerAt(ctx, c.sentence.start)
  const found = c.segments.map((seg) => ({ seg, found: readSegment(ctx, c, seg) }))
  // Who owns the publication: the whole sentence is that statement.
  if (found.some((f) => f.found.some((x) => x.ownership))) {
    out.push(
      statement(
        trimWords(c, 0, c.words.length),
        c.paragraph,
        { kind: 'other', wording: 'clear', brandNames: [], people: [] },
        'statement',
        speaker,
      ),
    )
    return out
  }
  // Clauses joined by a semicolon: a no-influence clause is part of the notice beside it.
  const bounds = found.map((f) => ({ from: f.seg.from, to: f.seg.to }))
  // "The survey was funded by X; no drug company contributed": a clause that denies a
  // contribution says what kind only through the funding clause beside it (an ellipsis of
  // "contributed funding"). Beside public funding (an `other` qualifier) the two are one
  // statement; beside a brand's funding it is a no-funding statement of its own.
  found.forEach((cur, k) => {
    if (cur.found.length || cur.seg.type !== 'main' || !noneContributed(c, cur.seg)) return
    for (const j of [k - 1, k + 1]) {
      const o = found[j]
      const b = bounds[j]
      if (!o || !b || !o.found.some((f) => f.research || f.qualifier)) continue
      if (o.found.length === 1 && o.found[0]?.kind === 'other') {
        b.from = Math.min(b.from, cur.seg.from)
        b.to = Math.max(b.to, cur.seg.to)
      } else cur.found = [{ kind: 'other', wording: 'clear', brandNames: [], people: [] }]
      return
    }
  })
  found.forEach((cur, k) => {
    if (cur.seg.type !== 'main' || !cur.found.some((f) => f.kind !== 'other')) return
    for (const j of [k - 1, k + 1]) {
      const o = found[j]
      const b = bounds[k]
      if (!o || !b || o.seg.type !== 'main' || o.found.length !== 1 || !o.found[0]?.qualifier)
        continue
      b.from = Math.min(b.from, o.seg.from)
      b.to = Math.max(b.to, o.seg.to)
      o.found = []
    }
  })
  // "I bank with X, which pays us nothing": a note of the writer's own and a relative clause on
  // it that is one too are one statement.
  found.forEach((cur, k) => {
    const b = bounds[k]
    if (!b || cur.seg.type !== 'main' || !cur.found.some((f) => f.account)) return
    const o = found[k + 1]
    if (!o || o.seg.type !== 'relative' || !o.found.length) return
    if (o.seg.anchor < cur.seg.from || o.seg.anchor >= cur.seg.to) return
    if (!o.found.every((f) => f.kind === 'other')) return
    b.to = Math.max(b.to, o.seg.to)
    o.found = []
  })
  const label = labelEnd(ctx, c)
  found.forEach((cur, k) => {
    const b = bounds[k]
    if (!b) return
    for (const f of cur.found) {
      const span = trimWords(c, f.from ?? b.from, f.to ?? b.to)
      // "**WREN:** Before we start, …": the speaker's label is not what the speaker says.
      if (span.start < label) span.start = Math.min(span.end, label)
      if (span.end > span.start)
        out.push(statement(span, c.paragraph, f, 'statement', speaker, !!quoteAt(ctx, span.start)))
    }
  })
  return out
}

/**
 * Every disclosure statement of the document, in text order: labels, hashtags, and sentences
 * (or clauses) whose meaning is an affiliate notice, a sponsorship, a person's tie to a brand,
 * a gift or loan, research a brand paid for, or a no-influence or ownership statement.
 */
export function readStatements(ctx: SlotContext, opts: ReadOptions = {}): Statement[] {
  return readingOf(ctx, opts).statements
}

/**
 * readStatements, kept clause by clause: given an `earlier` reading of the same document, only
 * what its changed brand keys or lead brand can change is read again; the answer is the same as
 * reading everything (a second reading in analyseDisclosures re-read every clause of a long
 * draft before).
 */
export function readingOf(ctx: SlotContext, opts: ReadOptions = {}, earlier?: Reading): Reading {
  const reading: Reading = {
    statements: [],
    brandKeys: ctx.brandKeys,
    labels: new Map(),
    clauses: new Map(),
  }
  const out = reading.statements
  const same = (reads: Reads) => !!earlier && unchanged(reads, earlier.brandKeys, ctx.brandKeys)
  const labelled = new Set<number>()
  for (const p of ctx.doc.paragraphs) {
    const before = earlier?.labels.get(p.index)
    let entry = before && same(before.reads) ? before : undefined
    if (!entry) {
      const reads: Reads = { keys: new Set(), all: false, lead: false }
      entry = { found: labelOf(tracked(ctx, reads), p, opts.knownBrands ?? []), reads }
    }
    reading.labels.set(p.index, entry)
    if (entry.found) {
      out.push(entry.found)
      labelled.add(p.index)
    }
  }
  for (const c of clausesOf(ctx.doc)) {
    const isLabelled = labelled.has(c.paragraph.index)
    const before = earlier?.clauses.get(c)
    // A clause whose paragraph became (or stopped being) a label reads differently: again.
    const wasLabelled = earlier ? !!earlier.labels.get(c.paragraph.index)?.found : isLabelled
    let entry = before && wasLabelled === isLabelled && same(before.reads) ? before : undefined
    if (!entry) {
      const reads: Reads = { keys: new Set(), all: false, lead: false }
      entry = { found: clauseStatements(tracked(ctx, reads), c, isLabelled), reads }
    }
    reading.clauses.set(c, entry)
    out.push(...entry.found)
  }
  out.push(...declared(ctx, labelled, out))
  out.push(...writersPlaces(ctx, labelled, out))
  out.push(...ownPlaces(ctx, labelled, out))
  out.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))
  const merged = sponsorReads(ctx, out)
  out.splice(0, out.length, ...merged)
  return reading
}

/**
 * The first clause of each sentence in the given paragraphs that no statement found so far
 * covers: where the readings below look for what the frames did not read.
 */
function unreadSentences(
  ctx: SlotContext,
  paragraphs: ReadonlySet<number>,
  found: readonly Statement[],
): Clause[] {
  const out: Clause[] = []
  const seen = new Set<unknown>()
  const covered = coverage(found)
  for (const c of clausesOf(ctx.doc)) {
    if (!paragraphs.has(c.paragraph.index) || seen.has(c.sentence)) continue
    seen.add(c.sentence)
    const { start, end } = c.sentence
    if (!covered(start, end)) out.push(c)
  }
  return out
}

/**
 * Whether any of `spans` overlaps [start, end): the spans sorted by start once, with the
 * furthest end among the first k, so each question is a binary search, not a pass over every
 * statement of the document for every sentence.
 */
function coverage(spans: readonly { start: number; end: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const s of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, s.end))
  return (start: number, end: number): boolean => {
    // The spans that start before `end`: sorted[0 .. lo).
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid]?.start ?? Infinity) < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && (reach[lo - 1] ?? -Infinity) > start
  }
}

/** An `other` statement (a disclosure that names no paid tie) over a span of a clause's paragraph. */
const otherStatement = (span: { start: number; end: number }, c: Clause, speaker: string | null) =>
  statement(
    span,
    c.paragraph,
    { kind: 'other', wording: 'clear', brandNames: [], people: [] },
    'statement',
    speaker,
  )

/** Words that say someone holds a place in a body: "a volunteer member of", "serves on". */
const PLACE_IN_BODY =
  /\b(?:members?|trustees?|governors?|board|volunteers?|volunteering|fellow|chairs?|chairwoman|chairman|belongs?\s+to|sits?\s+on|serves?\s+on|seat\s+on)\b/i

/** The writer named by role: "The author has been a member of …". */
const THE_WRITER = /\b(?:the|this)\s+(?:author|writer|reporter|columnist)\b/i

/** The writer's distance from what the piece covers: "She had no role in the campaign". */
const NO_PART = /\b(?:no|not)\s+(?:a\s+)?(?:role|part|say|involvement|stake|involved|connection)\b/i

/**
 * The writer's place in a body, said in the bio at the foot of the piece ("She is a volunteer
 * member of the district's parent advisory council, which has not taken a position"): a
 * disclosure (other) when no frame read it as a paid tie. Only the writer the byline names,
 * only in one of the last three paragraphs that names them, and only a sentence whose subject
 * is the writer (the name, or "she"/"he"/"they" after it).
 */
function writersPlaces(
  ctx: SlotContext,
  labelled: ReadonlySet<number>,
  found: readonly Statement[],
): Statement[] {
  const writer = authorOf(ctx.doc)
  if (!writer) return []
  const surname = writer.split(/\s+/).at(-1) ?? writer
  const last = ctx.doc.paragraphs.slice(-3)
  const bios = new Set(
    last
      .filter(
        (p) =>
          !labelled.has(p.index) &&
          p.role !== 'byline' &&
          (p.text.includes(surname) || THE_WRITER.test(p.text)),
      )
      .map((p) => p.index),
  )
  if (bios.size === 0) return []
  const out: Statement[] = []
  for (const c of unreadSentences(ctx, bios, found)) {
    const { start, end } = c.sentence
    if (quoteAt(ctx, start)) continue
    const text = ctx.doc.body.slice(start, end)
    const lead = text.replace(/^[\s*_]+/, '')
    const aboutWriter =
      lead.startsWith(writer) ||
      lead.startsWith(surname) ||
      new RegExp(`^${THE_WRITER.source}`, 'i').test(lead) ||
      (/^(?:she|he|they)\b/i.test(lead) &&
        THE_WRITER.test(ctx.doc.body.slice(c.paragraph.start, start))) ||
      (/^(?:she|he|they)\b/i.test(lead) &&
        ctx.doc.body.slice(c.paragraph.start, start).includes(surname))
    if (!aboutWriter || !(PLACE_IN_BODY.test(text) || NO_PART.test(text))) continue
    out.push(placeStatement(trimmedSpan(start, text), c, text, writer))
  }
  return out
}

/**
 * A side taken by the body someone holds a place in: "which has publicly backed the bypass", "which opposes the scheme", "which campaigned for the bypass". The place is then an
 * interest in what the piece argues about, a material connection, not only a fact of a bio.
 */
const SIDE_TAKEN =
  /\b(?:backed|backs|backing|opposes|opposed|opposing|lobbied|lobbies|lobbying|endorsed|endorses|objected|objects\s+to|campaign(?:s|ed|ing)?\s+(?:for|against)|(?:has\s+)?called\s+for|publicly\s+support(?:s|ed)?|support(?:s|ed)?\s+the\s+(?:plans?|proposals?|scheme|bid|campaign|project|levy|motion|application|development))\b/i

/** An `other` or, when the body takes a side, a `material-connection` statement of a place. */
function placeStatement(
  span: { start: number; end: number },
  c: Clause,
  text: string,
  writer: string | null,
): Statement {
  if (!SIDE_TAKEN.test(text) || NO_PART.test(text)) return otherStatement(span, c, null)
  return statement(
    span,
    c.paragraph,
    {
      kind: 'material-connection',
      wording: 'clear',
      brandNames: [],
      people: writer ? [writer] : [],
    },
    'statement',
    null,
  )
}

/** Where an "I" that opens a clause stands: "For the record, I …", "since 2021 I …", "and I …". */
const I_OPENS = /(?:^|[,;:—–]\s*|\band\s+|\b(?:since|for)\s+[\w\s]{1,20}?\s)I/g

/** The words a board, committee or council is named by after "on the …": "on the parish council". */
const ON_BODY = String.raw`on\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:board|committee|council|panel|trust|executive|forum)\b`

/**
 * The "I" of a clause holding a place in a body as its own predicate: "I have been a trustee of
 * …", "I'm a member of …", "I am an unpaid governor of …", "I'm on the committee of …", "since
 * 2024 I have sat on the parish council", "I chair the X Association", "I volunteer at …". The place
 * is the complement of the "I" with no other verb between them, so "I was at the meeting when
 * members of X walked out" and "I also met board members of Y" hold none.
 */
const I_HOLDS = new RegExp(
  String.raw`(?:\s+(?:also|still|currently|now|myself))?` +
    String.raw`(?:(?:(?:'ve|’ve|\s+have|\s+had)\s+(?:also\s+|long\s+)?been|'m|’m|\s+(?:am|was|remain|became))(?:,(?:\s+[\w'’-]+){1,8},)?\s+(?:also\s+|still\s+|currently\s+|now\s+|long\s+)?` +
    String.raw`(?:(?:(?:an?|the|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,3}?)?(?:members?\s+of|trustees?\b|governors?\b|board\s+members?\b|volunteers?\s+(?:at|for|with)|fellow\s+of|chair(?:woman|man)?\s+of)|${ON_BODY})` +
    String.raw`|(?:\s+(?:have|had)|'ve|’ve)?\s+(?:sit|serve|sat|served)\s+${ON_BODY}` +
    String.raw`|\s+chair(?:ed)?\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:association|society|trust|board|committee|council|group|campaign|club|forum|federation|union|network|alliance|foundation)\b` +
    String.raw`|\s+volunteer(?:ed)?\s+(?:at|for|with)\b)`,
  'iy',
)

/** Whether a sentence's "I" holds a place in a body named after it. */
function holdsPlace(ctx: SlotContext, text: string, start: number, end: number): boolean {
  for (const i of text.matchAll(I_OPENS)) {
    I_HOLDS.lastIndex = i.index + i[0].length
    if (!I_HOLDS.test(text)) continue
    const from = start + i.index
    if (ctx.doc.mentions.some((m) => m.start >= from && m.end <= end)) return true
  }
  return false
}

/** A sentence's span without its leading spaces and emphasis marks, nor its trailing ones. */
function trimmedSpan(start: number, text: string): { start: number; end: number } {
  const lead = text.replace(/^[\s*_]+/, '')
  return {
    start: start + (text.length - lead.length),
    end: start + text.trimEnd().replace(/[*_]+$/, '').length,
  }
}

/**
 * The writer's own place in a body, said in the first person anywhere in the piece's own
 * words ("For the record, I am a governor of X, which opposes the closure."): a disclosure, `other` unless the body
 * takes a side in what the piece argues about. Only a sentence of the writer's narration (not a
 * quote, not an interview answer) whose "I" holds the place, and only when no frame read it.
 */
function ownPlaces(
  ctx: SlotContext,
  labelled: ReadonlySet<number>,
  found: readonly Statement[],
): Statement[] {
  const writer = authorOf(ctx.doc)
  const own = new Set(
    ctx.doc.paragraphs
      .filter((p) => !labelled.has(p.index) && (p.role === 'body' || p.role === 'standfirst'))
      .map((p) => p.index),
  )
  const out: Statement[] = []
  for (const c of unreadSentences(ctx, own, found)) {
    const { start, end } = c.sentence
    if (quoteAt(ctx, start) || speakerAt(ctx, start)) continue
    const text = ctx.doc.body.slice(start, end)
    if (!holdsPlace(ctx, text, start, end)) continue
    out.push(placeStatement(trimmedSpan(start, text), c, text, writer ?? 'the writer'))
  }
  return out
}

/** A paragraph the writer heads as a disclosure: "Disclosure:", "Conflicts of interest:". */
const DECLARATION =
  /^[\s*_#>]*(?:full\s+)?(?:disclosures?|conflicts?\s+of\s+interests?|competing\s+interests?|declarations?\s+of\s+interests?|transparency\s+note)[\s*_]*[:—–]/i

/**
 * Each sentence of a paragraph headed as a disclosure that no frame read: a disclosure all the
 * same ("Disclosure: The Herald's parent company leases office space from the city."): the
 * writer says it is one, whatever its wording. Read as `other`, the kind that names no paid tie.
 */
function declared(
  ctx: SlotContext,
  labelled: ReadonlySet<number>,
  found: readonly Statement[],
): Statement[] {
  const out: Statement[] = []
  const heads = ctx.doc.paragraphs.filter((p) => !labelled.has(p.index) && DECLARATION.test(p.text))
  if (heads.length === 0) return out
  const wanted = new Set(heads.map((p) => p.index))
  for (const c of unreadSentences(ctx, wanted, found)) {
    const { start, end } = c.sentence
    // The heading itself is no part of what is disclosed.
    const colon = c.words.findIndex((w, k) => k < 6 && /^[:—–]$/.test(w.text))
    const first =
      colon >= 0 && ctx.doc.body.slice(c.paragraph.start, start).replace(/[\s*_#>]/g, '') === ''
    const from = first ? (c.words[colon + 1]?.start ?? end) : start
    const text = ctx.doc.body.slice(from, end)
    const span = {
      start: from + (text.length - text.trimStart().length),
      end: from + text.trimEnd().length,
    }
    if (span.end <= span.start) continue
    const speaker = quoteAt(ctx, start)?.speaker ?? speakerAt(ctx, start)
    // "Disclosure: I chair X, which opposes the plan": the writer's own place, read as above.
    out.push(
      !speaker && holdsPlace(ctx, text, from, end)
        ? placeStatement(span, c, text, authorOf(ctx.doc) ?? 'the writer')
        : otherStatement(span, c, speaker),
    )
  }
  return out
}
