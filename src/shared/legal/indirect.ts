import type { ConnectionKind } from './domain'
import { BE, lowers, negated, type Found } from './frame'
import { FAMILY_NOUNS, HOLDINGS } from './lexicon'
import {
  brandAfter,
  brandOfWord,
  isBrandMention,
  isPersonMention,
  peopleIn,
  personBackward,
  personOf,
  type SlotContext,
} from './slots'
import type { Clause, Segment, Word } from './words'
import { FEMALE_PRONOUNS, MALE_PRONOUNS, SPEECH_VERBS } from '../language/lexicon'
import { ownerOf, resolvePronoun } from '../language/reference'
import { sameName } from '../text'
import { brandKey } from '../language/brands'
import { isPublicBody } from './slots'

/**
 * Ties stated indirectly, read when the direct frames of ties.ts found none in a segment:
 *
 * - through a pronoun for the brand: "X is now sold in 300 shops, and Ana Ruiz is one of its
 *   investors, with a seat on its board" ("its" is the brand named before);
 * - through a relative's business: "Bellwick, the label her older brother founded in 2021",
 *   "Bellwick, his sister's bakery" (the person whose relative runs the business is tied to it);
 * - through pay for a task: "she is also paid to teach budgeting classes for Harwell Bank";
 * - through a company one owns: "who owns Loaf & Ladle and, through it, one of the dairy's 20
 *   shares" (see heldThrough).
 *
 * Each reading starts only at a trigger word (a tie noun after "its"/"their", a relative's noun,
 * "paid to", "owns" after "who"), so a segment without one costs one pass over its words.
 */

/** Tie nouns that "its" or "their" may own: "one of its investors", "a seat on its board". */
const POSSESSED_TIES: Readonly<Record<string, ConnectionKind>> = {
  investor: 'investor',
  investors: 'investor',
  shareholder: 'investor',
  shareholders: 'investor',
  backer: 'investor',
  backers: 'investor',
  'co-owner': 'investor',
  'co-owners': 'investor',
  'part-owner': 'investor',
  'part-owners': 'investor',
  board: 'paid-consultant',
  adviser: 'paid-consultant',
  advisers: 'paid-consultant',
  advisor: 'paid-consultant',
  advisors: 'paid-consultant',
  consultant: 'paid-consultant',
  consultants: 'paid-consultant',
  ambassador: 'ambassador',
  ambassadors: 'ambassador',
}

/**
 * Words that may stand between a person and a tie they hold, as the clause's subject and its
 * predicate: "is one of its investors", "has a seat on its board", "joined its board", "sits on
 * their advisory board", "…, with a seat on its board". Any other verb (a verb of saying, "met",
 * "praised") makes the tie someone else's.
 */
const HOLDING_VERBS = new Set(
  'is are was were be been being has have had became become becomes remains remain remained joined joins join sits sit sat serves serve served holds hold held took takes got gets also now still later since one of a an the as with and seat place spot on among its their biggest largest earliest early first main lead only two three four several few many'.split(
    ' ',
  ),
)

/** Modifiers a possessed tie noun may take: "its advisory board", "its biggest backer". */
const TIE_MODIFIERS = new Set(
  'advisory scientific medical creative early earliest biggest largest first main lead only other new founding paid official global'.split(
    ' ',
  ),
)

/**
 * "Ana Ruiz is one of its investors", "Ana Ruiz, one of its investors, …", "and she has a seat
 * on its board": a tie noun owned by "its"/"their", which the language layer resolves to the
 * brand named before; the person is the clause's subject (or what an aside hangs on). A tie
 * noun that is itself a subject ("one of its investors said …") is someone unnamed.
 */
function possessedTie(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  const kind = POSSESSED_TIES[low[i] ?? '']
  if (!kind) return null
  // "Backers include Ana Ruiz, who holds a 30 per cent stake", "Investors in X include …": a
  // list of holders with no possessor, its company after "in"/"of" or the one named before.
  const listed = listedHolders(ctx, c, seg, i)
  if (listed || ws[i]?.mention || ws[i]?.pos !== 'NOUN') return listed
  let k = i - 1
  while (k > seg.from && TIE_MODIFIERS.has(low[k] ?? '')) k--
  // The possessor: "its", "their", or a company by its description ("the bank's board", "one
  // of the company's investors"); a name's possessive is read by ties.ts.
  let pk = k
  if (['’s', "'s"].includes(low[k] ?? '')) {
    const noun = ws[k - 1]
    if (!noun || noun.mention || noun.pos !== 'NOUN' || low[k - 2] !== 'the') return null
    pk = k - 1
    k -= 2
  } else if (low[k] !== 'its' && low[k] !== 'their') return null
  // "Its investors include Ana Ruiz and Tom Hale": the people the list names.
  const next = ws[i + 1]
  const include = ['include', 'includes', 'included', 'including'].includes(low[i + 1] ?? '')
  // "One of its investors said …", "its board voted": the noun is the subject, no one's tie.
  if (!include && next && (next.pos === 'VERB' || next.pos === 'AUX') && !next.mention) return null
  // "a seat on its board", "joined its board", "was appointed to its board" name a board seat;
  // "its board" alone may be only the company's ("praised its board").
  if (low[i] === 'board' && !seated(low, Math.max(seg.from, k - 4), k)) return null
  if (negated(ws, Math.max(seg.from, k - 6), k)) return null
  const brand = brandOfWord(ctx, c, pk)
  if (!brand || isPublicBody(brand)) return null
  // "The walking club she founded has 300 members, and Ruiz has a seat on its board": "its" is
  // the body the sentence names by its kind, not a brand named before it.
  if (otherBodyOwns(ctx, c, ws[k]?.start ?? c.sentence.start, brand)) return null
  if (include) {
    const people = peopleIn(ctx, c, i + 2, seg.to).filter((p) => !sameName(p, brand))
    const first = people[0]
    return first ? tieOf(first, brand, kind, people) : null
  }
  const subject = subjectBefore(ctx, c, seg, k, brand)
  // A subject before a relative clause that splits the main clause: the statement runs from it.
  const head = subject ? splitHead(c, seg) : null
  const person = subject ?? anchorPerson(ctx, c, seg, brand) ?? namedAfter(ctx, c, i, brand)
  if (!person) return null
  return head
    ? { ...tieOf(person, brand, kind), from: head.from, to: seg.to }
    : tieOf(person, brand, kind)
}

