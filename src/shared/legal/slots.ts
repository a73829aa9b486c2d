import { brandKey, commonWords } from '../language/brands'
import { paragraphAt } from '../text'
import type { Doc } from '../language/document'
import { FEMALE_PRONOUNS, MALE_PRONOUNS, PLACE_WORDS, SPOKES_NOUNS } from '../language/lexicon'
import type { Entity } from '../language/entities'
import type { Mention } from '../language/mentions'
import { entityBefore, maybePerson, ownerOf, resolvePronoun } from '../language/reference'
import { sameName, surname } from '../text'
import type { QuoteRef } from './domain'
import { NONCOMMERCIAL_NOUNS, NONCOMMERCIAL_WORDS } from './lexicon'
import type { Clause, Word } from './words'

/**
 * Filling the slots of a statement: who (a person, by name or pronoun), which brand (by name,
 * by "the company", "its", "the serum"), and in whose voice (the publisher's, or a quoted
 * speaker's). Shared by the disclosure, research and endorsement readers.
 */
export interface SlotContext {
  readonly doc: Doc
  readonly quotes: readonly QuoteRef[]
  /** Names the caller knows are people (the register). */
  readonly people: readonly string[]
  /** Lower-case family keys the caller knows are brands (relations, register connections). */
  readonly brandKeys: ReadonlySet<string>
  /** The brand the piece is about, when one is: what "the serum" or "the company" means. */
  readonly leadBrand: string | null
  /**
   * The company the piece names most, when one stands out: what a company description with
   * nothing before it means ("…, though the study was paid for by the maker" in a standfirst).
   */
  readonly mainBrand?: string | null
  /**
   * Family keys of the brands the piece presents: those it sells (a price after the name) or
   * its first reading's disclosures name (the sponsor, a giver, a tied brand). Set for the second
   * reading only.
   */
  readonly presentedBrands?: ReadonlySet<string>
  /** Family keys of the brands the first reading read as sponsors of the piece. */
  readonly sponsorBrands?: ReadonlySet<string>
  /** Whole names the text sells at or prices things after ("$399 at X"): sellers, as typed. */
  readonly soldNames?: ReadonlySet<string>
}

/** Nouns that stand for a company: "the company", "the brand", "the advertiser". */
export const DESCRIPTIONS = new Set([
  'advertiser',
  'sponsor',
  'client',
  'company',
  'brand',
  'firm',
  'maker',
  'manufacturer',
  'label',
  'retailer',
  'business',
  'startup',
  'start-up',
  'group',
])
/** Nouns that stand for the product a piece is about: "the serum", "the formula". */
export const PRODUCT_WORDS = new Set([
  'serum',
  'product',
  'products',
  'cream',
  'drink',
  'formula',
  'range',
  'line',
  'device',
  'app',
  'lamp',
  'supplement',
  'treatment',
])

/** The quote (or Q&A answer) a position lies in, if any. */
export function quoteAt(ctx: SlotContext, pos: number): QuoteRef | undefined {
  let sorted = sortedQuotes.get(ctx.quotes)
  if (!sorted) {
    sorted = [...ctx.quotes].sort((a, b) => a.start - b.start)
    sortedQuotes.set(ctx.quotes, sorted)
  }
  // The last quote starting at or before `pos`, and the one before it (quotes may nest).
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid]?.start ?? Infinity) <= pos) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
    const q = sorted[i]
    if (q && q.start <= pos && pos < q.end) return q
  }
  return undefined
}

const sortedQuotes = new WeakMap<readonly QuoteRef[], QuoteRef[]>()

/** Whether a mention names a person rather than a brand or a place. */
export function isPersonMention(ctx: SlotContext, m: Mention): boolean {
  if (ctx.people.some((p) => sameName(p, m.name) || surname(p) === m.name)) return true
  if (ctx.brandKeys.has(brandKey(m.name)) && !m.title) return false
  const e = ownerOf(ctx.doc, m)
  if (m.title) return true
  return !!e && maybePerson(e)
}

/**
 * Whether a mention surely names a person: the register says so, or it has a title or a
 * gender (a first name, a pronoun). Where a construction types its slot as a giver or a lender
 * of products ("lent by X"), weaker evidence (a verb of seeing) does not make X a person.
 */
