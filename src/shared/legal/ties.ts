import type { ConnectionKind, Wording } from './domain'
import {
  FAMILY_NOUNS,
  HOLDINGS,
  PAID_MARKS,
  PAYMENTS,
  TIE_NOUNS,
  TIE_VERBS,
  VAGUE_TIE_NOUNS,
  CONTENT_NOUNS,
  EXPENSES,
} from './lexicon'
import {
  brandAfter,
  brandBefore,
  brandOfWord,
  clearlyPerson,
  isNonCommercial,
  isPublicBody,
  peopleIn,
  personBackward,
  personForward,
  personOf,
  quoteAt,
  speakerAt,
  WRITER_NOUNS,
  type SlotContext,
} from './slots'
import type { Clause, Segment, Word } from './words'
import { FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_WORDS, SPEECH_VERBS } from '../language/lexicon'
import {
  BE,
  brandsNamedAfter,
  gate,
  HYPHENATED,
  isVerb,
  lowers,
  negated,
  NOTES,
  wakes,
  type Found,
} from './frame'
import { brandBackward } from './gifts'
import { ownerOf } from '../language/reference'
import { brandKey } from '../language/brands'
import { escapeRegExp, sameName } from '../text'
import { heldThrough, indirectTie, TRIGGERS as INDIRECT_WORDS } from './indirect'

/** Forms of "have": what someone has ("has a consulting agreement with X"). */
const HAVE = new Set(['has', 'have', 'had', 'having'])
/** Agreements a customer or a tenant has with a business: "a tenancy agreement with X". */
const CUSTOMER_AGREEMENTS = new Set(
  'tenancy rental lease loan repayment payment mortgage credit finance hire service customer user membership subscription purchase insurance'.split(
    ' ',
  ),
)
/** Verbs of paying back a debt: "an agreement with X to pay off her overdraft". */
const REPAY = new Set(['pay', 'repay', 'clear', 'settle', 'reduce'])
/** Money a customer is owed by a business: "pays her 4% interest", "pays her pension". */
const CUSTOMER_MONEY = new Set(
  'interest pension pensions refund refunds dividend dividends rebate cashback annuity winnings damages'.split(
    ' ',
  ),
)
/** Pay for work, beside which money a customer is owed is pay too: "a retainer and a pension". */
const WORK_PAY = new Set(
  'fee fees retainer salary stipend royalty royalties honorarium honoraria commission commissions wages compensation'.split(
    ' ',
  ),
)
/** Tie verbs in -s that wink may tag as plural nouns after a name ("Norvane sponsors her"). */
const SUBJECT_VERBS = new Set(['sponsors', 'pays', 'employs', 'retains'])
/** Nouns for a business as a subject: "the company pays her". */
const BUSINESS_SUBJECTS = new Set(['company', 'brand', 'firm', 'maker', 'label', 'retailer'])
/** Pronouns a tie verb takes as its object, and possessives before the person's own thing. */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us', 'his', 'their', 'my', 'our'])

/**
 * Ties between a person and a brand, read from how the words relate rather than from fixed
 * phrases: a tie noun with any modifiers ("a paid clinical adviser to X", "the global face of
 * X", "X's brand ambassador, Ana Ruiz"), a tie verb ("she advises X", "X pays me", "I hold a
 * stake in X", "received consulting fees from X", "whose salons stock the serum"), or a
 * relative's tie ("her husband co-owns X"). Job titles in attributions ("a spokeswoman for
 * the company", "chief executive") are not ties: those people speak for the company.
 */

const TIE_KIND: Readonly<Record<string, ConnectionKind>> = {
  ambassador: 'ambassador',
  face: 'ambassador',
  spokesmodel: 'ambassador',
  endorser: 'ambassador',
  endorse: 'ambassador',
  represent: 'ambassador',
  sponsor: 'ambassador',
  consultant: 'paid-consultant',
  adviser: 'paid-consultant',
  advisor: 'paid-consultant',
  advise: 'paid-consultant',
  consult: 'paid-consultant',
  employee: 'paid-consultant',
  payroll: 'paid-consultant',
  retainer: 'paid-consultant',
  employ: 'paid-consultant',
  board: 'paid-consultant',
  pay: 'paid-consultant',
  receive: 'paid-consultant',
  earn: 'paid-consultant',
  panel: 'paid-consultant',
  committee: 'paid-consultant',
  retain: 'paid-consultant',
  work: 'paid-consultant',
  affiliate: 'affiliate',
  investor: 'investor',
  founder: 'investor',
  'co-founder': 'investor',
  cofounder: 'investor',
  found: 'investor',
  'co-found': 'investor',
  cofound: 'investor',
  shareholder: 'investor',
  stakeholder: 'investor',
  backer: 'investor',
  owner: 'investor',
  'co-owner': 'investor',
  'part-owner': 'investor',
  own: 'investor',
  'co-own': 'investor',
  'part-own': 'investor',
  hold: 'investor',
  invest: 'investor',
  stockist: 'family-or-business-tie',
  stock: 'family-or-business-tie',
  partner: 'family-or-business-tie',
  collaborator: 'family-or-business-tie',
  collaborate: 'family-or-business-tie',
  collab: 'family-or-business-tie',
  sign: 'ambassador',
}

/** "advises" → "advise", "co-owned" → "co-own", "consultants" → "consultant". */
function stem(w: string): string {
  if (w === 'paid' || w === 'pays') return 'pay'
  if (w === 'held' || w === 'holds') return 'hold'
  if (w === 'signed' || w === 'signs') return 'sign'
  for (const [suffix, repl] of [
    ['ing', ''],
    ['ied', 'y'],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) {
      const base = w.slice(0, -suffix.length) + repl
      if (TIE_KIND[base]) return base
      if (TIE_KIND[`${base}e`]) return `${base}e`
    }
  }
  return w
}

/** Who opens a relative clause as the subject of the verb after it. */
const SUBJECTS = new Set(['i', 'we', 'she', 'he', 'they', 'who'])

/** Possessives: "its own trial" is no owning, "her part-owned shop" no verb. */
const POSSESSIVES = new Set(['its', 'my', 'our', 'their', 'his', 'her', 'your'])

/** Words that make the word after them a noun: "a co-owner", "her part-owned shop". */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', ...POSSESSIVES])

/** Words that say how much of a company is owned: "part of", "a third of", "a 10% share of". */
const PART_WORDS = new Set(
  'a an the small large big majority minority controlling part share piece slice chunk portion half third quarter fifth tenth fraction percent per cent %'.split(
    ' ',
  ),
)

/**
 * The index of "of" when the words from `i` say a part of something is owned ("part of",
 * "a third of", "a 10 per cent share of"), else -1. "No part of" is not owning.
 */
function ownedPart(low: readonly string[], i: number): number {
  let sized = false
  for (let k = i; k < i + 6; k++) {
    const x = low[k] ?? ''
    if (x === 'of') return sized ? k : -1
    if (/^\d+(?:\.\d+)?%?$/.test(x)) continue
    if (!PART_WORDS.has(x)) return -1
    if (!['a', 'an', 'the', 'small', 'large', 'big'].includes(x)) sized = true
  }
  return -1
}

/**
 * The index of "that" or "which" opening a relative clause whose owning verb at `i` has no
 * object ("… that she still part-owns.", "… which he co-founded in 2019"), else -1.
 */
function ownedBefore(low: readonly string[], i: number): number {
  const after = low[i + 1] ?? ''
  if (after && !/^(?:\p{P}|in|with|since|until|and|but|today|now)$/u.test(after)) return -1
  let k = i - 1
  while (k > 0 && ['still', 'now', 'also', 'jointly', 'once', 'later'].includes(low[k] ?? '')) k--
  if (!SUBJECTS.has(low[k] ?? '') || low[k] === 'who') return -1
  const rel = low[k - 1] === 'that' || low[k - 1] === 'which' ? k - 1 : -1
  // A business is owned, not a thing: "the Fellmark boots that I own" is no stake.
  return rel > 0 && low.slice(Math.max(0, rel - 8), rel).some((x) => BUSINESSES.has(x)) ? rel : -1
}

/** Determiners that make a noun anyone of its kind: "an artist", "any grower", "every owner". */
const GENERIC = new Set(['a', 'an', 'any', 'every', 'each', 'no'])

/**
 * Whether the subject of the verb at `i` is a person in general: "who" (or "that") right
 * before it, after a common noun whose determiner is "a", "any", "every" …, with adjectives
 * between ("an independent artist who owns …"). A named or definite antecedent is someone.
 */
function genericOwner(ws: readonly Word[], from: number, i: number): boolean {
  let k = i - 1
  while (k > from && ['still', 'now', 'also', 'already', 'actually'].includes(ws[k]?.lower ?? ''))
    k--
  if (!['who', 'that'].includes(ws[k]?.lower ?? '')) return false
  k--
  if (ws[k]?.pos !== 'NOUN' || ws[k]?.mention) return false
  k--
  while (k >= 0 && (ws[k]?.pos === 'ADJ' || ws[k]?.pos === 'NOUN') && !ws[k]?.mention) k--
  if (!GENERIC.has(ws[k]?.lower ?? '')) return false
  // "Mara Oyelaran, a producer who owns …": an apposition describes the person named.
  return !(ws[k - 1]?.text === ',' && ws[k - 2]?.mention)
}