/**
 * The first part of a main clause a relative clause splits ("Ana Ruiz, who holds a stake, is
 * its biggest backer": "Ana Ruiz" before "is its biggest backer"), when `seg` is what resumes.
 */
function splitHead(c: Clause, seg: Segment): Segment | undefined {
  if (seg.type !== 'main') return undefined
  const split = c.segments.find((g) => g.type === 'relative' && g.to === seg.from && g.anchor >= 0)
  return split && c.segments.find((g) => g.type === 'main' && g.to === split.from)
}

/** Tie nouns a list of holders opens with: "Backers include …", "Shareholders include …". */
const HOLDER_LISTS = new Set(['investors', 'backers', 'shareholders', 'co-owners', 'part-owners'])

/**
 * "Backers include Ana Ruiz himself, who holds a 30 per cent stake", "Investors in X include Ana
 * Ruiz and Tom Hale", "Early backers of X included Ana Ruiz": the holders a plural tie noun lists
 * as the clause's subject, with no possessor before it (ties.ts and possessedTie read "X's
 * backers", "its backers"). The company is the one after "in"/"of", or else the brand the text
 * named before, as "its" would be ("The company's other backers include …" is possessedTie's). A
 * tie noun not opening its clause ("she met investors including …") lists no one's tie.
 */
function listedHolders(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  if (!HOLDER_LISTS.has(low[i] ?? '')) return null
  // The noun opens the clause, past its modifiers: "(Early) backers include".
  let k = i - 1
  while (k >= seg.from && (TIE_MODIFIERS.has(low[k] ?? '') || ws[k]?.pos === 'ADJ')) k--
  if (k >= seg.from && !['the', 'other'].includes(low[k] ?? '')) return null
  if (k >= seg.from && low[k] === 'the' && k > seg.from) return null
  // "in X" / "of X" after the noun names the company; then the verb of listing.
  let v = i + 1
  let brand: string | null = null
  if ((low[v] === 'in' || low[v] === 'of') && ws[v + 1]) {
    brand = brandAfter(ctx, c, v + 1, 4)
    if (!brand) return null
    v += 2
    while (v < seg.to && ws[v]?.mention?.name === brand) v++
  }
  if (!['include', 'includes', 'included'].includes(low[v] ?? '')) return null
  if (!brand) {
    // The brand named before, as "its" would find it.
    const its = { ...c, words: [{ ...(ws[i] as Word), text: 'its', lower: 'its' }] }
    delete (its.words[0] as { mention?: unknown }).mention
    brand = brandOfWord(ctx, its as Clause, 0)
  }
  if (!brand || isPublicBody(brand)) return null
  const people = peopleIn(ctx, c, v + 1, seg.to).filter((p) => !sameName(p, brand))
  const first = people[0]
  if (!first) return null
  // "…, who holds a 30 per cent stake": the holding a relative clause on the list states is
  // part of the same statement.
  const held = c.segments.filter(
    (g) =>
      g.type === 'relative' &&
      g.from >= seg.from &&
      g.anchor >= v &&
      low.slice(g.from, g.to).some((x) => HOLDINGS.has(x)),
  )
  const to = Math.max(seg.to, ...held.map((g) => g.to))
  return { ...tieOf(first, brand, 'investor', people), from: seg.from, to }
}

/** Words before "its board" that put someone on it: "a seat on", "joined", "a member of". */
const SEATED = new Set(['on', 'joined', 'joins', 'join', 'member', 'members'])
/** Verbs that put someone on a board with "to": "appointed to its board" ("wrote to" does not). */
const SEATED_TO = new Set(['appointed', 'elected', 'named', 'nominated', 'added', 'invited'])

/** Whether low[from..to) put someone on the board after them (see SEATED). */
function seated(low: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (SEATED.has(low[k] ?? '')) return true
    if (low[k] === 'to' && SEATED_TO.has(low[k - 1] ?? '')) return true
  }
  return false
}

/** "One of its investors, Ana Ruiz, said …": the person named in apposition after the noun. */
function namedAfter(ctx: SlotContext, c: Clause, i: number, brand: string): string | null {
  const w = c.words[i + 2]
  if (c.words[i + 1]?.text !== ',' || !w?.mention || w.mention.name === brand) return null
  return personOf(ctx, w, true)
}

/**
 * Whether "its" at `at` stands for a body named by its kind in this sentence or the one before
 * ("Ruiz volunteers for a mountain rescue charity. Its founder is her brother."), named after
 * `brand` is (or with no `brand` there), not for the brand.
 */
function otherBodyOwns(ctx: SlotContext, c: Clause, at: number, brand: string): boolean {
  const ss = c.paragraph.sentences
  const n = ss.findIndex((x) => x.start === c.sentence.start)
  const from = n > 0 ? (ss[n - 1]?.start ?? c.sentence.start) : c.sentence.start
  const before = ctx.doc.body.slice(from, at)
  // The nearer of the two is what "its" stands for.
  let body = -1
  for (const m of before.matchAll(new RegExp(OTHER_BODY.source, 'g'))) body = m.index ?? body
  return body >= 0 && body > before.lastIndexOf(brand)
}

/** A body named by its kind, lower-case, that "its" may stand for instead of a brand. */
const OTHER_BODY =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:club|campaign|charity|society|association|trust|school|academy|college|university|union|church|committee|league|choir|council|network|foundation|museum|library|hospital|group|team|theatre|orchestra|band|cooperative|co-op|festival|appeal)s?\b/

/**
 * The person who is the subject of the words before `k` in the segment, when only a copula,
 * "has", "joined" and the like stand between ("Ana Ruiz is one of", "Ana Ruiz, who has a seat
 * on"); none when a verb of saying or any other verb does ("Ana Ruiz said one of …").
 */