export function clearlyPerson(ctx: SlotContext, m: Mention): boolean {
  if (m.title) return true
  if (ctx.people.some((p) => sameName(p, m.name) || surname(p) === m.name)) return true
  const e = ownerOf(ctx.doc, m)
  return !!e && e.kind === 'person' && e.gender !== null
}

/**
 * Whether a mention can name a company or a brand. `typed`: the construction already says the
 * slot holds a brand ("an ambassador for X", "the company X"), so only titles, places and
 * register people are refused; otherwise the entity's type decides.
 */
export function isBrandMention(ctx: SlotContext, m: Mention, typed = false): boolean {
  if (m.title) return false
  if (ctx.people.some((p) => sameName(p, m.name) || surname(p) === m.name)) return false
  const e = ownerOf(ctx.doc, m)
  // "an investor in X" types X a place; the tie says it is a company. So does the text selling
  // at it ("$399 at X" types X a place), when X is a whole name the piece sells at.
  if (e && e.kind === 'place' && !typed && !(ctx.soldNames?.has(m.name) ?? false)) return false
  const words = m.name.toLowerCase().split(/\s+/)
  // "Marlow Harbour" is a place; "Spoke & Harbour", a name the entities typed a company (its
  // "&"), is a business whatever its last word.
  if (words.length > 1 && PLACE_WORDS.has(words.at(-1) ?? '') && e?.kind !== 'organisation')
    return false
  if (ctx.brandKeys.has(brandKey(m.name))) return true
  // "Use my code…": a capitalised common word opening a sentence is no brand.
  if (words.length === 1 && commonWords(ctx.doc).has(words[0] ?? '')) return false
  if (typed || !e || e.kind !== 'person') return true
  // Typed a person only because it is two capitalised words ("Plumline Plus"): not evidence.
  return !(e.gender !== null || e.score.person >= 1.5)
}

/** Names that end like a public body: a council, a ministry, a university, a court. */
const PUBLIC_WORDS = new Set(
  'council government department ministry agency authority commission committee parliament senate assembly city county state police court school university college hospital service treasury exchequer congress embassy consulate legislature tribunal'.split(
    ' ',
  ),
)

/** Whether a name is a public body's, which pays no one to endorse products ("the City Council"). */
export function isPublicBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/)
  return (
    (words.some((w) => PUBLIC_WORDS.has(w)) && !tradeBody(words)) ||
    publicBoard(words) ||
    publicLetters(name)
  )
}

/**
 * Public bodies known by their letters, written in capitals: the EU, the UN, the NHS, the WHO,
 * and the national research funders and agencies of science and health. "Who" or "Eu" in other
 * words is none.
 */