/**
 * Where "in" stands after "invested" and a sum ("invested a small amount in X", "invested
 * £2,000 of her savings in X"): up to six words of a noun phrase between; else the verb.
 */
function investedIn(ws: readonly Word[], i: number): number {
  for (let k = i + 1; k <= i + 7 && k < ws.length; k++) {
    const x = ws[k] as Word
    // "invested time in learning X's app": effort, not money, and a doing, not a company.
    if (UNPAID.has(x.lower)) return i
    if (x.lower === 'in' && k > i + 1) return ws[k + 1]?.pos === 'VERB' ? i : k
    if (x.mention || !['DET', 'ADJ', 'NUM', 'NOUN', 'SYM', 'ADP', 'PRON'].includes(x.pos)) return i
    if (x.pos === 'ADP' && x.lower !== 'of') return i
  }
  return i
}

/** What a writer spends that is no money: effort, and any span of time ("a whole weekend"). */
const UNPAID = new Set([
  'time',
  'effort',
  'energy',
  'heart',
  'thought',
  'care',
  'attention',
  'patience',
  ...[
    'minute',
    'hour',
    'day',
    'night',
    'evening',
    'morning',
    'afternoon',
    'weekend',
    'week',
  ].flatMap((x) => [x, `${x}s`]),
  ...['fortnight', 'month', 'season', 'summer', 'winter', 'year', 'decade'].flatMap((x) => [
    x,
    `${x}s`,
  ]),
])

/** What a person can own a part of: "a hot sauce maker that she part-owns". */
const BUSINESSES = new Set(
  'company companies business businesses firm maker brand label shop store chain restaurant cafe café bakery roaster roastery brewery distillery winery studio agency startup start-up venture clinic salon gym farm producer manufacturer supplier distributor retailer stockist outfitter outfitters'.split(
    ' ',
  ),
)

/** Words that may stand between a tie verb and its preposition: "works part-time for X". */
const IN_BETWEEN = new Set([
  'part-time',
  'full-time',
  'also',
  'still',
  'now',
  'closely',
  'directly',
  'occasionally',
  'regularly',
  'previously',
  'formerly',
  'once',
  'currently',
  'briefly',
  'informally',
  'privately',
])

/** The index of the first word after `i` that is no adverb ("works part-time for" → "for"). */
function nextWord(ws: readonly Word[], i: number): number {
  let k = i + 1
  while (k < ws.length && (IN_BETWEEN.has(ws[k]?.lower ?? '') || ws[k]?.pos === 'ADV')) k++
  return k
}

/** What a sponsor may sponsor, between "her" and "sponsor": "her team sponsor". */
const SPONSOR_KINDS = new Set(['team', 'kit', 'main', 'title', 'shirt', 'headline', 'lead', 'race'])

/** Roles in a company a relative may hold: "her husband is X's chief executive". */
const COMPANY_ROLES = new Set([
  // "Her husband, Callum Reyes, is a senior adviser at X": any job there is the family's tie.
  'adviser',
  'advisor',
  'consultant',
  'broker',
  'associate',
  'officer',
  'representative',
  'engineer',
  'analyst',
  'designer',
  'buyer',
  'head',
  'chief',
  'director',
  'executive',
  'ceo',
  'founder',
  'co-founder',
  'owner',
  'co-owner',
  'manager',
  'president',
  'chair',
  'chairman',
  'chairwoman',
  'partner',
  'employee',
  'vice',
  'investor',
  'shareholder',
])

const SPOKES = new Set(['spokesperson', 'spokeswoman', 'spokesman', 'spokesmodel'])

/** Holdings a person takes in a company: "bought a minority stake in X", "has an equity stake in X". */
const STAKES = new Set(['stake', 'stakes', 'shares', 'equity', 'shareholding', 'holding'])
/** What a person is paid to do for a brand: "is paid to advise the company". */
const PAID_TO = new Set([
  'advise',
  'consult',
  'promote',
  'represent',
  'endorse',
  'speak',
  'review',
  'post',
  'appear',
  'design',
  'develop',
  'create',
  'front',
  'work',
])

function tieFound(
  person: string | null,
  brand: string | null,
  kind: ConnectionKind,
  wording: Wording,
  people?: string[],
): Found | null {
  const who = people && people.length ? people : person ? [person] : []
  if (who.length === 0 || !brand || isPublicBody(brand)) return null
  // "a physiotherapist who works with the Harrowby Rowing Club": vague words about a club, a
  // team or a hospital are someone's work, not a brand's deal. (A trust or a foundation a piece
  // is "produced in partnership with" is still its backer.)
  if (wording === 'ambiguous' && NOT_A_BRAND.test(brand)) return null
  return {
    kind: 'material-connection',
    wording,
    ...(wording === 'ambiguous' ? { note: NOTES.vagueTie } : {}),
    brandNames: [brand],
    people: who,
    tie: kind,
  }
}

/** Bodies that are no one's brand: a club, a team, a hospital, a church, a league, an orchestra. */
const NOT_A_BRAND =
  /\b(?:club|clubs|team|hospital|hospitals|church|league|federation|orchestra|choir|hospice)\b/i

/** The person a tie in segment `seg` at word `i` is about. */
function tiePerson(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  i: number,
  brand: string | null = null,
): string | null {
  // "Supplier deal for X", "“Paid partnership with X”": a name right before the tie noun, with
  // no possessive mark, modifies it; unless it is surely a person's, it is not who holds the tie.
  const pre = TIE_NOUNS.has(c.words[i]?.lower ?? '') ? c.words[i - 1]?.mention : undefined
  if (pre && !pre.possessive && !clearlyPerson(ctx, pre)) {
    let k = i - 1
    while (k > seg.from && c.words[k - 1]?.mention === pre) k--
    i = k
  }
  if (unnamedAntecedent(c.words, i)) return null
  const inside = personBackward(ctx, c, seg.from, i, false, brand)
  if (inside) return inside
  // "X, whose salons stock…", "X—a paid consultant for Y—": the clause is about X.
  if (seg.type !== 'main' && seg.anchor >= 0) {
    const anchor = personBackward(ctx, c, Math.max(0, seg.anchor - 6), seg.anchor + 1, true, brand)
    if (anchor) return anchor
  }
  // "Norvane's brand ambassador, Ana Ruiz, …": the name follows.
  const after = c.words[i + 1]?.text === ',' ? i + 2 : i + 1
  return (
    personBackward(ctx, c, seg.from, i, true, brand) ??
    personBackward(ctx, c, 0, seg.from, false, brand) ??
    personForward(ctx, c, after, Math.min(c.words.length, after + 3)) ??
    unnamedWriter(ctx, c, seg, i) ??
    unnamedAuthors(c, seg, i)
  )
}

/**
 * "one nurse who owns it", "anyone who owns a Kestrel", "readers who work for X": the tie word
 * right after "who" or "that" belongs to the common noun before it, a person the text does not
 * name, never to a name or an "I" earlier in the sentence. Relatives ("my husband, who works
 * for X") and the writer's nouns ("the author, who owns …") are read as ties elsewhere.
 */