function subjectBefore(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  k: number,
  brand: string,
): string | null {
  const ws = c.words
  // "Ana Ruiz, who holds a 30 per cent stake, is its biggest backer": past a relative clause or
  // an aside on the subject.
  // (The main clause the relative clause splits resumes after it: back to where it began.)
  const from = splitHead(c, seg)?.from ?? seg.from
  const inner = (j: number) =>
    c.segments.some((g) => g.type !== 'main' && g.from > from && g.from <= j && j < g.to)
  for (let j = k - 1; j >= from; j--) {
    if (inner(j)) continue
    const w = ws[j] as Word
    if (w.mention) {
      if (w.mention.name === brand) return null
      return personOf(ctx, w)
    }
    if (FEMALE_OR_MALE.has(w.lower)) return personOf(ctx, w)
    if (w.text === ',') continue
    if (SPEECH_VERBS.has(w.lower)) return null
    if (!HOLDING_VERBS.has(w.lower) && w.pos !== 'NUM' && w.pos !== 'ADV' && w.pos !== 'ADJ')
      return null
  }
  return null
}

const FEMALE_OR_MALE = new Set(['she', 'he', 'they'])

/** "Ana Ruiz—one of its investors—said …": the person an aside or relative clause hangs on. */
function anchorPerson(ctx: SlotContext, c: Clause, seg: Segment, brand: string): string | null {
  if (seg.type === 'main' || seg.anchor < 0) return null
  const w = c.words[seg.anchor]
  if (!w?.mention || w.mention.name === brand) return null
  return personOf(ctx, w, true)
}

function tieOf(person: string, brand: string, kind: ConnectionKind, people?: string[]): Found {
  return {
    kind: 'material-connection',
    wording: 'clear',
    brandNames: [brand],
    people: people ?? [person],
    tie: kind,
  }
}

/** Verbs by which a relative makes or keeps a business: "the label her sister founded". */
const BUSINESS_VERBS = new Set(
  'founded co-founded cofounded started launched runs run ran owns owned co-owns co-owned manages managed opened set'.split(
    ' ',
  ),
)

/** What a relative's business may be called: "the skincare line her sister founded". */
const BUSINESS_NOUNS = new Set(
  'company business firm brand label line range maker shop store chain restaurant cafe café bakery roastery brewery distillery winery studio agency startup start-up venture clinic salon gym farm producer outfitter boutique practice kitchen deli bar pub inn hotel gallery bookshop bookstore florist garage workshop'.split(
    ' ',
  ),
)

/** Adjectives a relative's noun may take: "her younger sister", "his late father". */
const KIN_MODIFIERS = new Set(
  'younger older elder eldest youngest big little baby twin late kid step half own'.split(' '),
)

/**
 * A person's tie to a business a relative founded, runs or owns, said about the business:
 * "Bellwick, the skincare label her older brother, Tomas Quill, started in 2021, …", "the
 * bakery his sister runs", "Bellwick, her sister's skincare label". The person whose relative
 * it is has a family tie to the business; a relative's business with no name, or a thing a
 * relative merely uses ("her sister uses the balm"), is none.
 */
function relativesBusiness(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  // The possessor: "her (younger) sister", "Jonah's sister".
  let p = i - 1
  while (p > seg.from && KIN_MODIFIERS.has(low[p] ?? '')) p--
  const pw = ws[p]
  if (!pw) return null
  const owner = ['her', 'his', 'their', 'my'].includes(pw.lower)
    ? personOf(ctx, pw)
    : ['’s', "'s"].includes(pw.lower) && ws[p - 1]?.mention
      ? // A name with a husband or a sister is a person's, typed or not ("Linde's husband";
        // a company may have a "partner").
        personOf(ctx, ws[p - 1] as Word, low[i] !== 'partner' && low[i] !== 'partners')
      : null
  if (!owner) return null
  // Where the possessive phrase starts: "her", or the first word of "Ada Brook's".
  let start = p
  if (['’s', "'s"].includes(pw.lower)) {
    start = p - 1
    while (start > 0 && ws[start - 1]?.mention === ws[p - 1]?.mention) start--
  }
  // "Fern Reed, who owns Oven & Ash, is Jonah's sister": the subject's own business, said in
  // a relative clause, is the relative's.
  const owned = BE.has(low[start - 1] ?? '') ? subjectsBusiness(ctx, c, start - 1) : null
  if (owned)
    return kinTie(ctx, pw, owner, owned.brand, 'family-or-business-tie', [owner, owned.relative])
  // "Its founder is Ada Brook's brother", "The company's owner is her sister": a role in the
  // business held by the relative.
  const role = BE.has(low[start - 1] ?? '') ? roleOwner(ctx, c, seg, start - 2) : null
  if (role && !isPublicBody(role)) return kinTie(ctx, pw, owner, role, 'family-or-business-tie')
  // "The gallery is run by Linde's husband, Piet Varga": the business the passive's subject
  // names, run, owned or founded by the relative.
  const passive = passiveBusiness(ctx, c, seg, start, i)
  if (passive) {
    const named =
      low[i + 1] === ',' && ws[i + 2]?.mention ? personOf(ctx, ws[i + 2] as Word, true) : null
    const people = named && named !== owner ? [owner, named] : [owner]
    return kinTie(ctx, pw, owner, passive, 'family-or-business-tie', people)
  }
  // "her sister's skincare label": the business is the relative's, named beside it.
  if (['’s', "'s"].includes(low[i + 1] ?? '')) {
    let n = i + 2
    // "her sister's small café" is hers; "her sister's favourite café" only one she likes.
    while (n < seg.to && n < i + 5 && OWNED_ADJECTIVES.has(low[n] ?? '')) n++
    while (n < seg.to && n < i + 5 && ws[n]?.pos === 'NOUN' && !BUSINESS_NOUNS.has(low[n] ?? ''))
      n++
    if (!BUSINESS_NOUNS.has(low[n] ?? '')) return null
    // "Corvell Skin is my sister's label": the name is the copula's subject.
    const subject =
      BE.has(low[start - 1] ?? '') &&
      ws[start - 2]?.mention &&
      !personOf(ctx, ws[start - 2] as Word)
        ? brandOfWord(ctx, c, start - 2, true)
        : null
    const brand = subject ?? namedBeside(ctx, c, start, n + 1)
    return brand && !isPublicBody(brand)
      ? kinTie(ctx, pw, owner, brand, 'family-or-business-tie')
      : null
  }
  // "her brother, Tomas Quill, started …": the verb after the relative's name.
  let v = i + 1
  let relative: string | null = null
  // "Owner Fern Reed, Jonah's sister, opened …": the relative named before, in apposition.
  const named = ws[start - 1]?.text === ',' && ws[start - 2]?.mention ? start - 2 : -1
  if (named >= 0 && low[v] === ',') {
    relative = personOf(ctx, ws[named] as Word, true)
    v++
  } else if (low[v] === ',' && ws[v + 1]?.mention) {
    relative = personOf(ctx, ws[v + 1] as Word, true)
    v = v + 1 + nameLength(ws, v + 1)
    if (low[v] !== ',') return null
    v++
  }
  // "Owner Fern Reed, Jonah's sister, says …": the relative's title says she owns the business.
  if (named >= 0 && relative && !BUSINESS_VERBS.has(low[v] ?? '')) {
    const brand = titledOwner(ctx, c, named)
    return brand ? kinTie(ctx, pw, owner, brand, 'family-or-business-tie', [owner, relative]) : null
  }
  while (v < seg.to && ['also', 'still', 'now', 'later', 'once', 'first'].includes(low[v] ?? ''))
    v++
  if (!BUSINESS_VERBS.has(low[v] ?? '')) return null
  if (low[v] === 'set' && low[v + 1] !== 'up') return null
  // "the café his late mother ran until 1990": a business the relative no longer keeps.
  if (low.slice(v + 1, Math.min(seg.to, v + 4)).includes('until')) return null
  const objectAt = low[v] === 'set' ? v + 2 : v + 1
  if (negated(ws, Math.max(seg.from, p - 3), v)) return null
  // The verb's object follows ("her brother runs Bellwick"): ties.ts reads that. Here the
  // business is what the words before the possessor describe (the object is gapped).
  const after = ws[objectAt]
  const gapped =
    !after ||
    after.pos === 'PUNCT' ||
    after.pos === 'ADP' ||
    after.pos === 'CCONJ' ||
    after.pos === 'NUM'
  if (!gapped) {
    // "…, Jonah's sister, opened the Corner Loaf bakery": the object names a business ("opened
    // a Kestrel account" or "opened the door" is none).
    const brand = businessObject(ctx, c, objectAt)
    if (!brand || isPublicBody(brand)) return null
    return kinTie(
      ctx,
      pw,
      owner,
      brand,
      'family-or-business-tie',
      relative ? [owner, relative] : [owner],
    )
  }
  // Back over "that"/"which" to the business noun the clause describes: "the label (that) her
  // sister founded".
  let h = start - 1
  if (low[h] === 'that' || low[h] === 'which') h--
  // (wink tags an accented "café" a proper noun)
  if (!BUSINESS_NOUNS.has(low[h] ?? '') || ws[h]?.mention || !/^\p{Ll}/u.test(ws[h]?.text ?? ''))
    return null
  const brand = namedBeside(ctx, c, h, v + 1) ?? brandOfWord(ctx, c, h)
  if (!brand || isPublicBody(brand)) return null
  const people = relative && relative !== owner ? [owner, relative] : [owner]
  return kinTie(ctx, pw, owner, brand, 'family-or-business-tie', people)
}