const PUBLIC_LETTERS = new Set(
  'EU UN NHS WHO NIH NSF NIHR UKRI MRC ERC EPSRC BBSRC ESRC CDC USDA NASA ESA OECD UNESCO UNICEF CSIRO NHMRC CIHR DFG CNRS INSERM'.split(
    ' ',
  ),
)
const publicLetters = (name: string) =>
  name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .some((w) => PUBLIC_LETTERS.has(w.replace(/[’']s?$/, '')))

/** What a public board is for: "the Health Promotion Board", "the Board of Medical Research". */
const BOARD_CAUSES = new Set(
  'health medical medicine research science sciences scientific education standards safety environment environmental'.split(
    ' ',
  ),
)
/** Other words a public board's name may hold: "the National Board of Health and Welfare". */
const BOARD_WORDS = new Set(
  'board of the and for public national regional state federal promotion protection welfare food water services'.split(
    ' ',
  ),
)

/**
 * A board named for a public cause ("the Health Promotion Board", "the Medical Research Board",
 * "the Danish Board of Health"): the state's, or a public service's. Every word of its name is a
 * cause's, a public word or a nationality's, so a company's board ("the Norvane Research Board",
 * a scientific advisory board) and a trade's board ("the Walnut Marketing Board") are none.
 */
function publicBoard(words: readonly string[]): boolean {
  return (
    words.includes('board') &&
    words.some((w) => BOARD_CAUSES.has(w)) &&
    words.every(
      // (An owner's possessive, which the caller has typed: "Singapore's Health Promotion Board".)
      (w) => BOARD_CAUSES.has(w) || BOARD_WORDS.has(w) || /^\p{L}+(?:ish|ian|ese|['’]s)$/u.test(w),
    ) &&
    !tradeBody(words)
  )
}

/** Who a trade body's members are: the people who make or sell what it promotes. */
const TRADE_MEMBERS = new Set(
  'growers grower producers producer farmers manufacturers makers processors bakers brewers distillers winemakers retailers exporters importers suppliers traders dealers industry industries trade marketing promotion checkoff'.split(
    ' ',
  ),
)

/**
 * Whether a body's name says its members sell something: "the Walnut Growers Council", "the
 * Federation of Bakers", "the Egg Marketing Board". Its money is an interested party's, however
 * public its name sounds.
 */
function tradeBody(words: readonly string[]): boolean {
  // A workers' union ("the Bakers and Allied Workers Union") speaks for staff, not sellers.
  if (words.some((w) => w === 'union' || w === 'workers' || w === "workers'")) return false
  // A state's own body that regulates or promotes trade ("the Federal Trade Commission", "the
  // Department of Trade and Industry") and a charity for the people of a trade ("the Young
  // Farmers Trust") are no sellers' bodies.
  if (words.some((w) => STATE_WORDS.has(w) || CHARITY_WORDS.has(w))) return false
  // "Health promotion", "social marketing": a public-health trade of no seller.
  return words.some(
    (w, i) =>
      TRADE_MEMBERS.has(w) &&
      !(['promotion', 'marketing'].includes(w) && CAUSES.has(words[i - 1] ?? '')),
  )
}

/** Words of a state's own body, which a trade word in its name does not make a seller's. */
const STATE_WORDS = new Set(
  'department ministry commission agency authority government federal parliament senate administration bureau office secretariat executive'.split(
    ' ',
  ),
)

/** What a body may promote that no one sells: "the Health Promotion Board". */
const CAUSES = new Set(['health', 'public', 'social', 'road', 'safety', 'community'])

/** Words of a charity for a trade's people: "the Retail Trust", "the Bakers' Benevolent Fund". */
const CHARITY_WORDS = new Set(['trust', 'charity', 'charitable', 'benevolent', 'welfare'])

/** "X, the industry's trade body", "X, a lobby group for …": an apposition that says so. */
function tradeApposition(following: readonly Word[]): boolean {
  const low = following.slice(0, 6).map((w) => w.lower)
  return low.some(
    (w, i) =>
      (w === 'trade' || w === 'industry' || w === 'lobby' || w === "industry's") &&
      ['body', 'group', 'association', 'organisation', 'organization', 'bodies'].includes(
        low[i + 1] ?? '',
      ),
  )
}

/** Whether a brand-like name is a foundation, a public body or a charity rather than a seller. */
export function isNonCommercial(name: string, following: readonly Word[] = []): boolean {
  const words = name.toLowerCase().split(/\s+/)
  if (tradeBody(words) || tradeApposition(following)) return false
  if (words.some((w) => NONCOMMERCIAL_WORDS.has(w)) || publicBoard(words) || publicLetters(name))
    return true
  // "Centre for Healthy Ageing", "Office for Budget Responsibility": a body for a cause.
  if (
    words[1] === 'for' &&
    ['centre', 'center', 'office', 'campaign', 'alliance', 'coalition'].includes(words[0] ?? '')
  )
    return true
  // "X, a nonprofit that supports local reporting".
  const k = following.findIndex((w) => w.text !== ',' && w.pos !== 'DET')
  return k >= 0 && k <= 3 && NONCOMMERCIAL_NOUNS.has(following[k]?.lower ?? '')
}

export const WRITER_NOUNS = new Set(['author', 'writer', 'reporter', 'reviewer', 'columnist'])

/** The lower-case word before `w` in its sentence, if any. */
function prev(ctx: SlotContext, w: Word): string {
  const s = ctx.doc.paragraphs
    .find((p) => p.start <= w.start && w.start < p.end)
    ?.sentences.find((x) => x.start <= w.start && w.start < x.end)
  const i = s?.tokens.findIndex((t) => t.start === w.start) ?? -1
  return i > 0 ? (s?.tokens[i - 1]?.lower ?? '') : ''
}

const authors = new WeakMap<Doc, string | null>()

/** The writer the byline names ("By Hattie Brennock"), whose "I" the body's first person is. */
/** Paragraph roles written in the piece's own voice. */
const NARRATION = new Set(['body', 'standfirst', 'caption'])

export function authorOf(doc: Doc): string | null {
  if (authors.has(doc)) return authors.get(doc) ?? null
  const byline = doc.paragraphs.find((p) => p.role === 'byline')
  const inByline = byline
    ? doc.mentions.filter((x) => x.start >= byline.start && x.end <= byline.end)
    : []
  // "Words by X · Photographs by Y": the name after the first "by", not a capitalised word
  // before it.
  const m =
    inByline.find((x) => /\bby\s+$/i.test(doc.body.slice(Math.max(0, x.start - 4), x.start))) ??
    inByline[0]
  const name = m ? (ownerOf(doc, m)?.name ?? m.name) : (closingBioWriter(doc) ?? null)
  authors.set(doc, name)
  return name
}

/** "About the author:", "— ", "*": what may open a bio line before the writer's name. */
const BIO_OPENER =
  /^[\s*_>—–-]*(?:about\s+(?:the\s+)?(?:author|writer|columnist|contributor)s?\s*[:.—–-]\s*)?$/i
/** Verbs a bio says of its subject: "X is a chartered engineer", "X has advised Y since 2021". */
const BIO_VERBS =
  /^\s*(?:,[^,]{1,60},\s*)?(?:is|was|has|had|writes|wrote|lives|works|worked|teaches|taught|spent|covers|covered|served|runs|ran|founded|co-founded|consults|advises|advised|edits|reports|manages|managed|chairs|holds|sits|serves|owns|co-owns|directs|leads|heads|trained|studied|lectures|farms|practises|practices)\b/i
/** Quotation marks that open a quote in running text. */
const QUOTED = /[“"‘]|(?:^|\s)'/g

/**
 * The writer a closing bio names, when no byline does: a line at the foot ("*Ana Ruiz is a
 * chartered engineer who consults for X.*", "— Ana Ruiz has advised X since 2021", "About the
 * author: Ana Ruiz …") in a piece whose own words speak in the first person ("I spent 22 years
 * …"), about someone the body never quotes or reports on (a source's closing line is no bio).
 */
function closingBioWriter(doc: Doc): string | null {
  const ps = doc.paragraphs
  // The last two paragraphs of running text, past the page's furniture.
  const tail: (typeof ps)[number][] = []
  for (let i = ps.length - 1; i >= 0 && tail.length < 2; i--) {
    const p = ps[i]
    if (!p) continue
    if (p.role === 'boilerplate' || p.role === 'links' || p.text.trim() === '') continue
    if (p.role !== 'body' && p.role !== 'caption') break
    if (p.role === 'body') tail.push(p)
  }
  const narrated = ps.some(
    (p) =>
      p.role === 'body' &&
      !tail.includes(p) &&
      /\b(?:I|[Mm]y|[Mm]e|I['’](?:ve|m|d))\b/.test(
        p.text.replace(/[“"][^”"]*[”"]|‘[^’]*’(?!\w)/g, ' '),
      ),
  )
  if (!narrated) return null
  for (const p of tail) {
    const m = doc.mentions.find((x) => x.start >= p.start && x.end <= p.end)
    if (!m || !m.name.includes(' ')) continue
    if (!BIO_OPENER.test(doc.body.slice(p.start, m.start))) continue
    if (!BIO_VERBS.test(doc.body.slice(m.end, Math.min(p.end, m.end + 80)))) continue
    const e = ownerOf(doc, m)
    if (e && !maybePerson(e)) continue
    const name = e?.name ?? m.name
    const last = surname(name)
    // A source the body quotes or reports on (a paragraph with a quotation naming them).
    const reported = doc.mentions.some((x) => {
      if (x.start >= p.start && x.end <= p.end) return false
      if (!(x.name === name || surname(x.name) === last || x.name === last)) return false
      const q = ps[paragraphAt(ps, x.start)]
      return !!q && q.role === 'body' && (q.text.match(QUOTED)?.length ?? 0) > 0
    })
    if (!reported) return name
  }
  return null
}

/** The person the first person stands for at `pos`: the quote's speaker or the interviewee. */
export function speakerAt(ctx: SlotContext, pos: number): string | null {
  const q = quoteAt(ctx, pos)
  if (q?.speaker) return q.speaker
  const p = ctx.doc.paragraphs[paragraphAt(ctx.doc.paragraphs, pos)]
  if (p && !(p.start <= pos && pos < p.end)) return null
  if (p?.role === 'answer' && ctx.doc.interviewee) return ctx.doc.interviewee.name
  return null
}

/**
 * The person a word refers to: a name, a third-person pronoun, or "I"/"me"/"my" in a quote.
 * `loose`: the construction says the slot is a person ("X, whose salons…", "X, a paid
 * adviser to…"), so an untyped name that is not a known brand counts too.
 */
export function personOf(ctx: SlotContext, w: Word, loose = false): string | null {
  if (w.mention) {
    const e = ownerOf(ctx.doc, w.mention)
    const untyped =
      loose &&
      (!e || e.kind === 'unknown' || e.kind === 'person') &&
      !ctx.brandKeys.has(brandKey(w.mention.name))
    if (!untyped && !isPersonMention(ctx, w.mention)) return null
    return e?.name ?? w.mention.name
  }
  if (w.lower === 'i' || w.lower === 'me' || w.lower === 'my' || w.lower === 'myself') {
    // In a quote, the speaker; in the piece's own words, the writer the byline names.
    if (quoteAt(ctx, w.start)) return quoteAt(ctx, w.start)?.speaker ?? null
    // With no byline (a newsletter signed at its foot, a post), the narration's "I" is still
    // the writer: "P.S. … I have been a paid adviser to X".
    const answer = speakerAt(ctx, w.start)
    if (answer) return answer
    const p = ctx.doc.paragraphs[paragraphAt(ctx.doc.paragraphs, w.start)]
    return authorOf(ctx.doc) ?? (p && NARRATION.has(p.role) ? 'the writer' : null)
  }
  // "The author owns Kestrel shares": the writer the byline names.
  if (WRITER_NOUNS.has(w.lower) && /^(?:the|this|our)$/.test(prev(ctx, w)))
    return authorOf(ctx.doc) ?? 'the writer'
  if (!FEMALE_PRONOUNS.has(w.lower) && !MALE_PRONOUNS.has(w.lower)) return null
  // The language layer's one resolver: gender agreement, and no one when the pronoun follows
  // an unnamed person or a spokesperson ("a spokeswoman for X said she …" is no tie of hers).
  // A full name nobody typed that opens its sentence ("Runa Maelstrom has coached …") can be
  // the person a "she" or "he" refers to, unless it is a brand the piece knows.
  const untypedSubject = (e: Entity, m: Mention) =>
    e.kind === 'unknown' &&
    m.tokenIndex === 0 &&
    !m.possessive &&
    m.name.includes(' ') &&
    !ctx.brandKeys.has(brandKey(m.name))
  const r = resolvePronoun(ctx.doc, w.start, w.lower, {
    paragraphs: 3,
    accept: (e, m) => (isPersonMention(ctx, m) || untypedSubject(e, m)) && e.kind !== 'place',
  })
  return r?.entity && r.entity.kind !== 'organisation' ? r.entity.name : null
}

/** The nearest person referred to in words[from..to), searching backwards from `to`. */
export function personBackward(
  ctx: SlotContext,
  c: Clause,
  from: number,
  to: number,
  loose = false,
  not: string | null = null,
): string | null {
  for (let i = to - 1; i >= from; i--) {
    const w = c.words[i]
    if (!w || (not && w.mention?.name === not)) continue
    const p = personOf(ctx, w, loose)
    if (p) return p
  }
  return null
}

/** The nearest person referred to in words[from..to), searching forwards. */
export function personForward(
  ctx: SlotContext,
  c: Clause,
  from: number,
  to: number,
): string | null {
  for (let i = from; i < Math.min(to, c.words.length); i++) {
    const w = c.words[i]
    if (!w) continue
    if (w.pos === 'VERB' && i > from + 1) break
    const p = personOf(ctx, w)
    if (p) return p
  }
  return null
}

/** Every person named in words[from..to) ("X and Y have both received …"). */
export function peopleIn(ctx: SlotContext, c: Clause, from: number, to: number): string[] {
  const out: string[] = []
  for (let i = from; i < to; i++) {
    const w = c.words[i]
    if (!w) continue
    const p = personOf(ctx, w)
    if (p && !out.includes(p)) out.push(p)
  }
  return out
}

/** The brand a word stands for: a brand name, "its"/"their"/"it", "the company", "the serum". */
export function brandOfWord(ctx: SlotContext, c: Clause, i: number, typed = false): string | null {
  const w = c.words[i]
  if (!w) return null
  if (w.mention) {
    const described = DESCRIPTIONS.has(c.words[i - 1]?.lower ?? '')
    return isBrandMention(ctx, w.mention, typed || described) ? w.mention.name : null
  }
  const prev = c.words[i - 1]?.lower ?? ''
  const definite = prev === 'the' || prev === 'this' || prev === 'that'
  if (
    w.lower === 'its' ||
    w.lower === 'their' ||
    w.lower === 'it' ||
    w.lower === 'them' ||
    w.lower === 'they' ||
    (definite && DESCRIPTIONS.has(w.lower))
  ) {
    // "The company" is a company; then a brand the piece already knows is likelier than a
    // product line's name.
    const brandish = (m: Mention) => isBrandMention(ctx, m) && !isPersonMention(ctx, m)
    const isCompany = (e: Entity, m: Mention) =>
      e.kind === 'organisation' || SPOKES_NOUNS.has(m.sentence.tokens[m.tokenEnd]?.lower ?? '')
    const company = DESCRIPTIONS.has(w.lower)
      ? entityBefore(ctx.doc, w.start, (e, m) => brandish(m) && isCompany(e, m), 2)
      : null
    const hit =
      company ??
      entityBefore(
        ctx.doc,
        w.start,
        (_e, m) => brandish(m) && ctx.brandKeys.has(brandKey(m.name)),
        2,
      ) ??
      // A capitalised word that only opens its sentence, once ("Early results…"), is no name.
      entityBefore(
        ctx.doc,
        w.start,
        (e, m) =>
          brandish(m) && !(m.tokenIndex === 0 && e.mentions.length === 1 && !m.name.includes(' ')),
        2,
      )
    if (hit) {
      // An alias ("Apex") stands for its entity's full name ("Stridewell Apex"): the family.
      const full = hit.entity.kind === 'organisation' || hit.entity.kind === 'product'
      return full ? hit.entity.name : hit.mention.name
    }
    return DESCRIPTIONS.has(w.lower) ? (ctx.leadBrand ?? ctx.mainBrand ?? null) : null
  }
  if (definite && PRODUCT_WORDS.has(w.lower)) return ctx.leadBrand
  // "Bramwell Dairy … the dairy", "Hale Street Roasters … the roasters": a company named
  // just before, called by its name's last word.
  if (definite && w.pos === 'NOUN') {
    const named = entityBefore(
      ctx.doc,
      w.start,
      (e, m) =>
        e.kind === 'organisation' &&
        m.name.includes(' ') &&
        m.name.toLowerCase().split(/\s+/).at(-1) === w.lower &&
        isBrandMention(ctx, m, true),
      2,
    )
    if (named) return named.entity.name
  }
  return null
}

/**
 * The brand named after words[i] within a few words, skipping determiners, adjectives and
 * descriptions ("to the sleep-tech company Bramble Sleep"); stops at a verb or a clause break.
 */
export function brandAfter(
  ctx: SlotContext,
  c: Clause,
  i: number,
  limit = 7,
  typed = true,
): string | null {
  for (let k = i; k < Math.min(c.words.length, i + limit); k++) {
    const w = c.words[k]
    if (!w) break
    // "the advertiser, Calloway Energy": the name set beside the description is the brand.
    const named = (j: number) => c.words[j]?.text === ',' && !!c.words[j + 1]?.mention
    if (DESCRIPTIONS.has(w.lower) && named(k + 1)) continue
    if (w.text === ',' && DESCRIPTIONS.has(c.words[k - 1]?.lower ?? '') && named(k)) continue
    // "the regional growers’ cooperative X": a plural's possessive mark is no closing quote.
    const prev = c.words[k - 1]
    const possessive =
      (w.text === '’' || w.text === "'") && !!prev && prev.end === w.start && /s$/.test(prev.lower)
    if ([';', ')', '—', ',', '.', '”', '"', '’'].includes(w.text) && k > i && !possessive) break
    if (k > i && (w.pos === 'VERB' || w.pos === 'AUX') && !w.mention) break
    const b = brandOfWord(ctx, c, k, typed)
    if (b) return b
    if (w.mention) return null
  }
  return null
}

/** The brand named just before words[i]: "a Lumio ambassador", "Lumio's brand ambassador". */
export function brandBefore(ctx: SlotContext, c: Clause, i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = c.words[k]
    if (!w) break
    if (w.mention) return isBrandMention(ctx, w.mention, true) ? w.mention.name : null
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || w.pos === 'ADP') return null
  }
  return null
}
