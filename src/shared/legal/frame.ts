import type { DocParagraph } from '../language/document'
import type { ConnectionKind, DisclosureKind, TextRange, Wording } from './domain'
import { NEGATION } from './lexicon'
import type { ResearchRef } from './research'
import { lowersOf, type Clause, type Word } from './words'

/**
 * A disclosure statement read by meaning: what kind of tie it discloses, how plainly, who and
 * which brands it is about, and where it sits. Spans are body offsets.
 */
export interface Statement extends TextRange {
  readonly kind: DisclosureKind
  readonly wording: Wording
  /** Why the wording is ambiguous, when it is (one line). */
  readonly note?: string
  /** A label line, a hashtag, or a sentence that states the tie. */
  readonly form: 'label' | 'hashtag' | 'statement'
  /** Brand names as the text spells them. */
  readonly brandNames: readonly string[]
  /** People the statement ties to a brand. */
  readonly people: readonly string[]
  readonly tie?: ConnectionKind
  /** For research a brand paid for: what the research is. */
  readonly research?: ResearchRef
  readonly paragraph: number
  /** The quoted speaker whose words these are, when inside a quote. */
  readonly speaker: string | null
  /** Someone else's words the piece reports (a quote, a quoted post), not the publication's. */
  readonly quoted: boolean
  /** Says who keeps the publication ("X is reader-supported"): see Found.keeps. */
  readonly keeps?: boolean
  /** Denies that anyone was paid: see Found.unpaid. */
  readonly unpaid?: boolean
}

/** What a frame found in one segment, before it becomes a statement. */
export interface Found {
  kind: DisclosureKind
  wording: Wording
  note?: string
  brandNames: string[]
  people: string[]
  tie?: ConnectionKind
  research?: ResearchRef
  /** Word range of the statement when it is narrower than the segment. */
  from?: number
  to?: number
  /** A statement about who owns the publication: the whole sentence is that disclosure. */
  ownership?: boolean
  /**
   * A statement of who keeps the publication (its readers pay for it, it is independent): no
   * sponsorship is read from its words ("funded by its readers" names no sponsor).
   */
  keeps?: boolean
  /** A no-influence or independence clause that qualifies a disclosure beside it. */
  qualifier?: boolean
  /** The writer's own custom with a company ("I bank with X"): see denials.ts ownAccountFrame. */
  account?: boolean
  /**
   * A denial of payment ("No one paid for this piece", "This article was not sponsored"): the
   * piece says plainly that nobody paid, so a vague label over it is no hidden sponsorship.
   */
  unpaid?: boolean
}

export const NOTES = {
  supportUs:
    '“you support us” does not say that the site is paid when readers buy through its links',
  partners: '“partners” does not say that the site is paid when readers buy through its links',
  funderCredit: 'a “collaboration”, “made with” or “powered by” credit does not say the brand paid',
  promoted: '“promoted” does not say the brand paid',
  hashtag: 'a hashtag like this does not tell readers the post is paid for',
  thanks: 'a thank-you does not say whether the product or the stay was free',
  thanksBacker: 'a thank-you to a “partner” or “supporter” does not say the brand paid',
  thanksFamily: 'a thank-you for being part of a launch or a campaign does not say the brand paid',
  vagueTie: 'a word like “collab”, “partner” or “works with” does not say the person is paid',
  partnerLabel: 'a label that calls the brand a “partner” does not say the brand paid',
  collab: 'a “collab” does not say whether the brand paid for what is shared',
  brandAlone: 'a brand name on its own does not say the brand paid for the piece',
}

export const lowers = (ws: readonly Word[]) => lowersOf(ws)
/** A verb, or a participle wink tags as an adjective ("received", "provided"). */
export const isVerb = (w: Word | undefined) =>
  !!w && (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADJ')
export const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  '’s',
  'get',
  'gets',
  'got',
])

/** Whether words[a..b) hold a negation ("not", "no", "never"). */
export function negated(ws: readonly Word[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < Math.min(b, ws.length); i++)
    if (NEGATION.has(ws[i]?.lower ?? '')) return true
  return false
}

export const names = (b: string | null | undefined): string[] => (b ? [b] : [])