/**
 * The business the subject of the copula at `be` keeps, said in a relative clause on it: "Fern
 * Reed, who owns Oven & Ash, is …", "Ada Brook, who founded Bellwick in 2019, is …". The
 * subject is a person; what the verb keeps is a business by name (businessObject); a former
 * one ("who ran X until 2010") is none.
 */
function subjectsBusiness(
  ctx: SlotContext,
  c: Clause,
  be: number,
): { brand: string; relative: string } | null {
  const ws = c.words
  const low = lowers(ws)
  const rel = c.segments.find(
    (g) => g.type === 'relative' && g.to <= be && g.to >= be - 1 && g.anchor >= 0,
  )
  if (!rel) return null
  const anchor = ws[rel.anchor]
  if (!anchor?.mention) return null
  const relative = personOf(ctx, anchor, true)
  if (!relative) return null
  let v = low[rel.from] === 'who' ? rel.from + 1 : low[rel.from + 1] === 'who' ? rel.from + 2 : -1
  if (v < 0) return null
  while (v < rel.to && ['also', 'still', 'now', 'jointly'].includes(low[v] ?? '')) v++
  if (!BUSINESS_VERBS.has(low[v] ?? '') || low[v] === 'set') return null
  if (low.slice(v + 1, rel.to).includes('until')) return null
  const brand = businessObject(ctx, c, v + 1)
  return brand && !isPublicBody(brand) && !sameName(brand, relative) ? { brand, relative } : null
}

/** Participles by which a business is kept: "is run by", "was founded by". */
/** Months, for a date between a verb and its "by". */
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
)
const KEPT_BY = new Set(
  'run owned co-owned founded co-founded started managed opened launched'.split(' '),
)

/**
 * The business a passive clause says a relative keeps, the possessive phrase of the relative
 * starting at `start` right after "by": "The gallery is run by Linde's husband", "Bellwick was
 * founded by her sister". The subject is a brand by name, a business called by its kind ("the
 * gallery" for the Tollgate Gallery named before), or, for "the business" or "the shop" with
 * none named, the piece's own business. "was run by his father until 1990" is a former one;
 * "is not owned by her sister", "a school run by his mother" (no business) are none.
 */