function unnamedAntecedent(ws: readonly Word[], i: number): boolean {
  let k = i - 1
  while (k > 0 && (ws[k]?.pos === 'ADV' || ws[k]?.pos === 'AUX')) k--
  if (!['who', 'that'].includes(ws[k]?.lower ?? '')) return false
  const head = ws[k - 1]
  if (!head || head.mention || !/^\p{Ll}/u.test(head.text)) return false
  if (FAMILY_NOUNS.has(head.lower) || WRITER_WORDS.has(head.lower)) return false
  if (head.pos !== 'NOUN' && head.pos !== 'PRON') return false
  // "She is a chemist who consults for X", "Ruiz, an adviser who works for X": a noun said of
  // a person (after a copula or a comma) is that person.
  let j = k - 2
  while (
    j >= 0 &&
    ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(ws[j]?.pos ?? '') &&
    !ws[j]?.mention
  )
    j--
  const before = ws[j]?.lower ?? ''
  return !(BE.has(before) || before === 'been' || /^[,—–(:;]$/.test(before) || before === 'as')
}
const WRITER_WORDS = new Set([...WRITER_NOUNS, 'editor'])

/**
 * Where the preposition after tie noun `i` is: right after it, or after a coordinated job
 * ("founder and chief executive of X", "adviser and spokeswoman for X"): up to three
 * adjectives and nouns after "and" or "&".
 */
function coordinatedPreposition(ws: readonly Word[], i: number): number {
  if (!['and', '&'].includes(ws[i + 1]?.lower ?? '')) return i + 1
  for (let k = i + 2; k <= i + 5 && k < ws.length; k++) {
    const x = ws[k] as Word
    if (['of', 'for', 'to', 'at', 'with'].includes(x.lower)) return k > i + 2 ? k : i + 1
    if (x.mention || (x.pos !== 'NOUN' && x.pos !== 'ADJ')) return i + 1
  }
  return i + 1
}

/** Nouns for the people behind research, whom a tie may be stated of without names. */
const AUTHOR_NOUNS = new Set([
  'author',
  'authors',
  'co-author',
  'co-authors',
  'researcher',
  'researchers',
  'investigator',
  'investigators',
])

/**
 * "Two of the study's nine authors have received consulting fees from X", "the lead author
 * advises X": a research team's members the text does not name; the tie is theirs, named by
 * the phrase that describes them.
 */
function unnamedAuthors(c: Clause, seg: Segment, i: number): string | null {
  const ws = c.words
  for (let k = seg.from; k < i; k++) {
    const w = ws[k]
    if (!w || !AUTHOR_NOUNS.has(w.lower) || w.pos !== 'NOUN') continue
    // The noun is the subject's head: a verb follows it, not another noun.
    const next = ws[k + 1]
    if (next && next.pos === 'NOUN') continue
    return textBetween(ws, seg.from, k)
  }
  return null
}

/** The words from ws[a] to ws[b] as the text spells them, with single spaces. */
function textBetween(ws: readonly Word[], a: number, b: number): string {
  return ws
    .slice(a, b + 1)
    .map((w) => w.text)
    .join(' ')
    .replace(/\s+(['’]s)\b/g, '$1')
}

/**
 * "I also hold shares in X" in the piece's own words, when no byline names the writer: the
 * writer's tie all the same (a quoted "I" is the speaker's, found above).
 */
function unnamedWriter(ctx: SlotContext, c: Clause, seg: Segment, i: number): string | null {
  const low = lowers(c.words)
  const first = low.slice(seg.from, i).some((x) => x === 'i' || x === 'my')
  if (!first || quoteAt(ctx, c.words[i]?.start ?? 0) || speakerAt(ctx, c.words[i]?.start ?? 0))
    return null
  return 'the writer'
}

/** A tie named as a relation: "her role with X", "his ties to X", "Dr Lin's work for X". */
const RELATION_NOUNS = new Set([
  'role',
  'roles',
  'tie',
  'ties',
  'relationship',
  'relationships',
  'connection',
  'connections',
  'work',
  'partnership',
  'arrangement',
  'involvement',
  'deal',
  'contract',
])
/** Words that point at a disclosure made elsewhere in the piece. */
const REFER_BACK = new Set([
  'above',
  'below',
  'earlier',
  'previously',
  'disclosed',
  'stated',
  'noted',
  'mentioned',
  'declared',
  'described',
])

/** The first word of the name that word `k` is part of ("a Solano Cellars partner" → Solano). */
function mentionStart(ws: readonly Word[], k: number): number {
  const m = ws[k]?.mention
  let j = k
  while (m && j > 0 && ws[j - 1]?.mention === m) j--
  return j
}

/** Names of a business's premises: "Kestrel Café", "Harbour Inn", "Mill Lane Bakery". */
const PREMISES =
  /\b(?:caf[eé]s?|restaurants?|shops?|stores?|bakery|bakeries|hotels?|inns?|bars?|pubs?|salons?|gyms?|studios?|farms?|clinics?|kitchens?|garages?|agency|agencies|firms?|practice|surgery)$/i

/**
 * Whether "a X owner" names a company one owns rather than a product one bought: X ends in a
 * company's or a premises' word ("a Lumen Labs owner", "a Carrow Roasters owner", "a Kestrel
 * Café owner"), or the ownership has a start ("a Tuftly owner since 2015").
 */
function ownsCompany(name: string, after: readonly string[]): boolean {
  const last = name.toLowerCase().split(/\s+/).at(-1) ?? ''
  if (PREMISES.test(name) || ORG_WORDS.has(last)) return true
  return after[0] === 'since' && /^(?:1[89]|20)\d\d$/.test(after[1] ?? '')
}

/** The word before a name and its describing words: "a longtime Solano Cellars partner" → a. */
function determinerBefore(ws: readonly Word[], k: number): number {
  let d = mentionStart(ws, k) - 1
  while (d > 0 && ws[d]?.pos === 'ADJ') d--
  return d
}

/**
 * A disclosure that points at another: "Her role with X is stated above", "Dr Lin's ties to X
 * are disclosed below". The tie is the relation's; the person is its possessor.
 */
function referBack(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  if (!low.slice(seg.from, seg.to).some((x) => REFER_BACK.has(x))) return null
  for (let i = seg.from + 1; i < seg.to; i++) {
    if (!RELATION_NOUNS.has(low[i] ?? '') || ws[i]?.pos !== 'NOUN') continue
    if (!['with', 'at', 'for', 'to'].includes(low[i + 1] ?? '')) continue
    // Back over the relation's modifiers to its possessor: "Dr X's paid spokesperson role".
    let j = i - 1
    while (
      j > seg.from &&
      i - j <= 3 &&
      !ws[j]?.mention &&
      (ws[j]?.pos === 'NOUN' ||
        ws[j]?.pos === 'ADJ' ||
        (ws[j]?.pos === 'VERB' && (/ed$/.test(low[j] ?? '') || PAID_MARKS.has(low[j] ?? '')))) &&
      !FEMALE_PRONOUNS.has(low[j] ?? '') &&
      !MALE_PRONOUNS.has(low[j] ?? '')
    )
      j--
    const before = ws[j]
    const modifiers = low.slice(j + 1, i)
    const owner =
      before && (FEMALE_PRONOUNS.has(before.lower) || MALE_PRONOUNS.has(before.lower))
        ? personOf(ctx, before)
        : ['’s', "'s"].includes(before?.lower ?? '') && ws[j - 1]
          ? personOf(ctx, ws[j - 1] as Word)
          : before?.mention?.possessive
            ? personOf(ctx, before)
            : null
    // The modifier says which tie: "spokesperson role" → an endorser, "advisory role" → advice.
    const named = modifiers
      .map((x) => (SPOKES.has(x) ? 'ambassador' : x === 'advisory' ? 'adviser' : stem(x)))
      .map((x) => (x === 'ambassador' ? 'ambassador' : TIE_KIND[x]))
      .find(Boolean)
    const f = tieFound(
      owner,
      brandAfter(ctx, c, i + 2, 4),
      named ?? 'family-or-business-tie',
      'clear',
    )
    if (f) return f
  }
  return null
}

/** People a brand pays to compete or create under its name. */
const SPONSORED_PEOPLE = new Set([
  'athlete',
  'athletes',
  'rider',
  'riders',
  'runner',
  'runners',
  'climber',
  'climbers',
  'creator',
  'creators',
  'influencer',
  'influencers',
  'model',
  'models',
  'player',
  'players',
  'driver',
  'drivers',
])

/**
 * A company that opens the clause as the subject of a holding ("X also owns a 20 per cent stake
 * in Y", "X, a flour company, holds a minority stake in Y"): the holder of a stake in another
 * business, when no person holds it.
 */
function companyHolder(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  i: number,
  held: string | null,
): string | null {
  const w = c.words[seg.from]
  if (!held || !w?.mention || w.mention.name === held || w.mention.possessive) return null
  if (ownerOf(ctx.doc, w.mention)?.kind !== 'organisation') return null
  // The subject's verb comes before the holding, past an apposition: "X, a flour company, holds".
  const verb = c.words.findIndex(
    (x, k) => k > seg.from && k <= i && (x.pos === 'VERB' || x.pos === 'AUX') && !x.mention,
  )
  return verb > 0 && brandOfWord(ctx, c, seg.from, true) ? w.mention.name : null
}

/** What an inventor or an author is paid on a licence. */
const ROYALTIES = new Set(['royalty', 'royalties'])
/** Verbs of getting money: "receives a share of the royalties", "collects royalties". */
const GETTING = new Set(
  'receive receives received get gets got collect collects collected earn earns earned draw draws drew take takes took paid'.split(
    ' ',
  ),
)

/**
 * The maker a licence in the sentence before words[i] goes to: "licenses to X", "licensed to
 * X", or the licensee as subject ("which X makes under licence", "X licenses the design").
 */
function licensee(ctx: SlotContext, c: Clause, i: number): string | null {
  const low = lowers(c.words)
  for (let k = i - 1; k >= 0; k--) {
    if (!/^licen[cs]/.test(low[k] ?? '')) continue
    const named =
      low[k + 1] === 'to'
        ? brandAfter(ctx, c, k + 2, 5)
        : brandBackward(ctx, c, Math.max(0, k - 6), k)
    if (named) return named
  }
  return null
}

/**
 * A tie's wording: a vague tie ("collab") is ambiguous unless money is named beside it in the
 * segment. (A module function: a closure made on every tieFrame call costs on every segment.)
 */
function tieWording(c: Clause, seg: Segment, vague: boolean): Wording {
  if (!vague) return 'clear'
  const low = lowers(c.words)
  const paid =
    low.slice(seg.from, seg.to).some((w) => PAID_MARKS.has(w)) ||
    c.words.slice(seg.from, seg.to).some((w) => w.entity === 'MONEY')
  return paid ? 'clear' : 'ambiguous'
}

export function tieFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, TIE_GATE)) return null
  const ws = c.words
  const low = lowers(ws)
  const referred = referBack(ctx, c, seg)
  if (referred) return referred
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    const word = ws[i]
    if (!word) continue
    // "an Orvo-sponsored climber", "a Lumio-funded creator": the tie in one word.
    const compound = !word.text.includes('-')
      ? null
      : /^(\p{Lu}[\p{L}\p{N}&]*)-(?:sponsored|funded|backed|paid|endorsed)$/u.exec(word.text)
    if (compound?.[1] && ws[i + 1]?.pos === 'NOUN') {
      const f = tieFound(tiePerson(ctx, c, seg, i), compound[1], 'ambassador', 'clear')
      if (f) return f
    }
    if (word.mention) continue
    // "has done paid workshops for X", "gives paid talks for X's customers": paid work for a
    // brand, whatever the work is called.
    if (
      w === 'paid' &&
      ws[i + 1]?.pos === 'NOUN' &&
      !TIE_NOUNS.has(low[i + 1] ?? '') &&
      !SPOKES.has(low[i + 1] ?? '') &&
      ['for', 'with'].includes(low[i + 2] ?? '')
    ) {
      const brand = brandAfter(ctx, c, i + 3, 4)
      const person = brand ? personBackward(ctx, c, seg.from, i, false, brand) : null
      const f = tieFound(person, brand, 'paid-consultant', 'clear')
      if (f) return f
    }
    // "Ruiz counts Orvo among her clients", "lists Orvo as a client": the brand between the verb
    // of counting and the client list, the person the verb's subject.
    if ((w === 'client' || w === 'clients') && word.pos === 'NOUN') {
      const among = low.lastIndexOf('among', i - 1)
      const as = low.lastIndexOf('as', i - 1)
      const at = Math.max(among >= i - 3 ? among : -1, as >= i - 3 ? as : -1)
      const verb =
        at > seg.from ? low.slice(seg.from, at).findLastIndex((x) => COUNTING.has(x)) : -1
      if (verb >= 0) {
        const v = seg.from + verb
        const brand = brandAfter(ctx, c, v + 1, Math.min(5, at - v - 1))
        const person = brand ? tiePerson(ctx, c, seg, v, brand) : null
        const f = tieFound(person, brand, 'paid-consultant', 'clear')
        if (f) return f
      }
    }
    // "Orvo is one of her clients": the brand is the subject, the person owns the client list.
    if ((w === 'client' || w === 'clients') && word.pos === 'NOUN') {
      const p = ws[i - 1]
      // (Or a name's possessive: "Orvo has been one of Ruiz's clients".)
      const named = p && ['’s', "'s"].includes(p.lower) && ws[i - 2]?.mention ? ws[i - 2] : null
      const owner =
        p && (FEMALE_PRONOUNS.has(p.lower) || MALE_PRONOUNS.has(p.lower) || p.lower === 'my')
          ? personOf(ctx, p)
          : named
            ? personOf(ctx, named)
            : null
      // "Ruiz's clients include Orvo and two hotel chains": the brand after the verb of the list.
      // ("… include Orvo customers": people of the brand, not the brand.)
      if (owner && ['include', 'includes', 'included'].includes(low[i + 1] ?? '')) {
        const brand = brandAfter(ctx, c, i + 2, 4)
        const at = brand ? ws.findIndex((x, k) => k > i + 1 && x.mention?.name === brand) : -1
        let end = at
        while (end >= 0 && ws[end + 1]?.mention === ws[at]?.mention) end++
        const people =
          end >= 0 &&
          /^(?:customers?|staff|employees?|users?|workers?|buyers?)$/.test(low[end + 1] ?? '')
        const f = people ? null : tieFound(owner, brand, 'paid-consultant', 'clear')
        if (f) return f
      }
      // The brand is the copula's subject ("Orvo is one of her clients", "… has been among her
      // clients"); "Halden Bank sends her clients a newsletter" sends something to them.
      const acts = ws
        .slice(seg.from, i - 1)
        .some((x) => x.pos === 'VERB' && !BE.has(x.lower) && !COPULAS.has(x.lower))
      // ("It wakes you and my clients sleep better": no copula and no apposition, so nothing
      // is said to be among the clients.)
      const comma = low.lastIndexOf(',', i - 1)
      const apposition =
        comma >= seg.from &&
        comma >= i - 5 &&
        ['one', 'among', 'a', 'an', 'two', 'both'].includes(low[comma + 1] ?? '')
      const copula =
        apposition || ws.slice(seg.from, i - 1).some((x) => BE.has(x.lower) || COPULAS.has(x.lower))
      const brand = owner && copula && !acts ? brandBackward(ctx, c, seg.from, i) : null
      const f = tieFound(owner, brand, 'paid-consultant', 'clear')
      if (f) return f
    }
    // "bought a minority stake in X", "has an equity stake in X", "took shares in X".
    if (STAKES.has(w) && (low[i + 1] === 'in' || low[i + 1] === 'of') && word.pos === 'NOUN') {
      if (negated(ws, Math.max(seg.from, i - 5), i)) return null
      const brand = brandAfter(ctx, c, i + 2, 5)
      const holder = tiePerson(ctx, c, seg, i, brand) ?? companyHolder(ctx, c, seg, i, brand)
      const f = tieFound(holder, brand, 'investor', 'clear')
      if (f) return f
      continue
    }
    // "a paid spokesperson for X": paid, a spokesperson is an endorser, not a job title.
    const paidVoice = SPOKES.has(w) && low[i - 1] === 'paid'
    // "Brandt is married to Calloway's chief executive": a family tie to the company.
    if (w === 'married' && low[i + 1] === 'to') {
      const role = low.slice(i + 2, i + 8).findIndex((x) => COMPANY_ROLES.has(x))
      if (role >= 0) {
        const brand = brandAfter(ctx, c, i + 2, role + 1)
        const f = tieFound(
          personBackward(ctx, c, seg.from, i),
          brand,
          'family-or-business-tie',
          'clear',
        )
        if (f) return f
      }
      continue
    }
    // "a paid Kestrel athlete", "a sponsored rider for Orvo": someone a brand pays to compete
    // or create under its name, said with the pay.
    // "courtesy of Aerovane, her team sponsor since 2023", "Aerovane, his main sponsor, …": a
    // brand set beside "her sponsor" is that person's sponsor.
    if ((w === 'sponsor' || w === 'sponsors') && word.pos === 'NOUN') {
      let k = i - 1
      if (SPONSOR_KINDS.has(low[k] ?? '')) k--
      if (['her', 'his', 'their'].includes(low[k] ?? '') && low[k - 1] === ',') {
        const brand = brandOfWord(ctx, c, k - 2, true)
        const f = tieFound(personOf(ctx, ws[k] as Word), brand, 'ambassador', 'clear')
        if (f) return f
      }
    }
    if (SPONSORED_PEOPLE.has(w) && word.pos === 'NOUN') {
      const paidAt = low
        .slice(Math.max(seg.from, i - 5), i)
        .findIndex((x) => x === 'paid' || x === 'sponsored' || x === 'contracted')
      const paid = paidAt >= 0
      // "a sponsored athlete of Kestrel Running"; not a ranking ("the highest paid player of
      // the league").
      const ranked = ['highest', 'best', 'lowest', 'worst', 'most', 'least', 'top'].includes(
        low[Math.max(seg.from, i - 5) + paidAt - 1] ?? '',
      )
      const after = ['for', 'with'].includes(low[i + 1] ?? '') || (low[i + 1] === 'of' && !ranked)
      const brand = paid
        ? (brandBefore(ctx, c, i) ??
          (after ? brandAfter(ctx, c, i + 2, low[i + 1] === 'of' ? 2 : 4) : null))
        : null
      if (brand && !negated(ws, Math.max(seg.from, i - 6), i)) {
        const f = tieFound(tiePerson(ctx, c, seg, i, brand), brand, 'ambassador', 'clear')
        if (f) return f
      }
    }
    // "…, which the college licenses to X, and receives a share of the royalties", "…, which X
    // makes under licence, and collects royalties on it": royalties someone gets are paid by the
    // maker the sentence says holds the licence.
    if (ROYALTIES.has(w) && word.pos === 'NOUN' && low[i + 1] !== 'from') {
      const got = low.slice(Math.max(seg.from, i - 5), i).some((x) => GETTING.has(x))
      const brand = got && !negated(ws, Math.max(seg.from, i - 6), i) ? licensee(ctx, c, i) : null
      const f = tieFound(
        brand ? personBackward(ctx, c, 0, i, false, brand) : null,
        brand,
        'paid-consultant',
        'clear',
      )
      if (f) return f
    }
    if (!FAMILY_NOUNS.has(w) && !TIE_NOUNS.has(w) && !TIE_VERBS.has(w) && !paidVoice) continue
    const base = stem(w)
    // Family: "her husband co-owns X", "whose brother works for X".
    // "Dr Lin's daughter works in marketing at X": a named person's relative.
    // "The writer's wife works at X", "the author's husband": the writer, by the noun.
    const possessor =
      ['’s', "'s"].includes(low[i - 1] ?? '') &&
      (ws[i - 2]?.mention || WRITER_WORDS.has(low[i - 2] ?? ''))
        ? personOf(ctx, ws[i - 2] as Word)
        : null
    if (
      FAMILY_NOUNS.has(w) &&
      (['her', 'his', 'their', 'my', 'whose'].includes(low[i - 1] ?? '') || possessor)
    ) {
      // "Her husband, Ivo Hale, co-owns X": the verb comes after the relative's name.
      const named =
        low[i + 1] === ',' && ws[i + 2]?.mention ? low.slice(i + 2, i + 8).indexOf(',') + i + 2 : i
      const from = named > i ? named : i
      const found = low
        .slice(from + 1, from + 4)
        .findIndex(
          (x) =>
            TIE_VERBS.has(x) ||
            ['founded', 'runs', 'run', 'ran', 'co-founded', 'manages', 'heads', 'leads'].includes(
              x,
            ),
        )
      const verb = found < 0 ? -1 : found + from - i
      // "Brandt's wife is Calloway's head of marketing", "her son is a director at X", and past
      // the relative's name, "Her husband, Ivo Hale, is a co-founder of X": the relative's role
      // is a family tie of the person whose relative it is, and the relative's own tie.
      const be = BE.has(low[from + 1] ?? '') ? from + 1 : -1
      if (verb < 0 && be > 0 && low.slice(be + 1, be + 7).some((x) => COMPANY_ROLES.has(x))) {
        const owner = possessor ?? personOf(ctx, ws[i - 1] as Word)
        const brand = brandAfter(ctx, c, be + 1, 7) ?? brandBefore(ctx, c, be + 4)
        const relative = named > i ? personOf(ctx, ws[i + 2] as Word, true) : null
        const people = [owner, relative].filter((x): x is string => !!x)
        const f = tieFound(owner, brand, 'family-or-business-tie', 'clear', people)
        if (f) return f
      }
      if (verb >= 0) {
        const owner =
          possessor ??
          (low[i - 1] === 'whose'
            ? tiePerson(ctx, c, seg, i - 1)
            : personOf(ctx, ws[i - 1] as Word))
        const brand = commonObject(ws, i + 1 + verb + 1)
          ? null
          : brandAfter(ctx, c, i + 1 + verb + 1)
        const f = tieFound(owner, brand, 'family-or-business-tie', 'clear')
        if (f) return f
      }
      continue
    }
    if (
      (TIE_NOUNS.has(w) || paidVoice) &&
      (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ')
    ) {
      if (negated(ws, Math.max(seg.from, i - 4), i)) return null
      // "She is the founder and chief executive of X": a coordinated job shares the
      // preposition, in a sentence that says what the person is (an attribution's job title,
      // "said X, founder and chief executive of Y", stays as it was read).
      const copula = low.slice(Math.max(seg.from, i - 4), i).some((x) => BE.has(x) || x === 'been')
      const coAt = copula ? coordinatedPreposition(ws, i) : i + 1
      const prep = low[coAt] ?? ''
      if (w === 'face' && prep !== 'of') continue
      // "is in (full) agreement with X", "signed the agreement on the hospital's behalf": an
      // agreement is a tie only as something the person has ("has a consulting agreement with X").
      if (
        (w === 'agreement' || w === 'agreements') &&
        !low.slice(Math.max(seg.from, i - 5), i).some((x) => HAVE.has(x))
      )
        continue
      // "has a tenancy agreement with X", "an agreement with the bank to pay off her overdraft":
      // a customer's or a tenant's agreement is no paid tie.
      if (
        (w === 'agreement' || w === 'agreements') &&
        (CUSTOMER_AGREEMENTS.has(low[i - 1] ?? '') ||
          low
            .slice(i + 1, Math.min(seg.to, i + 9))
            .some((x, k, a) => x === 'to' && REPAY.has(a[k + 1] ?? '')))
      )
        continue
      // "…,” said Larchmont colour consultant Jess Orrell: a job title before a name in an
      // attribution says whom the source speaks for, not an endorser's tie.
      if (
        ws[i + 1]?.mention &&
        !paidVoice &&
        low.slice(Math.max(seg.from, i - 6), i).some((x) => SPEECH_VERBS.has(x))
      )
        continue
      // An advisory committee is a board; a committee alone may be a parliament's.
      if (
        w === 'committee' &&
        !['advisory', 'scientific', 'expert', 'steering'].includes(low[i - 1] ?? '')
      )
        continue
      if (w === 'board' || w === 'panel' || w === 'committee') {
        // "a member of the board of X", "sits on the board of X", "a board member at X".
        // "sits on the advisory board of X", "a member of the board of X", "board member at X".
        // "board member Ada Kell" is a title before a name: the board's company must follow
        // "member" with "at", "of" or "for" ("a board member at X").
        const of =
          low[i + 1] === 'of' || low[i + 1] === 'for' || low[i + 1] === 'at'
            ? i + 2
            : low[i + 1] === 'member' || low[i + 1] === 'members'
              ? ['at', 'of', 'for', 'with'].includes(low[i + 2] ?? '')
                ? i + 3
                : -1
              : -1
        const seat = low
          .slice(Math.max(seg.from, i - 4), i)
          .some((x) =>
            [
              'member',
              'members',
              'on',
              'sits',
              'sit',
              'joined',
              'serves',
              'serve',
              'seat',
            ].includes(x),
          )
        // "is on X's advisory board": the brand before, when the person sits on it.
        const onBoard =
          of < 0 &&
          low
            .slice(Math.max(seg.from, i - 7), i)
            .some((x) => x === 'on' || x === 'member' || x === 'members')
            ? brandBefore(ctx, c, i)
            : null
        if (onBoard) {
          const f = tieFound(
            tiePerson(ctx, c, seg, i, onBoard),
            onBoard,
            'paid-consultant',
            'clear',
          )
          if (f) return f
          continue
        }
        if (of < 0 || (!seat && low[i + 1] !== 'member')) continue
        const brand = brandAfter(ctx, c, of)
        const f = tieFound(tiePerson(ctx, c, seg, i), brand, 'paid-consultant', 'clear')
        if (f) return f
        continue
      }
      // "a partner at X" / "a partner in X": a firm's partner, a business tie said plainly; "a
      // Brightloom partner" is one that does not say what it is (vague).
      const firmPartner =
        (w === 'partner' || w === 'partners') &&
        (prep === 'at' || prep === 'in') &&
        ['a', 'an', 'senior', 'managing', 'founding', 'general', 'equity', 'named'].includes(
          low[i - 1] ?? '',
        )
      if (firmPartner) {
        // "“…,” said X, a managing partner at Y": a source's job in a news attribution, no
        // disclosure (the praise before it is no statement of a tie).
        if (attribution(ctx, c, seg)) continue
        const brand = brandAfter(ctx, c, i + 2, 5)
        const f = tieFound(
          tiePerson(ctx, c, seg, i, brand),
          brand,
          'family-or-business-tie',
          'clear',
        )
        // A firm's partner speaks for the firm, like a job title: the statement discloses, but
        // it is no tie that would make the partner's words about the firm an endorsement.
        if (f) {
          const { tie: _tie, ...disclosed } = f
          return disclosed
        }
        continue
      }
      // "his business partner", "Hale's business partner": a partner of a person, a relation
      // between people (they run a business together), no tie to a brand and no partner label.
      if ((w === 'partner' || w === 'partners') && low[i - 1] === 'business') {
        let k = i - 2
        while (k > seg.from && ws[k]?.pos === 'ADJ') k--
        if (/^['’]s?$/.test(ws[k]?.lower ?? '')) k--
        const owner = ws[k]
        if (
          ['his', 'her', 'their', 'my', 'our', 'your'].includes(owner?.lower ?? '') ||
          (owner?.mention?.possessive && !!personOf(ctx, owner, true))
        )
          continue
      }
      if (
        (w === 'partner' || w === 'partners') &&
        low[i + 1] !== 'with' &&
        !['brand', 'paid', 'commercial', 'business', 'official'].includes(low[i - 1] ?? '') &&
        !(ws[i - 1]?.mention && ['a', 'an'].includes(low[determinerBefore(ws, i - 1)] ?? ''))
      )
        continue
      if ((w === 'affiliate' || w === 'affiliates') && !['of', 'for'].includes(prep)) continue
      // "Ines Porter, a Lawnwick owner in the valley", "longtime Volvo owners": a brand's name
      // before "owner" with no possessive mark is what the person owns, a customer, not a stake
      // ("X's owner", "the owner of X", "a co-owner of X" stay ties).
      // A business one can only own, not buy ("a Kestrel Café owner", "a Lumen Labs owner"),
      // an owner "since 2015", and "the X owner" stay ties.
      const owned = ws[i - 1]?.mention
      if (
        (w === 'owner' || w === 'owners') &&
        owned &&
        !owned.possessive &&
        prep !== 'of' &&
        (w === 'owners' || ['a', 'an'].includes(low[determinerBefore(ws, i - 1)] ?? '')) &&
        !ownsCompany(owned.name, low.slice(i + 1, i + 3))
      )
        continue
      const allowed = [
        'investor',
        'investors',
        'shareholder',
        'shareholders',
        'stakeholder',
        'stakeholders',
      ].includes(w)
        ? ['in', 'of', 'at']
        : ['for', 'to', 'of', 'with']
      let brand = allowed.includes(prep) ? brandAfter(ctx, c, coAt + 1) : null
      brand ??= brandBefore(ctx, c, i)
      if (!brand && seg.type === 'relative' && seg.anchor >= 0) {
        // "Solenne, for which Blaylock serves as a paid adviser": the clause is about Solenne.
        const a = ws[seg.anchor]
        if (a?.mention) brand = brandOfWord(ctx, c, seg.anchor, true)
      }
      const person = tiePerson(ctx, c, seg, i, brand)
      const kind = paidVoice
        ? 'ambassador'
        : (TIE_KIND[base] ?? TIE_KIND[w] ?? 'family-or-business-tie')
      const f = tieFound(person, brand, kind, tieWording(c, seg, VAGUE_TIE_NOUNS.has(w)))
      if (f) return f
      continue
    }
    if (!TIE_VERBS.has(w) || !TIE_KIND[base]) continue
    // "partners with X" is a verb even when tagged a plural noun, if a person comes first.
    // "I co-own X", "she part-owns X": a hyphenated word is read as one noun; one whose last
    // part is a tie verb is that verb, unless an article or a possessive makes it a noun.
    const verbal =
      isVerb(word) ||
      base === 'collab' ||
      (/-(?:own|owns|owned|found|founded)$/.test(w) && !DETERMINERS.has(low[i - 1] ?? '')) ||
      ((w === 'partners' || w === 'partner') &&
        low[i + 1] === 'with' &&
        !!personBackward(ctx, c, seg.from, i)) ||
      // "Norvane sponsors her podcast", "The company sponsors Dr Ana Ruiz": after a name or a
      // business noun, a tie verb in -s that wink tags a plural noun is the verb when a person
      // or an object pronoun follows.
      (SUBJECT_VERBS.has(w) &&
        (!!ws[i - 1]?.mention || BUSINESS_SUBJECTS.has(low[i - 1] ?? '')) &&
        (OBJECT_PRONOUNS.has(low[i + 1] ?? '') || !!personForward(ctx, c, i + 1, i + 4)))
    if (!verbal) continue
    if (negated(ws, Math.max(seg.from, i - 3), i)) return null
    // "owns no shares in X", "has no ties to X": the object denies the tie.
    if (['no', 'none', 'neither'].includes(low[i + 1] ?? '')) return null
    // "is paid by", "was previously employed by": a copula, maybe an adverb between. A form in
    // -ing after it is the active progressive ("X have been paying me since May").
    const passive =
      !w.endsWith('ing') &&
      (BE.has(low[i - 1] ?? '') ||
        low[i - 1] === 'been' ||
        ((IN_BETWEEN.has(low[i - 1] ?? '') || ws[i - 1]?.pos === 'ADV') &&
          (BE.has(low[i - 2] ?? '') || low[i - 2] === 'been')))
    const next = low[i + 1] ?? ''
    // "Norvane was founded by Lena Fox": the person follows "by".
    if (
      (base === 'found' || base === 'co-found' || base === 'cofound') &&
      passive &&
      next === 'by'
    ) {
      const f = tieFound(
        personForward(ctx, c, i + 2, Math.min(seg.to, i + 5)),
        brandBackward(ctx, c, seg.from, i),
        'investor',
        'clear',
        peopleIn(ctx, c, i + 2, seg.to),
      )
      if (f) return f
      continue
    }
    switch (base) {
      case 'pay':
      case 'sponsor':
      case 'employ':
      case 'retain': {
        if (low[i + 1] === 'for') continue
        // "Halden Bank pays her 4% interest on her savings", "pays her pension into the
        // account": money a customer is owed (interest, a pension, a refund) is no pay for work.
        // ("pays her a retainer and a pension as its adviser" is pay for work: a payment or a
        // role beside it keeps the tie.)
        if (
          base === 'pay' &&
          low.slice(i + 1, Math.min(seg.to, i + 6)).some((x) => CUSTOMER_MONEY.has(x)) &&
          !low.slice(i + 1, seg.to).some((x) => WORK_PAY.has(x) || TIE_NOUNS.has(x))
        )
          continue
        // "X paid Hart's travel expenses", "pays her hotel bill": costs a brand covers are a
        // gift of travel or a stay (gifts.ts), not pay for work.
        if (
          base === 'pay' &&
          !passive &&
          low
            .slice(i + 1, Math.min(seg.to, i + 5))
            .some((x) => EXPENSES.has(x) && x !== 'expenses') &&
          !low.slice(i + 1, seg.to).some((x) => WORK_PAY.has(x) || TIE_NOUNS.has(x))
        )
          continue
        // "to pay off her overdraft", "paying back the loan": a debt repaid, no one paid.
        // ("paid her back within a day": a refund.)
        if (
          base === 'pay' &&
          (['off', 'back', 'down'].includes(low[i + 1] ?? '') ||
            (OBJECT_PRONOUNS.has(low[i + 1] ?? '') && low[i + 2] === 'back'))
        )
          continue
        // "they're paying me for this post", "… for a sponsored video": paying for a piece (a
        // content noun among the three words after "for") is its sponsorship (read as such), not
        // a tie of the person's own.
        if (
          w.endsWith('ing') &&
          low
            .slice(i + 2, i + 6)
            .some(
              (x, k) =>
                x === 'for' && low.slice(i + 3 + k, i + 6 + k).some((n) => CONTENT_NOUNS.has(n)),
            )
        )
          continue
        // "is paid to advise the company", "was paid to promote X".
        if (passive && next === 'to' && PAID_TO.has(low[i + 2] ?? '')) {
          const f = tieFound(
            tiePerson(ctx, c, seg, i),
            brandAfter(ctx, c, i + 3, 5),
            low[i + 2] === 'promote' || low[i + 2] === 'endorse' ? 'ambassador' : 'paid-consultant',
            'clear',
          )
          if (f) return f
          continue
        }
        // "She is paid a fee by X for each talk".
        const by = passive ? low.indexOf('by', i + 1) : -1
        if (passive && next !== 'by' && by > i && by <= i + 4 && by < seg.to) {
          const f = tieFound(
            tiePerson(ctx, c, seg, i),
            brandAfter(ctx, c, by + 1),
            TIE_KIND[base] ?? 'paid-consultant',
            'clear',
          )
          if (f) return f
          continue
        }
        // "…, who helped X develop the formula and is paid a royalty": paid what, by the brand
        // the clause names.
        if (
          passive &&
          next !== 'by' &&
          by < 0 &&
          low.slice(i + 1, i + 4).some((x) => PAYMENTS.has(x))
        ) {
          const brand = brandBackward(ctx, c, seg.from, i)
          const f = tieFound(tiePerson(ctx, c, seg, i, brand), brand, 'paid-consultant', 'clear')
          if (f) return f
          continue
        }
        if (passive && next === 'by') {
          const f = tieFound(
            tiePerson(ctx, c, seg, i),
            brandAfter(ctx, c, i + 2),
            TIE_KIND[base] ?? 'paid-consultant',
            'clear',
          )
          if (f) return f
          continue
        }
        // "X pays me as a scientific adviser", "X sponsors her", "…, whom X pays to speak";
        // "…for Emberforge, which pays her a royalty": the relative clause's antecedent pays.
        const brand =
          brandBackward(ctx, c, seg.from, i) ??
          (seg.type === 'relative' &&
          seg.anchor >= 0 &&
          ['which', 'that'].includes(low[seg.from] ?? '')
            ? brandOfWord(ctx, c, seg.anchor, true)
            : null)
        const person =
          personForward(ctx, c, i + 1, Math.min(seg.to, i + 3)) ??
          (low.slice(seg.from, i).includes('whom') ? tiePerson(ctx, c, seg, i, brand) : null)
        const f = tieFound(person, brand, TIE_KIND[base] ?? 'paid-consultant', 'clear')
        if (f) return f
        continue
      }
      case 'earn': {
        // "She designed the range with X and earns royalties on it": paid by the brand the
        // clause names.
        const got = low.slice(i + 1, i + 5).findIndex((x) => PAYMENTS.has(x))
        if (got < 0) continue
        // Earning when readers buy through links is an affiliate notice, not this tie.
        if (low.slice(seg.from, seg.to).some((x) => /^(?:links?|buy|purchases?|shop)$/.test(x)))
          continue
        const brand = brandBackward(ctx, c, seg.from, i) ?? brandAfter(ctx, c, i + 2 + got, 5)
        // The earner is the clause's subject, a person named or referred to just before.
        const earner = personBackward(ctx, c, Math.max(seg.from, i - 8), i, false, brand)
        const f = tieFound(earner, brand, 'paid-consultant', 'clear')
        if (f) return f
        continue
      }
      case 'receive': {
        const got = low.slice(i + 1, i + 6).findIndex((x) => PAYMENTS.has(x) || x === 'free')
        const from = low.indexOf('from', i)
        if (got < 0 || from < 0 || from > i + 8) continue
        const subject = peopleIn(ctx, c, seg.from, i)
        const gifted = low
          .slice(i + 1, from)
          .some((x) => x === 'free' || x === 'complimentary' || x === 'gifted')
        // "from two supplement makers, Calma and Restwell": every brand of the list.
        const listed = brandsNamedAfter(c, from + 1, (k) => brandOfWord(ctx, c, k, true))
        const f = tieFound(
          tiePerson(ctx, c, seg, i),
          brandAfter(ctx, c, from + 1) ?? listed[0] ?? null,
          gifted ? 'gifted-product' : 'paid-consultant',
          'clear',
          subject,
        )
        if (f && listed.length > 1) f.brandNames = listed
        if (f) return gifted ? { ...f, kind: 'gifted-product' } : f
        continue
      }
      case 'found':
      case 'co-found':
      case 'cofound':
      case 'hold':
      case 'own':
      case 'co-own':
      case 'part-own':
      case 'invest': {
        // "I hold a stake in X", "owns shares in X", "co-owns X", "invested in X".
        // "its own trial", "my own": an adjective, not owning.
        if (POSSESSIVES.has(low[i - 1] ?? '')) continue
        // "owns their recordings", "owns his home": what the owner owns is their own thing
        // (the possessive is the owner's), no company, unless a name follows at once.
        if (
          ['my', 'our', 'their', 'his', 'her', 'your'].includes(next) &&
          !ws.slice(i + 2, i + 4).some((x) => x.mention)
        )
          continue
        // "an artist who owns …", "any grower who holds …": a person in general, no one the
        // piece names, so no one's tie.
        if (genericOwner(ws, seg.from, i)) continue
        // "Brinehouse, a hot sauce company that she still part-owns": a relative clause whose
        // verb has no object of its own owns what the clause is about.
        const rel = ownedBefore(low, i)
        if (rel >= 0) {
          const f = tieFound(
            tiePerson(ctx, c, seg, i),
            brandBackward(ctx, c, 0, rel),
            'investor',
            'clear',
          )
          if (f) return f
        }
        // "I own part of X", "she owns a third of X", "holds a share of X": a part of the
        // company is owned.
        const partOf = ownedPart(low, i + 1)
        if (partOf > 0) {
          const brand = brandAfter(ctx, c, partOf + 1, 5)
          const holder = tiePerson(ctx, c, seg, i) ?? companyHolder(ctx, c, seg, i, brand)
          const f = tieFound(holder, brand, 'investor', 'clear')
          if (f) return f
        }
        const stake = low.slice(i + 1, i + 8).findIndex((x) => HOLDINGS.has(x))
        if (base === 'hold' && stake < 0) continue
        // "holds Brightpath stock": the brand named before the holding.
        const named = stake > 0 ? brandAfter(ctx, c, i + 1, stake + 1) : null
        if (named) {
          const f = tieFound(tiePerson(ctx, c, seg, i, named), named, 'investor', 'clear')
          if (f) return f
        }
        const at =
          stake >= 0
            ? low.indexOf('in', i + 1 + stake)
            : next === 'in'
              ? i + 1
              : base === 'invest'
                ? investedIn(ws, i)
                : i
        if (at < 0 || at > i + 8) continue
        // "the comfiest boots I've ever owned and they …": the verb's object is the noun before
        // it (a relative clause), so nothing after it is owned.
        if (
          stake < 0 &&
          (!next || /^(?:and|but|or|so|because|since|when|until)$|^\p{P}/u.test(next))
        )
          continue
        if (stake < 0 && (base === 'own' || base.includes('found'))) {
          // "owns X" alone is a company owning a company unless a person is the subject.
          if (!personBackward(ctx, c, seg.from, i)) continue
        }
        // "owns X" takes its object at once; "I have ever owned," has none.
        const f = tieFound(
          tiePerson(ctx, c, seg, i),
          brandAfter(ctx, c, at + 1, stake < 0 && next !== 'in' ? 3 : 7),
          'investor',
          'clear',
        )
        // "owns X and, through it, one of Y's shares": what is held through X is held too.
        if (f && stake < 0)
          for (const b of heldThrough(ctx, c, seg, at + 2))
            if (!f.brandNames.includes(b)) f.brandNames.push(b)
        if (f) return f
        continue
      }
      case 'work':
      case 'collaborate':
      case 'partner':
      case 'collab': {
        // "works part-time for X", "has worked closely with X".
        const at = nextWord(ws, i)
        const prepo = low[at] ?? ''
        if (prepo !== 'for' && prepo !== 'with') continue
        if (base === 'work' && low[i - 1] === 'to') continue
        // "has worked with Amara Kettleby since 2019": working beside a person is no tie to a
        // brand, even when the person's name is on a business.
        const obj = ws[at + 1]
        if (obj?.mention && personOf(ctx, obj)) continue
        const vague = !(base === 'work' && prepo === 'for')
        // "So excited to share our collab with X this week!": in the piece's own words,
        // the writer's collab is the content being shared, a sponsorship it does not spell out;
        // a quoted person's "my collab with X" stays that person's tie.
        if (
          base === 'collab' &&
          (low[i - 1] === 'my' || low[i - 1] === 'our') &&
          !quoteAt(ctx, word.start) &&
          !speakerAt(ctx, word.start)
        ) {
          const brand = brandAfter(ctx, c, at + 1, 5)
          if (brand && !isPublicBody(brand))
            return {
              kind: 'sponsored',
              wording: 'ambiguous',
              note: NOTES.collab,
              brandNames: [brand],
              people: [],
            }
        }
        const f = tieFound(
          tiePerson(ctx, c, seg, i),
          brandAfter(ctx, c, at + 1, 5),
          base === 'work' && !vague ? 'paid-consultant' : 'family-or-business-tie',
          tieWording(c, seg, vague),
        )
        if (f) return f
        continue
      }
      case 'stock': {
        // "whose two salons were among the first to stock the serum": a stockist.
        const brand = brandAfter(ctx, c, i + 1, 4)
        const f = tieFound(tiePerson(ctx, c, seg, i), brand, 'family-or-business-tie', 'clear')
        if (f) return f
        continue
      }
      case 'sign': {
        // "signed on as the face of X" is read at "face"; "signed with X" here.
        if (next !== 'with') continue
        const f = tieFound(
          tiePerson(ctx, c, seg, i),
          brandAfter(ctx, c, i + 2),
          'ambassador',
          'clear',
        )
        if (f) return f
        continue
      }
      default: {
        // advise, consult, represent, endorse: the brand follows, maybe after "for", or after a
        // description: "consults for several skincare firms, including X".
        const at = next === 'for' || next === 'on' ? i + 2 : i + 1
        const f = tieFound(
          tiePerson(ctx, c, seg, i),
          brandAfter(ctx, c, at, 4) ??
            brandsNamedAfter(c, at, (k) => brandOfWord(ctx, c, k, true), 8)[0] ??
            null,
          TIE_KIND[base] ?? 'paid-consultant',
          'clear',
        )
        if (f) return f
      }
    }
  }
  return (
    employeeOf(ctx, c, seg) ??
    familySupplyOf(ctx, c, seg) ??
    paidByUs(ctx, c, seg) ??
    indirectTie(ctx, c, seg)
  )
}

/**
 * Whether the words from `at` are no named object of the verb before them: another verb ("the
 * shop her sister runs sells X tents": the clause closed with no object), or a common noun
 * phrase with no name in it or beside it ("her father ran a bakery in Leeds": Leeds is where).
 */
function commonObject(ws: readonly Word[], at: number): boolean {
  const w = ws[at]
  if (!w || ((w.pos === 'VERB' || w.pos === 'AUX') && !w.mention)) return true
  if (!['a', 'an', 'the'].includes(w.lower)) return false
  let k = at + 1
  while (ws[k] && !ws[k]?.mention && (ws[k]?.pos === 'ADJ' || ws[k]?.pos === 'NOUN')) k++
  return k > at + 1 && !ws[k]?.mention && ws[k]?.text !== ','
}

/** What the publication pays an expert for: "for two sessions of her time", "a fee for his advice". */
const PAID_FOR = new Set(
  'time work session sessions consultation consultations advice expertise fee fees hour hours day days services'.split(
    ' ',
  ),
)

/** What the publication pays an expert to do: "to review the plans", "to test the desks". */
const PAID_TO_DO = new Set(
  'review test advise consult assess check read photograph model write contribute'.split(' '),
)

/** Idioms of "paid her/him": "paid him a visit", "paid her a call", "paid tribute". */
const PAID_IDIOM = new Set(
  'visit visits call calls compliment compliments tribute attention respects homage court'.split(
    ' ',
  ),
)

/**
 * The publication paying a person it quotes or features ("we paid her for two sessions of her
 * time", "The magazine paid Dr X a fee for her advice"): that person's paid tie, a material
 * connection said plainly. It names no brand, so no endorsement is checked against it.
 */
function paidByUs(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  for (let i = seg.from + 1; i < seg.to - 1; i++) {
    if (low[i] !== 'paid' && low[i] !== 'pay' && low[i] !== 'pays') continue
    const subject = low[i - 1] ?? ''
    // The publication's "we" or its name, not the writer's private "I paid him to fix the leak".
    const us =
      subject === 'we' ||
      (CONTENT_NOUNS.has(subject) && ['the', 'this', 'our'].includes(low[i - 2] ?? '')) ||
      (['magazine', 'newspaper', 'publication', 'site', 'paper'].includes(subject) &&
        ['the', 'this', 'our'].includes(low[i - 2] ?? ''))
    if (!us || negated(ws, seg.from, i)) continue
    const who = ws[i + 1]
    if (!who || (!['her', 'him'].includes(who.lower) && !who.mention)) continue
    const person = personOf(ctx, who)
    if (!person) continue
    // What for: "for two sessions of her time", "a fee for his advice", "to review the plans".
    let k = i + 2
    while (ws[k]?.mention && ws[k]?.mention === who.mention) k++
    const after = low.slice(k, k + 8)
    if (
      PAID_IDIOM.has(
        after[0] === 'a' || after[0] === 'an' || after[0] === 'his' || after[0] === 'her'
          ? (after[1] ?? '')
          : (after[0] ?? ''),
      )
    )
      continue
    const forWhat =
      after.some((x) => PAID_FOR.has(x)) ||
      after.some((x, j) => x === 'to' && PAID_TO_DO.has(after[j + 1] ?? ''))
    if (!forWhat) continue
    return { kind: 'material-connection', wording: 'clear', brandNames: [], people: [person] }
  }
  return null
}

/** Businesses that supply or sell: what a relative's firm may be ("her brother's sawmill"). */
const SUPPLIER_NOUNS = new Set(
  'sawmill mill farm farms shop store business company firm bakery dairy brewery distillery vineyard orchard workshop factory nursery quarry supplier yard forge smokehouse creamery roastery pottery'.split(
    ' ',
  ),
)
/** Verbs that say where something comes from: "comes from", "is sourced from". */
const SOURCE_VERBS = new Set(
  'comes come came sourced supplied bought bought leased rented leases rents'.split(' '),
)
/** Verbs of owning, for a business that belongs to a relative. */
const BELONGS = new Set(['belongs', 'belong', 'belonged'])

/**
 * A family tie through what a person buys, rents or sells: "The spruce on her bench comes from
 * her brother's sawmill", "The land is leased from her father", "the farm shop that sells her
 * cider belongs to her brother". A material connection of the person whose relative it is,
 * said plainly; it names no brand, so it makes no tie an endorsement is checked against.
 */
function familySupplyOf(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  for (let i = seg.from + 1; i < seg.to; i++) {
    if (!FAMILY_NOUNS.has(low[i] ?? '')) continue
    const owner = ws[i - 1]
    if (!owner || !['her', 'his', 'their', 'my'].includes(owner.lower)) continue
    const person = personOf(ctx, owner)
    if (!person) continue
    // "comes from her brother('s …) sawmill", "is leased from her father".
    const from = low[i - 2] === 'from' && SOURCE_VERBS.has(low[i - 3] ?? '')
    const leased = from && /^(?:leased|rented|leases|rents)$/.test(low[i - 3] ?? '')
    // The relative's business: "'s (small) sawmill", past the relative's name.
    let k = i + 1
    while (ws[k]?.mention && ws[k]?.mention === ws[i + 1]?.mention) k++
    const business =
      ['’s', "'s"].includes(low[k] ?? '') &&
      low.slice(k + 1, k + 4).some((x, j) => SUPPLIER_NOUNS.has(x) && ws[k + 1 + j]?.pos === 'NOUN')
    // "the farm shop that sells her cider belongs to her brother".
    const belongs =
      low[i - 2] === 'to' &&
      BELONGS.has(low[i - 3] ?? '') &&
      low.slice(seg.from, i - 3).some((x) => SUPPLIER_NOUNS.has(x))
    if ((from && (business || leased)) || belongs)
      return {
        kind: 'material-connection',
        wording: 'clear',
        brandNames: [],
        people: [person],
        from: seg.from,
        to: seg.to,
      }
  }
  return null
}

/** Jobs in a company an apposition may give a person: "X, head of savings at Y". */
const EMPLOYEE_ROLES = new Set(
  'head director manager executive officer president chief lead employee engineer scientist analyst specialist buyer strategist chemist formulator nutritionist researcher'.split(
    ' ',
  ),
)
/** Determiners an apposition's job may open with: "X, a senior buyer at Y". */
const JOB_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their'])

/** Verbs that put a brand on someone's client list: "counts X among her clients". */
const COUNTING = new Set(['counts', 'count', 'counted', 'lists', 'listed', 'numbers', 'numbered'])

/** Verbs that link a subject to what it is, besides "be": "remains one of her clients". */
const COPULAS = new Set(['remains', 'remained', 'became', 'becomes', 'been', 'stays', 'stayed'])

/**
 * Every word a branch of tieFrame keys on (see gate), with referBack's, employeeOf's (a job in
 * -ist counts only after a possessive "’s"), familySupplyOf's, paidByUs's and indirectTie's.
 */
const TIE_GATE = gate(
  REFER_BACK,
  [HYPHENATED],
  STAKES,
  SPOKES,
  SPONSORED_PEOPLE,
  ROYALTIES,
  FAMILY_NOUNS,
  TIE_NOUNS,
  TIE_VERBS,
  EMPLOYEE_ROLES,
  INDIRECT_WORDS,
  ['paid', 'pay', 'pays', 'client', 'clients', 'married', "'s", '’s'],
)

/**
 * An employee named by apposition ("…,” says X, head of savings at Y", "X, a senior product
 * manager at Y, said …") when the piece presents the employer (see presented). A disclosure of that tie, said plainly; like a firm's partner it
 * makes no tie that would turn the employee's words about the employer into an endorsement.
 */
function employeeOf(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const ws = c.words
  const low = lowers(ws)
  for (let i = seg.from; i < seg.to; i++) {
    // A job in -ist after a company's possessive is one too: "Y’s chief agronomist".
    const possessed = low.slice(Math.max(seg.from, i - 3), i).some((x) => x === '’s' || x === "'s")
    const role = EMPLOYEE_ROLES.has(low[i] ?? '') || (possessed && /..ist$/.test(low[i] ?? ''))
    if (!role || ws[i]?.pos !== 'NOUN' || ws[i]?.mention) continue
    // Back over the job's modifiers ("senior product") and its determiner to the comma.
    let j = i - 1
    while (j > 0 && i - j <= 3 && !ws[j]?.mention && ['ADJ', 'NOUN'].includes(ws[j]?.pos ?? '')) j--
    // "X, Y’s head of installation", "X, Y’s chief agronomist": the employer by possessive.
    let owner: string | null = null
    let ownerAt = -1
    if (['’s', "'s"].includes(low[j] ?? '') && ws[j - 1]?.mention) {
      const m = ws[j - 1]?.mention
      ownerAt = j - 1
      owner = brandOfWord(ctx, c, j - 1, true)
      j--
      while (j > 0 && ws[j - 1]?.mention === m) j--
      j--
    } else if (JOB_DETERMINERS.has(low[j] ?? '')) j--
    const name = ws[j - 1]
    if (ws[j]?.text !== ',' || !name?.mention) continue
    const person = personOf(ctx, name, true)
    if (!person) continue
    // Forward to the employer: "at Y", "for Y", "of Y", "of savings at Y".
    const prep = low[i + 1] ?? ''
    if (ownerAt < 0 && !['at', 'for', 'of', 'with'].includes(prep)) continue
    const brand = ownerAt < 0 ? brandAfter(ctx, c, i + 2, 4) : owner
    if (!brand || isPublicBody(brand) || isNonCommercial(brand) || !presented(ctx, person, brand))
      continue
    // By possessive, only in a piece that brand paid for ("Partner content" a brand produced):
    // in a review or a news story "Y's head of product" is the company speaking, which the
    // labelled sets do not list as a disclosure.
    // So is "X, head of product at Y" in a news story ("…,” said X, head of product at Y"):
    // a source's job title in an attribution, not an endorser's disclosure.
    if (!ctx.sponsorBrands?.has(brandKey(brand))) continue
    const at = ws.findIndex((x, k) => k > i && x.mention?.name === brand)
    let end = at < 0 ? i + 1 : at
    while (at >= 0 && ws[end]?.mention?.name === brand) end++
    // The possessive's job runs to the end of the role: "Y’s head of installation".
    if (ownerAt >= 0) {
      end = i + 1
      while (ws[end]?.pos === 'NOUN' && !ws[end]?.mention) end++
      if (low[end] === 'of' && ws[end + 1]?.pos === 'NOUN' && !ws[end + 1]?.mention) {
        end += 2
        while (ws[end]?.pos === 'NOUN' && !ws[end]?.mention) end++
      }
    }
    return {
      kind: 'material-connection',
      wording: 'clear',
      brandNames: [brand],
      people: [person],
      from: j + 1,
      to: end,
    }
  }
  return null
}

/**
 * Whether the segment is a news attribution: a verb of saying outside any quotation in it ("…,”
 * said X, a partner at Y", "X, a partner at Y, told the hearing").
 */
function attribution(ctx: SlotContext, c: Clause, seg: Segment): boolean {
  for (let k = seg.from; k < seg.to; k++) {
    const w = c.words[k]
    if (w && SPEECH_VERBS.has(w.lower) && !quoteAt(ctx, w.start)) return true
  }
  return false
}

/**
 * Whether the piece presents a brand: its lead or main brand, a brand it sells or its other
 * disclosures name (the sponsor of the piece, a giver, a tied brand), or named in the person's
 * own quotes.
 */
function presented(ctx: SlotContext, person: string, brand: string): boolean {
  const key = brandKey(brand)
  // The lead and main brand are read first: a clause that asked is read again with them known.
  if ([ctx.leadBrand, ctx.mainBrand].some((b) => !!b && brandKey(b) === key)) return true
  if (ctx.presentedBrands?.has(key)) return true
  const word = new RegExp(`\\b${escapeRegExp(key)}\\b`, 'i')
  return ctx.quotes.some(
    (q) =>
      !!q.speaker && sameName(q.speaker, person) && word.test(ctx.doc.body.slice(q.start, q.end)),
  )
}