/**
 * Frame gates. Every branch of a frame keys on a word of the clause ("paid", "sponsor", a
 * negation): a frame declares those words with `gate`, and `wakes` tells from one look-up per
 * word whether the clause holds one, so a frame returns at once on a clause that cannot wake it
 * (most sentences of a long draft) instead of taking every word through every branch. A gate
 * must list every word a branch of its frame keys on (compared as `Word.lower`): a word left out
 * is a statement never read. HYPHENATED stands for any word with a hyphen ("Lumio-funded").
 */
export const HYPHENATED = '-'
const GATE_WORDS = new Map<string, number>()
let gates = 0
export function gate(...lists: readonly Iterable<string>[]): number {
  if (gates >= 30) throw new Error('frame gates: no bit left for another gate')
  const bit = 1 << gates++
  for (const list of lists) for (const w of list) GATE_WORDS.set(w, (GATE_WORDS.get(w) ?? 0) | bit)
  return bit
}

/** Gates on (always, but in the test that reads with them off to show they change nothing). */
export const frameGates = { on: true }

/** The gates a clause's words wake, worked out once per clause (and again if a gate is added). */
const woken = new WeakMap<readonly Word[], { readonly gates: number; readonly bits: number }>()

/** Whether the clause holds a word of the gate `bit` (see gate). */
export function wakes(c: Clause, bit: number): boolean {
  if (!frameGates.on) return true
  let known = woken.get(c.words)
  if (known?.gates !== gates) {
    let bits = 0
    const hyphen = GATE_WORDS.get(HYPHENATED) ?? 0
    for (const w of c.words) {
      bits |= GATE_WORDS.get(w.lower) ?? 0
      if (w.lower.includes('-')) bits |= hyphen
    }
    known = { gates, bits }
    woken.set(c.words, known)
  }
  return (known.bits & bit) !== 0
}

export function statement(
  span: TextRange,
  p: DocParagraph,
  f: Found,
  form: Statement['form'],
  speaker: string | null,
  quoted = false,
): Statement {
  return {
    quoted: quoted || p.setting.blockquote,
    start: span.start,
    end: span.end,
    kind: f.kind,
    wording: f.wording,
    ...(f.note ? { note: f.note } : {}),
    form,
    brandNames: f.brandNames,
    people: f.people,
    ...(f.tie ? { tie: f.tie } : {}),
    ...(f.research ? { research: f.research } : {}),
    ...(f.keeps ? { keeps: true } : {}),
    ...(f.unpaid ? { unpaid: true } : {}),
    paragraph: p.index,
    speaker,
  }
}

/**
 * Brands named after a description within a few words: "the operator, Nordvik Line", "two
 * supplement makers, Calma and Restwell". Every name of a list joined by commas and "and".
 */
export function brandsNamedAfter(
  c: Clause,
  from: number,
  isBrand: (k: number) => string | null,
  limit = 6,
): string[] {
  const ws = c.words
  let k = from
  const stop = Math.min(ws.length, from + limit)
  while (k < stop && ws[k]?.text !== ',' && !ws[k]?.mention) {
    if (ws[k]?.pos === 'VERB' || ws[k]?.pos === 'AUX') return []
    k++
  }
  // The name comes after the description, set off by a comma ("the operator, Nordvik Line")
  // or "including" / "such as"; a name straight after the verb is not this construction.
  if (ws[k]?.text !== ',') return []
  k++
  if (ws[k]?.lower === 'including' || ws[k]?.lower === 'notably') k++
  else if (ws[k]?.lower === 'such' && ws[k + 1]?.lower === 'as') k += 2
  const out: string[] = []
  while (k < ws.length) {
    const b = ws[k]?.mention ? isBrand(k) : null
    if (!b) break
    if (!out.includes(b)) out.push(b)
    const end = ws.findIndex((w, j) => j > k && w.mention !== ws[k]?.mention)
    if (end < 0) break
    const joiner = ws[end]?.lower ?? ''
    if (joiner !== ',' && joiner !== 'and') break
    k = end + 1
    if (ws[k]?.lower === 'and') k++
  }
  return out
}