function passiveBusiness(
  ctx: SlotContext,
  c: Clause,
  seg: Segment,
  start: number,
  i: number,
): string | null {
  const ws = c.words
  const low = lowers(ws)
  if (low[start - 1] !== 'by') return null
  // "was founded in 2021 by her brother", "opened in the 1990s by …": a date between.
  let v = start - 2
  if (/^\d/.test(low[v] ?? '')) {
    let k = v
    while (
      k > seg.from &&
      (/^\d/.test(low[k] ?? '') || MONTHS.has(low[k] ?? '') || low[k] === 'the')
    )
      k--
    if (low[k] === 'in') v = k - 1
  }
  if (!KEPT_BY.has(low[v] ?? '')) return null
  let b = v - 1
  while (b > seg.from && ['also', 'still', 'now', 'jointly', 'since'].includes(low[b] ?? '')) b--
  if (!BE.has(low[b] ?? '') && low[b] !== 'been') return null
  if (low[b] === 'been') b--
  if (BE.has(low[b] ?? '') || ['has', 'have', 'had'].includes(low[b] ?? '')) b--
  if (negated(ws, Math.max(seg.from, b - 2), start)) return null
  if (low.slice(i + 1, Math.min(seg.to, i + 8)).includes('until')) return null
  // The subject: a name, or "the gallery" / "the café" for a business named before.
  for (let k = seg.from; k <= b; k++) {
    const x = ws[k]
    if (!x) continue
    if (x.mention) {
      if (personOf(ctx, x)) return null
      const brand = brandOfWord(ctx, c, k, true)
      return brand && !isPublicBody(brand) ? brand : null
    }
    if (!BUSINESS_NOUNS.has(x.lower) || x.pos !== 'NOUN') continue
    if (!['the', 'this', 'that'].includes(low[k - 1] ?? '')) return null
    // The piece's own brand only when the noun may name it: "the business", or the kind of
    // business the piece calls it ("the pub" is not a boot maker's).
    const piece = ctx.leadBrand ?? ctx.mainBrand ?? null
    const brand =
      brandOfWord(ctx, c, k) ??
      namedByKind(ctx, x) ??
      (piece && kindFits(ctx, piece, x.lower) ? piece : null)
    return brand && !isPublicBody(brand) ? brand : null
  }
  return null
}

/** Nouns that may name any business: "the business", "the company". */
const ANY_BUSINESS = new Set(['business', 'company', 'firm', 'brand', 'label', 'venture'])

/**
 * Whether a business noun may name `brand`: a noun of any business, the last word of the
 * brand's name ("the gallery" for the Tollgate Gallery), or a kind the text gives it in an
 * apposition (", the sourdough bakery on …", "a Tarrow bakery"). "The pub" names no boot maker.
 */
function kindFits(ctx: SlotContext, brand: string, noun: string): boolean {
  if (ANY_BUSINESS.has(noun)) return true
  const last = (name: string) => name.toLowerCase().split(/\s+/).at(-1) === noun
  const fits = (name: string, end: number) => {
    if (last(name)) return true
    const after = ctx.doc.body.slice(end, end + 60).toLowerCase()
    const described = /^,\s+(?:the|a|an|its)\s+([^,.;:()—–]*)/u.exec(after)?.[1] ?? ''
    return described.split(/\s+/).slice(0, 4).includes(noun)
  }
  if (last(brand)) return true
  return ctx.doc.mentions.some(
    (m) =>
      (sameName(m.name, brand) || sameName(ownerOf(ctx.doc, m)?.name ?? '', brand)) &&
      fits(m.name, m.end),
  )
}

/**
 * The business named earlier in the piece by a name whose last word is the noun `w` ("the
 * gallery" for "the Tollgate Gallery" three paragraphs before): the last such name.
 */
function namedByKind(ctx: SlotContext, w: Word): string | null {
  let found: string | null = null
  for (const m of ctx.doc.mentions) {
    if (m.end > w.start) break
    if (!m.name.includes(' ') || m.name.toLowerCase().split(/\s+/).at(-1) !== w.lower) continue
    if (isPersonMention(ctx, m) || !isBrandMention(ctx, m, true)) continue
    found = ownerOf(ctx.doc, m)?.name ?? m.name
  }
  return found
}

/**
 * The family tie of `owner` to `brand`, with the people it concerns. A pronoun the resolver
 * gave to the business itself ("Copper Kettle is his sister's café", the name left untyped) is
 * read again past it, to the person before.
 */
function kinTie(
  ctx: SlotContext,
  pw: Word,
  owner: string,
  brand: string,
  kind: ConnectionKind,
  people?: string[],
): Found | null {
  if (!sameName(owner, brand)) return tieOf(owner, brand, kind, people)
  if (!FEMALE_PRONOUNS.has(pw.lower) && !MALE_PRONOUNS.has(pw.lower)) return null
  const r = resolvePronoun(ctx.doc, pw.start, pw.lower, {
    paragraphs: 3,
    accept: (e, m) => isPersonMention(ctx, m) && !sameName(e.name, brand),
  })
  const person = r?.entity && r.entity.kind !== 'organisation' ? r.entity.name : null
  if (!person) return null
  return tieOf(
    person,
    brand,
    kind,
    people?.map((x) => (sameName(x, brand) ? person : x)),
  )
}

/** Roles in a business: "its founder", "the company's chief executive". */
const ROLES = new Set(
  'founder co-founder cofounder owner co-owner executive ceo president chair chairman chairwoman director proprietor'.split(
    ' ',
  ),
)

/**
 * The business whose role ends at word `r` ("its founder", "X's owner", "the company's chief
 * executive"): the brand its possessor stands for, or null.
 */
function roleOwner(ctx: SlotContext, c: Clause, seg: Segment, r: number): string | null {
  const ws = c.words
  const low = lowers(ws)
  if (!ROLES.has(low[r] ?? '') || ws[r]?.pos !== 'NOUN') return null
  let k = r - 1
  while (k > seg.from && (ws[k]?.pos === 'ADJ' || low[k] === 'chief' || low[k] === 'managing')) k--
  if (low[k] === 'its' || low[k] === 'their') {
    const brand = brandOfWord(ctx, c, k)
    return brand && !otherBodyOwns(ctx, c, ws[k]?.start ?? c.sentence.start, brand) ? brand : null
  }
  if (!['’s', "'s"].includes(low[k] ?? '')) return null
  const p = ws[k - 1]
  if (p?.mention) return personOf(ctx, p) ? null : brandOfWord(ctx, c, k - 1, true)
  return p?.pos === 'NOUN' && low[k - 2] === 'the' ? brandOfWord(ctx, c, k - 1) : null
}

/** Adjectives that leave a relative's business theirs: "her sister's small café". */
const OWNED_ADJECTIVES = new Set(
  'small little tiny new own family independent organic artisan first second online'.split(' '),
)

/** Titles that say a person owns a business: "Owner Fern Reed", "Corner Loaf founder X". */
const OWNER_TITLES = new Set(['owner', 'co-owner', 'founder', 'co-founder', 'proprietor'])

/**
 * The business a person's title before the name says they own ("Owner Fern Reed", "Corner Loaf
 * owner Fern Reed", "the bakery's owner, Fern Reed"): the brand named before the title, else the
 * business the piece is about; null when no such title stands there.
 */
function titledOwner(ctx: SlotContext, c: Clause, named: number): string | null {
  const ws = c.words
  const m = ws[named]?.mention
  let first = named
  while (first > 0 && ws[first - 1]?.mention === m) first--
  // The title inside the name ("Owner Fern Reed" opening a sentence) or just before it.
  const inside = OWNER_TITLES.has(ws[first]?.lower ?? '')
  let t = inside ? first : first - 1
  if (!inside && ws[t]?.text === ',') t--
  if (!OWNER_TITLES.has(ws[t]?.lower ?? '')) return null
  let k = t - 1
  // "Dog owner Fern Reed", "home owner …": a thing before the title is what is owned; only a
  // business noun ("bakery owner …") or a name says the title is a business's.
  const kind = ws[k]
  if (
    kind &&
    !kind.mention &&
    (kind.pos === 'NOUN' || kind.pos === 'PROPN' || kind.pos === 'ADJ') &&
    !BUSINESS_NOUNS.has(kind.lower)
  )
    return null
  if (['’s', "'s"].includes(ws[k]?.lower ?? '')) k--
  const before = ws[k]?.mention ? brandOfWord(ctx, c, k, true) : null
  if (before && !personOf(ctx, ws[k] as Word)) return before
  if (ws[k]?.mention) return null
  const piece = ctx.leadBrand ?? ctx.mainBrand ?? pieceBusiness(ctx)
  // "Bookshop owner Fern Reed": the piece's business only when it is a bookshop.
  if (piece && kind && BUSINESS_NOUNS.has(kind.lower) && !kindFits(ctx, piece, kind.lower))
    return null
  return piece
}

/**
 * The business a piece is about when no brand is sold or disclosed in it: the first name the
 * body describes as a business ("Oven & Ash, the sourdough bakery on Cale Street") or whose
 * last word says it is one ("the Tollgate Gallery"); no person's, no public body's.
 */
function pieceBusiness(ctx: SlotContext): string | null {
  const known = pieceBusinesses.get(ctx.doc)
  if (known !== undefined) return known
  let found: string | null = null
  for (const m of ctx.doc.mentions) {
    if (isPersonMention(ctx, m) || isPublicBody(m.name)) continue
    const last = m.name.toLowerCase().split(/\s+/).at(-1) ?? ''
    const after = ctx.doc.body.slice(m.end, m.end + 60).toLowerCase()
    // ", the sourdough bakery on …": the description's words up to a break.
    const described = /^,\s+(?:the|a|an)\s+([^,.;:()—–]*)/u.exec(after)?.[1] ?? ''
    const kinds = described.split(/\s+/).slice(0, 4)
    if (
      (m.name.includes(' ') && BUSINESS_NOUNS.has(last)) ||
      kinds.some((x) => BUSINESS_NOUNS.has(x))
    ) {
      found = ownerOf(ctx.doc, m)?.name ?? m.name
      break
    }
  }
  pieceBusinesses.set(ctx.doc, found)
  return found
}
const pieceBusinesses = new WeakMap<SlotContext['doc'], string | null>()

/**
 * The brand a verb's object names as a business: a name at once ("opened Corner Loaf"), or a
 * phrase whose head is a business noun ("opened the Corner Loaf bakery").
 */
function businessObject(ctx: SlotContext, c: Clause, at: number): string | null {
  const ws = c.words
  let k = at
  if (['the', 'a', 'an', 'her', 'his', 'their', 'its'].includes(ws[k]?.lower ?? '')) k++
  if (!ws[k]?.mention) return null
  const m = ws[k]?.mention
  let end = k
  while (ws[end]?.mention === m) end++
  const head = ws[end]
  const direct = k === at || !head || head.pos === 'PUNCT' || head.pos === 'ADP'
  if (!direct && !BUSINESS_NOUNS.has(head?.lower ?? '')) return null
  if (personOf(ctx, ws[k] as Word)) return null
  return brandOfWord(ctx, c, k, true)
}

/** How many words from `k` belong to the same name mention. */
function nameLength(ws: readonly Word[], k: number): number {
  const m = ws[k]?.mention
  if (!m) return 1
  let n = 0
  while (ws[k + n]?.mention === m) n++
  return n
}

/**
 * The brand named by apposition beside a described business: "Bellwick, the label …" (the name
 * before, past the determiner and modifiers) or "…'s label, Bellwick" (the name after).
 */
function namedBeside(ctx: SlotContext, c: Clause, head: number, end: number): string | null {
  const ws = c.words
  // Before: back over the noun phrase ("the skincare") to a comma and a name.
  let k = head
  while (k > 0 && (ws[k - 1]?.pos === 'NOUN' || ws[k - 1]?.pos === 'ADJ') && !ws[k - 1]?.mention)
    k--
  if (['the', 'a', 'an'].includes(ws[k - 1]?.lower ?? '')) k--
  // A possessive phrase itself: "her sister's skincare label" starts at "her".
  if (ws[k - 1]?.text === ',' && ws[k - 2]?.mention) {
    const b = brandOfWord(ctx, c, k - 2, true)
    if (b && !personOf(ctx, ws[k - 2] as Word)) return b
  }
  // After: "…, Bellwick,".
  let a = end
  while (a < ws.length && ws[a]?.pos !== 'PUNCT' && a < end + 4) a++
  if (ws[a]?.text === ',' && ws[a + 1]?.mention) {
    const b = brandOfWord(ctx, c, a + 1, true)
    if (b && !personOf(ctx, ws[a + 1] as Word)) return b
  }
  return null
}

/** What a person is paid to do, that paid work for a brand may be: "paid to teach classes for X". */
function paidTask(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  // "is (also) paid to teach", "was paid to run": a passive pay with a purpose.
  if (low[i + 1] !== 'to' || (ws[i + 2]?.pos !== 'VERB' && ws[i + 2]?.pos !== 'AUX')) return null
  let b = i - 1
  while (b > seg.from && (ws[b]?.pos === 'ADV' || ['also', 'still', 'now'].includes(low[b] ?? '')))
    b--
  if (!BE.has(low[b] ?? '') && low[b] !== 'been') return null
  if (negated(ws, Math.max(seg.from, b - 3), i)) return null
  // "… for X" within the task's words, before any clause break: whom the work is for.
  for (let k = i + 3; k < Math.min(seg.to, i + 10); k++) {
    const x = low[k] ?? ''
    if (x === ',' || x === ';' || x === '.' || x === 'and' || x === 'but') return null
    if (x !== 'for' && x !== 'by') continue
    const brand = brandAfter(ctx, c, k + 1, 5)
    if (!brand || isPublicBody(brand)) return null
    const person =
      personBackward(ctx, c, seg.from, b, false, brand) ?? anchorPerson(ctx, c, seg, brand)
    return person ? tieOf(person, brand, 'paid-consultant') : null
  }
  return null
}

/**
 * Holdings in a business named after an owning verb's first object, in the rest of the segment:
 * "owns Loaf & Ladle and, through it, one of the dairy's 20 shares", "owns a café and a stake in
 * Harwell", "holds Tessel's shares". The businesses whose shares or stake are held, by name, by
 * "its", or by a description ("the cooperative's") of a company named before.
 */
export function heldThrough(ctx: SlotContext, c: Clause, seg: Segment, from: number): string[] {
  const ws = c.words
  const low = lowers(ws)
  const out: string[] = []
  for (let k = from; k < seg.to; k++) {
    if (!HOLDINGS.has(low[k] ?? '') || ws[k]?.pos !== 'NOUN') continue
    // "a stake in X", "shares of X".
    if (low[k + 1] === 'in' || low[k + 1] === 'of') {
      const b = brandAfter(ctx, c, k + 2, 5)
      if (b && !out.includes(b)) out.push(b)
      continue
    }
    // "one of the dairy's 20 shares", "its shares".
    let j = k - 1
    while (j > from && (ws[j]?.pos === 'NUM' || ws[j]?.pos === 'ADJ')) j--
    let b: string | null = null
    if (low[j] === 'its' || low[j] === 'their') b = brandOfWord(ctx, c, j)
    else if (['’s', "'s"].includes(low[j] ?? '') && ws[j - 1]) {
      b = brandOfWord(ctx, c, j - 1, true)
      // "the cooperative's 14 shares": a company by its kind is the piece's own company.
      if (!b && low[j - 2] === 'the' && COMPANY_KINDS.has(low[j - 1] ?? ''))
        b = ctx.leadBrand ?? ctx.mainBrand ?? null
    } else if (ws[j]?.mention?.possessive) b = brandOfWord(ctx, c, j, true)
    if (b && !isPublicBody(b) && !out.includes(b)) out.push(b)
  }
  return out
}

/**
 * "Tom Hale, who owns Loaf & Ladle and, through it, one of the dairy's 20 shares": a relative
 * clause on a person whose owning verb has a business as its object. The owner is the person
 * the clause hangs on; what the rest of the clause says is held through it is held too.
 */
function whoOwns(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  // The clause opens with "who", maybe after its comma or dash: "Tom Hale—who owns …".
  const who = low[seg.from] === 'who' ? seg.from : low[seg.from + 1] === 'who' ? seg.from + 1 : -1
  if (seg.type === 'main' || who < 0) return null
  let k = i - 1
  while (k > who && ['still', 'now', 'also', 'jointly'].includes(low[k] ?? '')) k--
  if (k !== who) return null
  // What is owned is a business: a name at once, or a phrase whose head is a business noun;
  // "who owns a Harbourside Storm jacket" owns a product.
  const owned = businessObject(ctx, c, i + 1)
  const held = heldThrough(ctx, c, seg, i + 1)
  // A business someone owns is a tie worth disclosing where the piece is about it, or where
  // it holds a part of another business; "…, who also owns the bakery two doors down" is none.
  if (held.length === 0 && !(owned && presentedHere(ctx, owned))) return null
  const brands = [
    ...(owned && !isPublicBody(owned) ? [owned] : []),
    ...held.filter((b) => b !== owned),
  ]
  if (brands.length === 0) return null
  const anchor = c.words[seg.anchor]
  if (!anchor?.mention) return null
  const person = personOf(ctx, anchor, true)
  if (!person || brands.includes(person)) return null
  return { ...tieOf(person, brands[0] as string, 'investor'), brandNames: brands }
}

/** Companies called by their kind: "the cooperative's shares". */
const COMPANY_KINDS = new Set(['cooperative', 'co-op', 'company', 'firm', 'business', 'mill'])

/** Whether the piece presents a brand: its lead or main brand, or one its disclosures name. */
function presentedHere(ctx: SlotContext, brand: string): boolean {
  const key = brandKey(brand)
  if ([ctx.leadBrand, ctx.mainBrand].some((b) => !!b && brandKey(b) === key)) return true
  return ctx.presentedBrands?.has(key) ?? false
}

/** Verbs of passing custom to someone: "which sends her insurance work", "refers patients to him". */
const REFERS = new Set(
  'sends send sent refers refer referred passes pass passed steers steer steered funnels funnel funnelled directs direct directed'.split(
    ' ',
  ),
)

/** Verbs by which custom arrives: "most of her bookings come through X". */
const ARRIVES = new Set(['come', 'comes', 'came', 'arrive', 'arrives'])

/** Custom one business passes to a person: "work", "clients", "patients", "bookings". */
const CUSTOM = new Set(
  'work jobs job clients client customers customer patients patient referrals bookings booking business orders cases commissions contracts leads'.split(
    ' ',
  ),
)

/** Custom a company assigns, which comes to a person through it: "work", "jobs", "referrals". */
const ASSIGNED = new Set(
  'work jobs job referrals contracts commissions cases leads assignments'.split(' '),
)

/** What a business sends a customer that is the customer's own: "sends her orders". */
const CUSTOMERS_OWN = new Set(
  'order orders booking bookings job case client customer patient contract'.split(' '),
)

/** Object pronouns a referral may be sent to. */
const REFERRED_TO = new Set(['her', 'him', 'them', 'me'])

/**
 * A business tie by referral or custom (see the top of this file): a company passes a person its
 * work ("X, which sends her insurance work", "X sends him most of his clients", "the clinic
 * refers patients to her", "sends work his way"), or the person's custom comes through it ("most
 * of her bookings come through X"). The giver is a brand (by name, by the relative clause's
 * antecedent, by a description resolved to one), never a public body; the one given to is a
 * person. "Her aunt sends her a card every Christmas" (no custom, no brand), "X sends most of
 * its orders through Y" (a company's), "the GP refers patients to the hospital" (no person) are
 * none.
 */
function referralTie(ctx: SlotContext, c: Clause, seg: Segment, i: number): Found | null {
  const ws = c.words
  const low = lowers(ws)
  if (negated(ws, Math.max(seg.from, i - 4), i)) return null
  if (ARRIVES.has(low[i] ?? '')) {
    // "most of her bookings come through X": the possessor's custom, the brand after the
    // preposition.
    if (!['through', 'from', 'via'].includes(low[i + 1] ?? '')) return null
    const n = i - 1
    // Work a company hands out ("most of his work comes through X's network") ties him to it;
    // bookings, clients or orders from the public that come through a site or an app ("most of
    // her bookings come through Instagram") do not: the channel pays her nothing.
    if (!ASSIGNED.has(low[n] ?? '') || ws[n]?.pos !== 'NOUN') return null
    let k = n - 1
    while (k > seg.from && ws[k]?.pos === 'ADJ') k--
    const pw = ws[k]
    if (!pw) return null
    const person = ['her', 'his', 'my'].includes(pw.lower)
      ? personOf(ctx, pw)
      : ['’s', "'s"].includes(pw.lower) && ws[k - 1]?.mention
        ? personOf(ctx, ws[k - 1] as Word)
        : null
    if (!person) return null
    // ("from" may name a place: "her clients come from London"; the name must be a brand's.)
    const brand = brandAfter(ctx, c, i + 2, 5, low[i + 1] !== 'from')
    if (!brand || isPublicBody(brand) || sameName(brand, person)) return null
    return tieOf(person, brand, 'family-or-business-tie')
  }
  // The one given to and the custom: "sends her (insurance) work", "sends him most of his
  // clients", "refers patients to her", "sends work her way".
  let person: string | null = null
  let custom = false
  let k = i + 1
  const to = ws[k]
  if (to && (REFERRED_TO.has(to.lower) || (to.mention && isPersonMention(ctx, to.mention)))) {
    person = personOf(ctx, to)
    k += to.mention ? nameLength(ws, k) : 1
    for (let j = k; j < Math.min(seg.to, k + 5); j++) {
      // "sends her clients a newsletter": "her clients" is whom it is sent to, not custom.
      const second = ws[j + 1]
      // "Brightway sends her orders by van": "her" owns what a shop sends a customer (her
      // order, her booking, her case), no custom passed to her.
      const hers = to.lower === 'her' && j === k && CUSTOMERS_OWN.has(low[j] ?? '')
      if (CUSTOM.has(low[j] ?? '') && ws[j]?.pos === 'NOUN' && !hers)
        custom = !second || !['DET', 'NUM', 'NOUN', 'ADJ', 'PROPN'].includes(second.pos)
      if (custom || ws[j]?.pos === 'PUNCT' || ws[j]?.pos === 'ADP') break
    }
  } else {
    for (let j = k; j < Math.min(seg.to, k + 5) && !custom; j++) {
      if (!CUSTOM.has(low[j] ?? '') || ws[j]?.pos !== 'NOUN') continue
      custom = true
      // "refers patients to her", "sends work her way".
      const r = ws[j + 1]
      if (low[j + 1] === 'to' && ws[j + 2]) {
        const p = ws[j + 2] as Word
        if (REFERRED_TO.has(p.lower) || (p.mention && isPersonMention(ctx, p.mention)))
          person = personOf(ctx, p)
      } else if (r && REFERRED_TO.has(r.lower) && low[j + 2] === 'way') person = personOf(ctx, r)
    }
  }
  if (!custom || !person) return null
  // The giver: the antecedent of "which"/"that", or a brand before the verb in the clause.
  let brand: string | null = null
  if (seg.type === 'relative' && seg.anchor >= 0 && ['which', 'that'].includes(low[seg.from] ?? ''))
    brand = brandOfWord(ctx, c, seg.anchor, true) ?? possessorBrand(ctx, c, seg.anchor)
  for (let j = i - 1; j >= seg.from && !brand; j--) brand = brandOfWord(ctx, c, j)
  if (!brand || isPublicBody(brand) || sameName(brand, person)) return null
  return tieOf(person, brand, 'family-or-business-tie')
}

/**
 * The brand that owns the noun phrase ending at word `head`: "X's preferred-repair network"
 * (back over the phrase's nouns and adjectives to a name's possessive mark).
 */
function possessorBrand(ctx: SlotContext, c: Clause, head: number): string | null {
  const ws = c.words
  let k = head
  while (k > 0 && k > head - 5 && !ws[k]?.mention && ['NOUN', 'ADJ'].includes(ws[k]?.pos ?? '')) k--
  if (!['’s', "'s"].includes(ws[k]?.lower ?? '') || !ws[k - 1]?.mention) return null
  if (personOf(ctx, ws[k - 1] as Word)) return null
  return brandOfWord(ctx, c, k - 1, true)
}

/** Words that start one of the readings above. */
export const TRIGGERS = new Set([
  ...REFERS,
  ...ARRIVES,
  ...Object.keys(POSSESSED_TIES),
  ...FAMILY_NOUNS,
  'paid',
  'owns',
  'co-owns',
])

/** A tie stated indirectly in the segment (see the top of this file), or null. */
export function indirectTie(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  const low = lowers(c.words)
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // ("Backers include …": a tie noun opening a sentence is taken for a name by itself.)
    const m = c.words[i]?.mention
    if (!TRIGGERS.has(w) || (m && !(HOLDER_LISTS.has(w) && m.name.toLowerCase() === w))) continue
    const f = POSSESSED_TIES[w]
      ? possessedTie(ctx, c, seg, i)
      : FAMILY_NOUNS.has(w)
        ? relativesBusiness(ctx, c, seg, i)
        : w === 'paid'
          ? paidTask(ctx, c, seg, i)
          : REFERS.has(w) || ARRIVES.has(w)
            ? referralTie(ctx, c, seg, i)
            : whoOwns(ctx, c, seg, i)
    if (f) return f
  }
  return null
}
