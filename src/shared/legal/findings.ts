import { familyOf, type BrandFamily } from '../language/brands'
import type { Doc } from '../language/document'
import { nameRegExp, paragraphAt } from '../text'
import { samePerson } from './connections'
import type {
  Connection,
  ConnectionKind,
  DisclosureCheckInput,
  Endorsement,
  Finding,
  Severity,
  TextRange,
} from './domain'
import { brandMentions } from './endorsements'
import { independentClaims, otherResearch, researchApart, sameResearch } from './research'
import { authorOf, isNonCommercial, type SlotContext } from './slots'
import type { Statement } from './statements'
import { normalise } from './text'

/**
 * The checks, each over the whole analysis of one body: (a) an endorsement by a connected
 * person needs a disclosure close to it; (b) affiliate links and picks need an affiliate notice
 * before the first of them; (c, d) vague and buried disclosures; (e) research a brand paid for;
 * (g) sponsors and gifts on the draft that the text never discloses. Each returns findings
 * whose message is one sentence naming the endorsement and the disclosure.
 */

const TIE_LABEL: Readonly<Record<ConnectionKind, string>> = {
  ambassador: 'ambassador',
  'paid-consultant': 'paid consultant or adviser',
  affiliate: 'paid for sign-ups',
  investor: 'investor or owner',
  'gifted-product': 'given free product',
  'family-or-business-tie': 'business or family tie',
}

const KIND_TIE: Readonly<Record<string, string>> = {
  sponsored: 'a sponsorship',
  affiliate: 'affiliate earnings',
  'material-connection': 'that paid tie',
  'gifted-product': 'a gift or loan',
}

const PAID_KINDS = new Set(['affiliate', 'sponsored', 'material-connection', 'gifted-product'])

export interface Analysis {
  readonly body: string
  readonly doc: Doc
  readonly ctx: SlotContext
  readonly input: DisclosureCheckInput
  readonly statements: readonly Statement[]
  readonly families: readonly BrandFamily[]
  readonly connections: readonly Connection[]
  readonly links: readonly Endorsement[]
  readonly picks: readonly Endorsement[]
  readonly connected: readonly Endorsement[]
}

export type Draft = Omit<Finding, 'id' | 'severity'> & { key: string; severity?: Severity }

const excerpt = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}
const span = (r: TextRange): TextRange => ({ start: r.start, end: r.end })
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The paragraph at a position: a binary search, so the checks stay linear on a long text. */
export function paragraphOf(doc: Doc, pos: number): number {
  return doc.paragraphs[paragraphAt(doc.paragraphs, pos)]?.index ?? 0
}

// ---------------------------------------------------------------------------------------------
// (a) Endorsements by connected people need a disclosure close to them.
// ---------------------------------------------------------------------------------------------

/** First paragraph of the section an answer sits in: a Q&A's intro counts as close. */
function sectionStart(doc: Doc, i: number): number {
  let k = i
  while (k > 0) {
    const role = doc.paragraphs[k]?.role
    if (role === 'heading' || role === 'headline') return k
    k--
  }
  return 0
}

/** Whether a disclosure at paragraph `d` is close to an endorsement at paragraph `e`. */
function close(doc: Doc, e: number, d: number, run: { from: number; to: number }): boolean {
  if (Math.abs(e - d) <= 1) return true
  // A quote that runs over several paragraphs: its attribution, where a tie is often stated,
  // is close to all of them.
  if (d >= run.from - 1 && d <= run.to + 1) return true
  // The heading over the endorsement's own section, a few lines above it ("## @handle (Name,
  // co-founder of X)" over her intro and her post): read just before the endorsement.
  const over = doc.paragraphs[d]?.role
  if (
    (over === 'heading' || over === 'headline') &&
    d < e &&
    e - d <= 3 &&
    sectionStart(doc, e) === d
  )
    return true
  const role = doc.paragraphs[e]?.role
  if ((role !== 'answer' && role !== 'question') || d >= e) return false
  // Inside the Q&A, before the answer: the reader of the interview has met it.
  const first = doc.paragraphs.findIndex((p) => p.role === 'question' || p.role === 'answer')
  if (first >= 0 && d >= first && d >= sectionStart(doc, e)) return true
  // The interview's own introduction — its standfirst, or the lines just before its first
  // question — covers every answer, whatever subheadings come after. A tie stated in passing
  // paragraphs earlier in the body does not ("the label X—which pays Dr. Y—…" far above).
  if (doc.paragraphs[d]?.role === 'standfirst') return true
  return first >= 0 && d < first && d >= introStart(doc, first)
}

/**
 * Where the introduction of a Q&A starts: the line just before its first question, and the
 * paragraphs before that which keep presenting the interviewee (by name or pronoun), back to
 * the section's heading.
 */
function introStart(doc: Doc, first: number): number {
  const floor = sectionStart(doc, first)
  const who = doc.interviewee
  const names = who ? [who.name, ...who.mentions.map((m) => m.name)] : []
  const about = (i: number) => {
    const p = doc.paragraphs[i]
    if (!p || p.role === 'heading' || p.role === 'headline' || p.role === 'byline') return false
    if (/\b(?:she|her|hers|he|him|his)\b/i.test(p.text)) return true
    return names.some((n) => n && p.text.includes(n))
  }
  let k = first - 1
  while (k - 1 > floor && about(k - 1)) k--
  return Math.max(floor, k)
}

/** The run of consecutive paragraphs around `i` that each hold a quote by `person`. */
function quoteRun(a: Analysis, person: string, i: number): { from: number; to: number } {
  const quoted = new Set(
    a.ctx.quotes
      .filter((q) => q.speaker && samePerson(q.speaker, person))
      .map((q) => paragraphOf(a.doc, q.start)),
  )
  let from = i
  let to = i
  while (quoted.has(from - 1)) from--
  while (quoted.has(to + 1)) to++
  return { from, to }
}

/** Whether a statement discloses this connection: it names the person, or the brand with no one else. */
/** Whether a statement overlaps one of the lines a connection was read from. */
const overlapsAny = (c: Connection, s: Statement) =>
  c.disclosures.some((r) => r.start < s.end && s.start < r.end)

function discloses(a: Analysis, s: Statement, c: Connection): boolean {
  const made = c.disclosures.some((r) => r.start === s.start && r.end === s.end)
  // The publication's owner line ("X is published by Y, which also owns Z"): an ownership
  // statement, the tie's disclosure.
  if (c.source === 'publication') return made || (s.kind === 'other' && overlapsAny(c, s))
  if (s.kind !== 'material-connection' && s.kind !== 'gifted-product') return false
  // Research funding discloses only the tie it states: the person whose own work it pays for.
  if (s.research) return made
  // A writer's gift said with "my" and no name: the line the tie was read from discloses it.
  if (made && s.people.length === 0) return true
  const family = familyOf(a.families, c.brand)
  const namesBrand = s.brandNames.some((b) => {
    const f = familyOf(a.families, b)
    return f ? f === family : b.toLowerCase() === c.brand.toLowerCase()
  })
  const namesPerson = s.people.some((p) => samePerson(p, c.person))
  return namesPerson && (namesBrand || s.brandNames.length === 0)
}

/**
 * Whether a statement in the piece's own voice discloses the writer's tie to the connection's
 * brand: a clear sponsorship, gift or tie of the writer's ("Paid partnership with X", "X sent me
 * …") naming that brand. A clear label before the endorsement in the piece's opening frames it.
 */
function disclosesWriters(a: Analysis, s: Statement, c: Connection, writer: string | null) {
  if (!writer || !samePerson(writer, c.person) || s.wording !== 'clear' || s.quoted) return false
  if (!PAID_KINDS.has(s.kind) || s.kind === 'affiliate' || s.research) return false
  if (s.people.length > 0 && !s.people.some((p) => samePerson(p, writer))) return false
  const family = familyOf(a.families, c.brand)
  return s.brandNames.some((b) => {
    const f = familyOf(a.families, b)
    return f ? f === family : b.toLowerCase() === c.brand.toLowerCase()
  })
}

/** The first paragraph of running text (after headline, standfirst and byline lines). */
function openingEnd(doc: Doc): number {
  const first = doc.paragraphs.findIndex((p) => p.role === 'body')
  return first < 0 ? 0 : first + 1
}

/**
 * Whether a tie is told up front, in a note of its own where the piece introduces its people:
 * a clear, unquoted statement before the endorsement, in a paragraph given over to disclosure
 * (its statements are most of it), in the preface before the piece's first section heading.
 * Show notes or a feature that say "Dr A is a paid adviser to X" before anything Dr A says about
 * X have told the reader in time, however long the piece runs. A tie mentioned in passing in a
 * career paragraph ("… and last year she became the face of X"), or told only after the
 * endorsement (a footer, a closing bio), is not.
 */
function introduced(a: Analysis, s: Statement, ep: number, person: string): boolean {
  if (s.quoted || s.wording !== 'clear' || s.paragraph >= ep) return false
  const ps = a.doc.paragraphs
  // A roundup's section of the endorser's own ("## @handle (Ana Ruiz)") presents her again
  // where her praise is: the preface told about one of several people, not the piece's guest.
  const surname = person.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
  const section = ps.slice(s.paragraph + 1, ep).findLast((p) => p.role === 'heading')
  if (surname && section && section.text.toLowerCase().includes(surname)) return false
  const first = ps.findIndex((p) => p.role === 'body')
  const heading = ps.findIndex((p, k) => k > first && p.role === 'heading')
  if (first < 0 || heading < 0 || s.paragraph >= heading || heading - first > 4) return false
  const p = ps[s.paragraph]
  if (!p) return false
  const told = a.statements
    .filter((o) => o.paragraph === s.paragraph && !o.quoted)
    .reduce((n, o) => n + (o.end - o.start), 0)
  return told >= 0.6 * p.text.trim().length
}

/** Whether the piece opens with a clear label saying the connection's brand paid for it. */
function brandsPiece(a: Analysis, c: Connection): boolean {
  const family = familyOf(a.families, c.brand)
  const top = Math.min(openingEnd(a.doc) + 2, 5)
  return a.statements.some(
    (s) =>
      s.kind === 'sponsored' &&
      s.wording === 'clear' &&
      !s.quoted &&
      s.paragraph <= top &&
      s.brandNames.some((b) => {
        const f = familyOf(a.families, b)
        return f ? f === family : b.toLowerCase() === c.brand.toLowerCase()
      }),
  )
}

/** Whether two paragraphs are in one block quote (a post quoted over several paragraphs). */
function samePost(a: Analysis, x: number, y: number): boolean {
  const ps = a.doc.paragraphs
  for (let k = Math.min(x, y); k <= Math.max(x, y); k++)
    if (!ps[k]?.setting.blockquote) return false
  return true
}

/** A weekday in a news lede: "… said on Wednesday", "opened a second factory on Thursday". */
const NEWS_DAY =
  /\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/

/**
 * Whether the person is the company the news is about, speaking for it: an owner's or founder's
 * tie to the piece's lead brand, stated by the piece before the person praises it, in a story
 * that reads as news (a weekday in its first paragraphs: "… said on Wednesday"). The seller
 * speaking of its own business, presented as such, is no third party's endorsement. A creator
 * or columnist whose stake is told only after the praise, or a piece about something else, is
 * still the error.
 */
function ownersNews(a: Analysis, c: Connection, ep: number): boolean {
  if (c.kind !== 'investor' || !a.ctx.leadBrand) return false
  if (familyOf(a.families, a.ctx.leadBrand) !== familyOf(a.families, c.brand)) return false
  const told = a.statements.some(
    (s) => !s.quoted && s.paragraph < ep && c.disclosures.some((r) => r.start === s.start),
  )
  if (!told) return false
  const lede = a.doc.paragraphs.filter((p) => p.role === 'body').slice(0, 2)
  return lede.some((p) => NEWS_DAY.test(p.text))
}

/** Superlatives of praise beyond PRAISE's words: "the loveliest place", "the most comfortable". */
const SUPERLATIVE =
  /\b(?:\w+iest|nicest|finest|greatest|most (?:beautiful|comfortable|memorable|delicious|impressive|enjoyable))\b/i

/** Whether a gift tie was read only from a line of the writer's that names no one. */
function unnamedGift(a: Analysis, c: Connection): boolean {
  if (c.kind !== 'gifted-product' || c.source !== 'text' || c.disclosures.length === 0) return false
  return c.disclosures.every(
    (r) => a.statements.find((s) => s.start === r.start && s.end === r.end)?.people.length === 0,
  )
}

/** Whether every statement the text gives a tie by is vague about pay ("collaborated with X"). */
function vagueOnly(a: Analysis, c: Connection): boolean {
  if (c.source !== 'text' || c.disclosures.length === 0) return false
  return c.disclosures.every(
    (r) =>
      a.statements.find((s) => s.start === r.start && s.end === r.end)?.wording === 'ambiguous',
  )
}

/**
 * Whether a clear label or tie statement inside the endorser's own words discloses the tie: any
 * clear tie statement there does; a bare sponsorship label ("Ad", "#ad", "Sponsored") says the
 * post is paid for, which covers a paid tie (a fee, a code, an ambassador's deal, a gift) but not
 * a relative's business or the endorser's own stake, which no one reading "Ad" would guess.
 */
function ownLabel(a: Analysis, s: Statement, c: Connection, e: Endorsement): boolean {
  if (!s.quoted || s.wording !== 'clear' || s.research) return false
  if (
    (s.start < e.start || s.end > e.end) &&
    !samePost(a, s.paragraph, paragraphOf(a.doc, e.start))
  )
    return false
  if (s.speaker !== null && !samePerson(s.speaker, c.person)) return false
  if (s.kind === 'material-connection') return true
  if (s.kind !== 'sponsored') return false
  return c.kind !== 'family-or-business-tie' && c.kind !== 'investor'
}

/** Words of plain praise or recommendation: what makes one endorsement plainer than another. */
const PRAISE =
  /\b(?:best|finest|greatest|favou?rite|recommend\w*|must-have|swear by|the one to (?:get|buy)|the one (?:I|we)(?: would|['’]d) (?:buy|choose|pick|get|install)|everyone (?:should|needs))\b/i

export function materialConnection(a: Analysis): Draft[] {
  const out: Draft[] = []
  // One missing disclosure of one tie is one error, however often the person endorses the
  // brand: the first endorsement is the finding, the later ones are shown with it.
  const first = new Map<string, number>()
  const writer = authorOf(a.doc)
  for (const e of a.connected) {
    const c = a.connections.find((x) => x.person === e.person && x.brand === e.brand)
    if (!c) continue
    // A tie the text states only in words that do not say it is paid ("has collaborated with
    // X", "works with X") is that wording's fault, a warning (`ambiguous-wording`), not a paid
    // tie left undisclosed.
    if (vagueOnly(a, c)) continue
    // The writer's own gift, read from a line that names no one ("X lent me the bike"), covers
    // the writer's plain praise of X ("the best small hotel I have stayed in"), not every line
    // of narration that names X.
    if (unnamedGift(a, c) && !PRAISE.test(e.text) && !SUPERLATIVE.test(e.text)) continue
    const ep = paragraphOf(a.doc, e.start)
    if (ownersNews(a, c, ep)) continue
    const disclosing = a.statements.filter((s) => discloses(a, s, c))
    const run = quoteRun(a, c.person, ep)
    if (disclosing.some((s) => close(a.doc, ep, s.paragraph, run))) continue
    if (disclosing.some((s) => introduced(a, s, ep, c.person))) continue
    // "> #ad Spent Saturday with the new X canisters …": the endorser's own post, labelled plainly
    // inside the words that endorse, is disclosed where the reader meets it. The endorsement is
    // that person's quote, so a label inside its span is theirs, whoever the reading of the label
    // alone gave it to ("Ad | …" opening a post).
    if (a.statements.some((s) => ownLabel(a, s, c, e))) continue
    // Content the brand paid for, labelled so at its top ("Paid content from Y"), in which the
    // endorser's tie to Y is stated before the endorsement: the reader meets the quote inside the
    // brand's own piece, knowing the tie. A tie told only after it (fine print, a footer) is not
    // met in time, whatever the label says.
    if (disclosing.some((s) => s.paragraph < ep) && brandsPiece(a, c)) continue
    const own = a.statements.filter((s) => disclosesWriters(a, s, c, writer))
    if (
      own.some(
        (s) =>
          close(a.doc, ep, s.paragraph, run) ||
          (s.paragraph < ep && s.paragraph <= openingEnd(a.doc)),
      )
    )
      continue
    const nearest = [...disclosing].sort(
      (x, y) => Math.abs(x.paragraph - ep) - Math.abs(y.paragraph - ep),
    )[0]
    const who =
      c.source === 'publication'
        ? `${c.person}, whose owner also owns ${c.brand},`
        : `${c.person} (${TIE_LABEL[c.kind]}, ${c.brand})`
    const where = nearest
      ? `the only disclosure of that tie (“${excerpt(a.body.slice(nearest.start, nearest.end), 50)}”) is ${plural(Math.abs(nearest.paragraph - ep), 'paragraph')} away, not next to it`
      : c.source === 'referral-code'
        ? 'a personal code means a paid tie, and the text never discloses it'
        : 'the text never discloses that tie'
    const tie = `${c.person}|${c.brand}|${nearest ? nearest.start : 'none'}`
    const earlier = first.get(tie)
    const prior = earlier === undefined ? undefined : out[earlier]
    if (earlier !== undefined && prior) {
      // The finding points at the plainest praise ("the best £48 I spend") when the first
      // endorsement only mentions the product; the others are shown with it.
      const swap = !PRAISE.test(a.body.slice(prior.start, prior.end)) && PRAISE.test(e.text)
      out[earlier] = swap
        ? {
            ...prior,
            message: `${who} endorses ${c.brand} here, but ${where}.`,
            start: e.start,
            end: e.end,
            related: [{ start: prior.start, end: prior.end }, ...(prior.related ?? [])],
          }
        : {
            ...prior,
            related: [...(prior.related ?? []), { start: e.start, end: e.end }],
          }
      continue
    }
    const draft: Draft = {
      rule: 'material-connection-undisclosed',
      key: `${c.person}|${c.brand}|${normalise(e.text).slice(0, 80)}`,
      message: `${who} endorses ${c.brand} here, but ${where}.`,
      start: e.start,
      end: e.end,
      ...(disclosing.length ? { related: disclosing.map(span) } : {}),
    }
    first.set(tie, out.length)
    out.push(draft)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// (b) Affiliate links and picks need an affiliate notice before the first of them.
// ---------------------------------------------------------------------------------------------

export function affiliate(a: Analysis): Draft[] {
  const notices = a.statements.filter((s) => s.kind === 'affiliate' && !s.speaker)
  const signals =
    a.links.some((l) => l.affiliate) ||
    (a.input.relations ?? []).some((r) => r.kind === 'affiliate') ||
    notices.length > 0
  const targets = [...a.links, ...a.picks].sort((x, y) => x.start - y.start)
  const first = targets[0]
  if (!signals || !first) return []
  const firstNotice = notices[0]
  const what = `“${excerpt(first.text, 50)}”`
  // The finding points at the first link (before the notice), the thing that earns (a product
  // link, or a pick whose words carry the link); a pick before it is listed beside it.
  const linked = (t: Endorsement) =>
    t.kind === 'product-link' || /\]\(|https?:\/\//.test(a.body.slice(t.start, t.end))
  if (!firstNotice) {
    const n = a.links.filter((l) => l.affiliate).length
    const earning = targets.find(linked) ?? first
    return [
      {
        rule: 'affiliate-disclosure-missing',
        key: 'affiliate',
        message: `The piece has ${plural(n, 'affiliate link')} and ${plural(a.picks.length, 'product pick')}, starting with ${what}${earning === first ? '' : ` and the first link, “${excerpt(earning.text, 50)}”`}, but no affiliate notice (“We may earn a commission when you buy through links on this page”) before them or anywhere.`,
        start: earning.start,
        end: earning.end,
        related: targets
          .filter((t) => t !== earning)
          .slice(0, 19)
          .map(span),
      },
    ]
  }
  if (firstNotice.start <= first.start) return []
  const earning = targets.find((t) => t.start < firstNotice.start && linked(t)) ?? first
  const gap = firstNotice.paragraph - paragraphOf(a.doc, first.start)
  return [
    {
      rule: 'affiliate-disclosure-late',
      key: 'affiliate',
      message: `The only affiliate notice (“${excerpt(a.body.slice(firstNotice.start, firstNotice.end), 50)}”) comes ${gap > 0 ? `${plural(gap, 'paragraph')} after` : 'after, in the same paragraph as'} the first affiliate link or pick, ${what}${earning === first ? '' : ` and the first link, “${excerpt(earning.text, 50)}”`}; readers must see it before the first one.`,
      start: earning.start,
      end: earning.end,
      related: [span(firstNotice), ...(earning === first ? [] : [span(first)])],
    },
  ]
}

// ---------------------------------------------------------------------------------------------
// (c, d) Ambiguous wording and buried disclosures; an error when nothing clearer exists.
// ---------------------------------------------------------------------------------------------

/** Where a disclosure hides: among hashtags, after links in its line, or at the foot of the piece. */
type Hidden = 'tags' | 'links' | 'end'

/**
 * Whether a label line heads a box of its own below it: "From our partners" or "Promoted" as the
 * first line of a promotion whose next paragraph carries the offer (a link, or a company the piece
 * has not named before). Such a label sits over what it covers, however near the foot the box is;
 * it is no footer after the article's own content.
 */
function headsBox(a: Analysis, s: Statement): boolean {
  if (s.form !== 'label') return false
  const next = a.doc.paragraphs[s.paragraph + 1]
  if (!next || next.role !== 'body') return false
  // A writer's bio under a foot label ("Jo Bell writes about …, follow her at …") is no offer.
  const bio = a.doc.entities.some(
    (e) =>
      e.kind === 'person' &&
      e.mentions.some((m) => m.start - next.start < 3 && m.start >= next.start),
  )
  if (bio) return false
  if (next.setting.links.length > 0) return true
  return a.doc.entities.some(
    (e) =>
      e.kind !== 'person' &&
      e.kind !== 'place' &&
      e.mentions.length > 0 &&
      e.mentions.every((m) => m.start >= next.start) &&
      e.mentions.some((m) => m.start < next.end),
  )
}

/** Why a disclosure is hard to see, if it is. */
function buriedWhy(a: Analysis, s: Statement): { why: string; where: Hidden } | null {
  const p = a.doc.paragraphs[s.paragraph]
  if (!p) return null
  if (s.form === 'hashtag') {
    const tags = [...p.text.matchAll(/#[\p{L}\p{N}_]+/gu)].filter((m) => {
      const at = p.start + (m.index ?? 0)
      return at !== s.start && Math.abs(at - s.start) < 100
    })
    if (tags.length >= 2)
      return { why: `buried among ${tags.length} other hashtags`, where: 'tags' }
  }
  const links = p.setting.links.filter((l) => p.start + l.end <= s.start)
  if (links.length >= 2)
    return {
      why: `tucked in after ${plural(links.length, 'link')} in the same line`,
      where: 'links',
    }
  // A foundation's credit for the coverage at the foot of a story is where such credits go.
  const funder = s.brandNames[0]
  if (
    s.kind === 'sponsored' &&
    a.doc.paragraphs.length >= 4 &&
    !(funder && isNonCommercial(funder))
  ) {
    const last = a.doc.paragraphs.length
    const end = s.paragraph >= Math.floor(last * 0.8)
    const earlier = a.statements.some(
      (o) =>
        o.kind === 'sponsored' && o.wording === 'clear' && o.paragraph < Math.floor(last * 0.8),
    )
    // What it covers comes first: links, picks, endorsements, or the sponsor's own name.
    const family = s.brandNames[0] ? familyOf(a.families, s.brandNames[0]) : undefined
    const named = family ? brandMentions(a.ctx, a.body, family, a.families) : []
    const before = [...a.links, ...a.picks, ...a.connected, ...named].some(
      (e) => e.start < s.start && paragraphOf(a.doc, e.start) < s.paragraph,
    )
    if (end && !earlier && before && !headsBox(a, s))
      return { why: 'only at the end of the piece, after what it covers', where: 'end' }
  }
  return null
}

/** A label that calls the piece a partner's: "Partner content", "From our partners". */
const PARTNERS_CONTENT =
  /\bpartner\s+(?:content|post|feature|story|article)\b|\bfrom\s+our\s+partners?\b/i

/**
 * Whether the piece's own words state plainly what a vague or hidden sponsorship sign hints at:
 * a clear gift or paid tie, not a quote's and not research funding, to the brand the sign names
 * (any brand when the sign names none: "#sp" in a post that says "X sent me two of these
 * (gifted)"). Readers are told of the tie; the sign's wording and place are its faults (their
 * warnings), and a tie told too late is that tie's own error, not a second one here.
 */
function toldPlainly(a: Analysis, signs: readonly Statement[]): boolean {
  const named = signs.flatMap((s) => s.brandNames)
  const families = new Set(named.map((b) => familyOf(a.families, b)?.name ?? b.toLowerCase()))
  // The piece's own tie, the writer's ("X sent me two of these"): a source's tie told beside her
  // quote says nothing of who paid for the post.
  const writer = authorOf(a.doc)
  const own = (o: Statement) =>
    o.people.length === 0 ||
    o.people.some((p) => p === 'the writer' || (!!writer && samePerson(p, writer)))
  return a.statements.some(
    (o) =>
      !o.quoted &&
      own(o) &&
      !o.research &&
      o.wording === 'clear' &&
      (o.kind === 'gifted-product' || o.kind === 'material-connection') &&
      (named.length === 0 ||
        o.brandNames.some((b) => families.has(familyOf(a.families, b)?.name ?? b.toLowerCase())) ||
        // "the Aria Duo was sent to me by Crestline": the product's maker, named in the line.
        named.some((b) => a.body.slice(o.start, o.end).toLowerCase().includes(b.toLowerCase()))),
  )
}

export function ambiguousAndBuried(a: Analysis): Draft[] {
  const buried = new Map<Statement, { why: string; where: Hidden }>()
  for (const s of a.statements) {
    if (!PAID_KINDS.has(s.kind)) continue
    const why = buriedWhy(a, s)
    if (why) buried.set(s, why)
  }
  // Right under (or inside) what it covers, a hard-to-see or vague label is still where readers
  // meet the endorsement; away from it, it discloses nothing where it matters.
  // A brand named inside a disclosure ("big thanks to the X crew") is not what one covers.
  // (Statements are in text order and rarely overlap: the last one starting at or before `pos`.)
  const inStatement = (pos: number) => {
    let lo = 0
    let hi = a.statements.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((a.statements[mid]?.start ?? Infinity) <= pos) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
      const s = a.statements[i]
      if (s && s.start <= pos && pos < s.end) return true
    }
    return false
  }
  const covered = [
    ...a.links,
    ...a.picks,
    ...a.connected,
    ...[
      ...a.families.flatMap((f) => brandMentions(a.ctx, a.body, f, a.families)),
      // A product or company the text names, typed or not (never a person or a place).
      ...a.doc.entities
        .filter((e) => e.kind !== 'person' && e.kind !== 'place' && e.gender === null)
        .flatMap((e) => e.mentions.filter((m) => m.name.includes(' ') || e.kind !== 'unknown')),
    ].filter((m) => !inStatement(m.start)),
  ].map((e) => paragraphOf(a.doc, e.start))
  const coveredAt = new Set(covered)
  // A label line heads what follows it ("Promoted" over a product box); anything else follows
  // what it covers.
  const beside = (s: Statement) =>
    coveredAt.has(s.paragraph) ||
    coveredAt.has(s.paragraph - 1) ||
    (s.form === 'label' && coveredAt.has(s.paragraph + 1))
  // Which signs of a paid tie are errors. A sign stands alone when no clear disclosure of its
  // kind is in plain view; someone else's words (a post the piece quotes) are not the piece's.
  // - A sponsorship needs one clear label that readers meet before or beside what it covers.
  //   When it has none and some sign is away from what it covers, that is one error of its
  //   own (`sponsorship-undisclosed`), pointed at the line that comes after what it covers (the
  //   foot line), else at the plainest hidden sign; each vague or hidden sign keeps its own
  //   warning. A vague or tag-buried label right under the endorsement it covers is a warning
  //   only, as the labelled sets have it.
  // - Other kinds (a gift, an affiliate notice in tags): a hidden label that is the only sign
  //   of its kind and away from what it covers is an error.
  const visible = (kind: string) =>
    a.statements.some((o) => o.kind === kind && o.wording === 'clear' && !buried.has(o))
  // An affiliate notice that comes after links it covers is already one error
  // (`affiliate-disclosure-late`); that it is also hard to see is that notice's second fault, a
  // warning, not a second error for the one missing disclosure.
  const firstNotice = a.statements.find((s) => s.kind === 'affiliate' && !s.speaker)
  const late = !!firstNotice && [...a.links, ...a.picks].some((t) => t.start < firstNotice.start)
  const severe = new Set<Statement>()
  for (const [s] of buried)
    if (
      s.kind !== 'sponsored' &&
      !s.quoted &&
      !visible(s.kind) &&
      !beside(s) &&
      !(late && s === firstNotice)
    )
      severe.add(s)
  // A tag row's "#ad" is about the shops its other tags name ("#ad #larkfell" under a Larkfell
  // link, by the link's address): when every such link already sits under a clear affiliate notice
  // readers met first, the hidden tag adds nothing hidden, and its burying is a warning.
  const notices = a.statements.filter(
    (o) => o.kind === 'affiliate' && o.wording === 'clear' && !o.quoted && !buried.has(o),
  )
  const toldBefore = (s: Statement) => {
    if (s.form !== 'hashtag') return false
    const p = a.doc.paragraphs[s.paragraph]
    const tags = new Set(
      [...(p?.text ?? '').matchAll(/#([\p{L}\p{N}_]{3,})/gu)].map((m) =>
        (m[1] ?? '').toLowerCase(),
      ),
    )
    const named = a.links.filter((l) =>
      [...l.text.matchAll(/https?:\/\/([^/\s)?#]+)/g)].some((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .split('.')
          .some((label) => tags.has(label)),
      ),
    )
    return (
      named.length > 0 && named.every((l) => l.affiliate && notices.some((o) => o.end <= l.start))
    )
  }
  const out: Draft[] = []
  const signs = a.statements.filter(
    (s) => s.kind === 'sponsored' && !s.quoted && (s.wording === 'ambiguous' || buried.has(s)),
  )
  // A vague label in plain view that names who paid ("Promoted · X" over the piece) tells readers
  // whose content it is before they read it; its wording is the fault (a warning), even when the
  // plain line is only at the foot. A bare "PROMOTED" says nobody's name: that stays an error.
  const namedLabel = (s: Statement) => {
    if (s.form !== 'label' || s.wording !== 'ambiguous' || buried.has(s)) return false
    const family = s.brandNames[0] ? familyOf(a.families, s.brandNames[0]) : undefined
    if (!family) return false
    // Over the piece: before every link, pick and endorsement, and every other mention of its brand.
    return [
      ...a.links,
      ...a.picks,
      ...a.connected,
      ...brandMentions(a.ctx, a.body, family, a.families).filter((m) => !inStatement(m.start)),
    ].every((e) => e.start > s.end)
  }
  // "Partner content" over the piece says it is a partner's content before readers meet any of
  // it; when the plain line at the foot says that partner itself made it ("This article was paid
  // for and produced by X"), the top label was true and only vague about the pay: its wording is
  // the fault (a warning). A piece the publication's own team made for the sponsor ("paid for by
  // X and written by our partnerships team") under that label reads as the publication's own:
  // the foot line stays the error, as it does under "Promoted", which says whose it is not at all.
  const madeBySponsor = (o: Statement) => {
    const brand = o.brandNames[0]
    if (!brand) return false
    const text = a.body.slice(o.start, o.end).toLowerCase()
    const at = text.search(/\b(?:produced|made|created|written)\s+by\s+/)
    if (at < 0) return false
    const agent = text.slice(at).replace(/^\S+\s+by\s+(?:the\s+)?/, '')
    return agent.startsWith(brand.toLowerCase())
  }
  const partnersLabel = (s: Statement) => {
    if (s.form !== 'label' || s.wording !== 'ambiguous' || buried.has(s)) return false
    if (!PARTNERS_CONTENT.test(a.body.slice(s.start, s.end))) return false
    if (![...a.links, ...a.picks, ...a.connected].every((e) => e.start > s.end)) return false
    const foot = signs.filter((o) => buried.get(o)?.where === 'end')
    return foot.length > 0 && foot.every(madeBySponsor)
  }
  const partners = signs.some(partnersLabel)
  const labelled = partners || signs.some(namedLabel)
  // A vague label over the whole piece ("Partner content", "Promoted" as its kicker) when nothing
  // anywhere in it says plainly that anyone paid: the piece reads as the publication's own
  // journalism and has no disclosure at all, an error at the label (with what it covers). A clear
  // line elsewhere, even at the foot, leaves the label's wording the fault (the rules above); a
  // vague label over a box inside an editorial piece ("Promoted" over one product) stays a
  // warning: it sits right over the one thing it covers.
  // A piece that says plainly nobody paid ("No one paid for this piece") is not paid content
  // styled as journalism: its vague label's wording is the one fault (the warning below).
  const whole =
    plainlyPaid(a) || plainlyUnpaid(a) ? undefined : signs.find((s) => overPiece(a, s, covered))
  if (whole) out.push(wholePiece(a, whole, signs))
  else if (signs.length > 0 && !visible('sponsored') && !labelled && !toldPlainly(a, signs)) {
    // A vague label in plain view (at the top, or right over or under what it covers) is where
    // readers meet the content: its wording is the problem, a warning. Hidden signs away from
    // what they cover, or lines after it, disclose nothing where it matters.
    const away = signs.filter(
      (s) => (buried.get(s)?.where === 'end' || (buried.has(s) && !beside(s))) && !toldBefore(s),
    )
    // The line at the foot first, then the plainest of the hidden tags ("#ad" before "#sp").
    const target =
      away.find((s) => buried.get(s)?.where === 'end' && s.form !== 'hashtag') ??
      away.find((s) => s.wording === 'clear') ??
      away[0]
    if (target) {
      const text = excerpt(a.body.slice(target.start, target.end), 50)
      const named = signs.flatMap((s) => s.brandNames)[0]
      const brand = named ? (familyOf(a.families, named)?.name ?? named) : undefined
      const late = buried.get(target)?.where === 'end'
      out.push({
        rule: 'sponsorship-undisclosed',
        key: `sponsored|${normalise(a.body.slice(target.start, target.end))}`,
        message: `${brand ? `The tie to ${brand}` : 'The sponsorship'} is signalled only by “${text}”${late ? ', after what it covers' : signs.length > 1 ? ' and other signs as hard to see or as vague' : ', which is hard to see or vague, away from what it covers'}: readers meet the sponsored content and endorsements without a clear disclosure; put “Sponsored” or “Paid partnership with …” first, where they start.`,
        start: target.start,
        end: target.end,
        ...(signs.length > 1 ? { related: signs.filter((s) => s !== target).map(span) } : {}),
      })
    }
  }
  for (const s of a.statements) {
    if (s.wording !== 'ambiguous' || !PAID_KINDS.has(s.kind)) continue
    // Said plainly elsewhere for the same tie: the vague line adds, it does not hide (unless the
    // plain line is hidden at the end and the vague one is the label readers meet first).
    const family = s.brandNames[0] ? familyOf(a.families, s.brandNames[0]) : undefined
    if (
      family &&
      a.statements.some(
        (o) =>
          o !== s &&
          o.kind === s.kind &&
          o.wording === 'clear' &&
          !(labelled && namedLabel(s) && buried.get(o)?.where === 'end') &&
          o.brandNames.some((b) => familyOf(a.families, b) === family) &&
          (s.people.length === 0 || o.people.some((p) => s.people.some((q) => samePerson(p, q)))),
      )
    )
      continue
    const text = excerpt(a.body.slice(s.start, s.end), 50)
    out.push({
      rule: 'ambiguous-wording',
      key: `${s.kind}|${normalise(a.body.slice(s.start, s.end))}`,
      message: `“${text}” is an ambiguous disclosure: ${s.note ?? 'the wording does not say what the tie is'}; say plainly “Ad”, “Sponsored”, “Paid partnership with …” or what was paid or given.`,
      start: s.start,
      end: s.end,
    })
  }
  for (const [s, { why, where }] of buried) {
    // Under a "Partner content" label the partner's own foot line confirms what readers were
    // told at the top: the label's wording is the one fault (its warning above).
    if (partners && s.kind === 'sponsored' && s.wording === 'clear' && where === 'end') continue
    const text = excerpt(a.body.slice(s.start, s.end), 50)
    const only = severe.has(s)
    out.push({
      rule: 'disclosure-buried',
      key: `${s.kind}|${normalise(a.body.slice(s.start, s.end))}`,
      severity: only ? 'error' : 'warning',
      message: `The disclosure “${text}” is ${why}, where readers will miss it${only ? `, and nothing clearer discloses ${KIND_TIE[s.kind]} where readers meet it` : ''}; put it first, on its own, before the endorsement.`,
      start: s.start,
      end: s.end,
    })
  }
  return out
}

/** Vague labels that present the piece itself as paid placement: "Promoted", "Partner content". */
const PLACEMENT = /\bpromot(?:ed|ion)\b/i

/**
 * Whether a vague sponsorship label is over the whole piece: a label that presents the piece as
 * paid placement ("Promoted", "Partner content", "From our partners"; a collaboration, "made
 * with" or "powered by" credit says nobody paid, and newsrooms credit each other so), in the
 * piece's header: right above its headline (a kicker, only blank lines between) or under it with
 * only a standfirst or a byline between, among the first lines; not the title of a box (a line
 * right under it with a price or a link, or a heading over one); and with something after it that
 * it covers. A label further down, or over a box that comes before the headline, is over what
 * follows it, not over the piece.
 */
function overPiece(a: Analysis, s: Statement, covered: readonly number[]): boolean {
  if (s.form !== 'label' || s.wording !== 'ambiguous' || s.quoted || s.paragraph > 6) return false
  const words = a.body.slice(s.start, s.end)
  if (!PLACEMENT.test(words) && !PARTNERS_CONTENT.test(words)) return false
  const ps = a.doc.paragraphs
  const blank = (p: { text: string }) => p.text.trim() === ''
  const headline = ps.findIndex(
    (p) => p.index !== s.paragraph && p.role === 'headline' && !blank(p),
  )
  const header =
    headline < 0
      ? s.paragraph === 0
      : s.paragraph < headline
        ? ps.slice(s.paragraph + 1, headline).every(blank)
        : s.paragraph <= headline + 1 ||
          ps
            .slice(headline + 1, s.paragraph)
            .every((p) => p.role === 'standfirst' || p.role === 'byline' || blank(p))
  if (!header) return false
  const next = ps.slice(s.paragraph + 1).find((p) => !blank(p))
  const priced = (p: (typeof ps)[number]) => /[£$€]\s?\d/.test(p.text) || p.setting.links.length > 0
  if (next && next.role !== 'headline' && next.role !== 'heading' && priced(next)) return false
  if (next?.role === 'heading') {
    const at = ps.indexOf(next)
    if (ps.slice(at, at + 4).some(priced)) return false
  }
  return covered.some((i) => i > s.paragraph)
}

/**
 * Whether anything in the piece says plainly that someone paid for it or for what it covers: a
 * clear sponsorship (wherever it is, even hidden: the rules above judge where), or a clear gift
 * or paid tie of the publication's or the writer's own ("My stay was paid for by X"). A quoted
 * person's tie, an affiliate notice or research funding says nothing of who paid for the piece.
 */
function plainlyPaid(a: Analysis): boolean {
  const writer = authorOf(a.doc)
  return a.statements.some(
    (o) =>
      o.wording === 'clear' &&
      !o.quoted &&
      !o.research &&
      (o.kind === 'sponsored' ||
        ((o.kind === 'gifted-product' || o.kind === 'material-connection') &&
          (o.people.length === 0 ||
            o.people.some((p) => p === 'the writer' || (!!writer && samePerson(p, writer)))))),
  )
}

/**
 * Whether the piece says plainly, in its own words, that nobody paid: a denial of payment of
 * everyone, of the piece or of its makers that is not someone's quoted words ("No one paid for
 * this piece", "This article was not sponsored"; see Found.unpaid).
 */
function plainlyUnpaid(a: Analysis): boolean {
  return a.statements.some((o) => o.unpaid && !o.quoted && !o.speaker)
}

/** Tracking words in a link's address that mark it as a paid partner's ("utm_medium=partner"). */
const PAID_TRACKING = /^(?:partner\w*|sponsor\w*|paid\w*|native|branded\w*|advertorial|promoted)$/i

/**
 * Links whose tracking says they are a paid partner's (utm_medium=partner, utm_source=sponsored),
 * with the organisation the text names that the link's campaign or, failing that, its address
 * spells ("utm_campaign=visitcorrigan26", "visitcorrigan.example" for Visit Corrigan).
 */
function partnerLinks(a: Analysis): { range: TextRange; org: string | null }[] {
  const letters = (x: string) => x.toLowerCase().replace(/[^a-z]/g, '')
  const names = [...new Set(a.doc.mentions.map((m) => m.name))].filter(
    (n) => letters(n).length >= 5,
  )
  const named = (spelt: readonly string[]) => names.find((n) => spelt.includes(letters(n))) ?? null
  const out: { range: TextRange; org: string | null }[] = []
  for (const p of a.doc.paragraphs)
    for (const l of p.setting.links) {
      let url: URL
      try {
        // Markdown escapes "&" and "_" in an address ("?utm_source=x\&utm_medium=partner").
        url = new URL(l.url.replace(/\\(?=[&_=])/g, ''))
      } catch {
        continue
      }
      const params = [...url.searchParams].filter(([k]) => /^utm_/i.test(k))
      if (
        !params.some(
          ([k, v]) => /^utm_(?:medium|source|content)$/i.test(k) && PAID_TRACKING.test(v),
        )
      )
        continue
      const campaign = params.filter(([k]) => /^utm_campaign$/i.test(k)).map(([, v]) => letters(v))
      const org = named(campaign) ?? named(url.hostname.split('.').map(letters))
      out.push({ range: { start: p.start + l.start, end: p.start + l.end }, org })
    }
  return out
}

/** The organisation most of the partner-tagged links spell, if any. */
function partnerOf(tagged: readonly { org: string | null }[]): string | undefined {
  const counts = new Map<string, number>()
  for (const t of tagged) if (t.org) counts.set(t.org, (counts.get(t.org) ?? 0) + 1)
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
}

/** The error for a paid piece whose only sign of payment is a vague label over it. */
function wholePiece(a: Analysis, label: Statement, signs: readonly Statement[]): Draft {
  const text = excerpt(a.body.slice(label.start, label.end), 50)
  const tagged = partnerLinks(a)
  const named = label.brandNames[0] ?? partnerOf(tagged)
  const brand = named ? (familyOf(a.families, named)?.name ?? named) : undefined
  const covers = [
    ...a.connected,
    ...a.picks,
    ...a.links,
    ...tagged.map((t) => t.range),
    ...signs.filter((s) => s !== label),
  ]
    .filter((e) => e.start > label.end)
    .sort((x, y) => x.start - y.start)
    .filter((e, i, all) => i === 0 || e.start !== all[i - 1]?.start)
    .slice(0, 19)
  const links =
    tagged.length > 0
      ? `; its ${plural(tagged.length, 'link')} ${tagged.length === 1 ? 'is' : 'are'} tagged as a paid partner's${brand ? ` (${brand})` : ''}`
      : ''
  return {
    rule: 'sponsorship-undisclosed',
    key: `whole|${normalise(a.body.slice(label.start, label.end))}`,
    message: `The whole piece is labelled only “${text}”, and nothing in it says plainly that ${brand ?? 'anyone'} paid for it${links}: readers meet paid content styled as the publication's own, with no clear disclosure; label it “Advertisement” or “Sponsored by …” at the top.`,
    start: label.start,
    end: label.end,
    ...(covers.length ? { related: covers.map(span) } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// (e) Research a brand paid for.
// ---------------------------------------------------------------------------------------------

export function paidResearch(a: Analysis): Draft[] {
  const out: Draft[] = []
  const funded = a.statements.filter((s) => s.research)
  const sameFunder = (s: Statement, funder: string) => {
    const f = familyOf(a.families, funder)
    const g = s.research ? familyOf(a.families, s.research.funder) : undefined
    return f && g ? f === g : s.research?.funder.toLowerCase() === funder.toLowerCase()
  }
  // Presented as independent, paid for by a brand according to the text itself.
  let soleResearch: { other: boolean } | undefined
  for (const claim of independentClaims(a.ctx)) {
    const ofFamily = funded.filter((s) => s.research?.family === claim.family)
    let match = ofFamily.filter(
      (s) => s.research && sameResearch(claim, s.research, ofFamily.length === 1),
    )
    // Other nouns for the piece's one piece of research ("independent research" … "the survey
    // of 2,000 was paid for by X"): one funder, nothing in the claim that sets it apart, and no
    // other research named anywhere in the text.
    if (match.length === 0 && funded.length > 0) {
      const funder = funded[0]?.research?.funder ?? ''
      const one = funded.every((s) => s.research && sameFunder(s, funder))
      if (
        one &&
        funded.every((s) => s.research && !researchApart(claim, s.research)) &&
        !(soleResearch ??= { other: otherResearch(a.ctx, funder) }).other
      )
        match = funded
    }
    if (match.length === 0) continue
    if (match.some((s) => Math.abs(s.paragraph - claim.paragraph) <= 1)) continue
    const s = match[0] as Statement
    out.push({
      rule: 'paid-research-undisclosed',
      key: `independent|${normalise(a.body.slice(claim.start, claim.end)).slice(0, 60)}`,
      message: `The ${claim.family === 'data' ? 'research' : claim.family} is presented here as independent, but ${s.research?.funder ?? 'an advertiser'} paid for it or ran it, as the text says only ${plural(Math.abs(s.paragraph - claim.paragraph), 'paragraph')} away (“${excerpt(a.body.slice(s.start, s.end), 50)}”); say so where the research is cited.`,
      start: claim.start,
      end: claim.end,
      related: match.map(span),
    })
  }
  // Research the caller knows was paid for, cited with no funding statement near it.
  for (const r of a.input.fundedResearch ?? []) {
    const cited = a.doc.paragraphs.filter(
      (p) =>
        p.role !== 'heading' &&
        p.role !== 'headline' &&
        nameRegExp(r.name).test(a.body.slice(p.start, p.end)),
    )
    const first = cited[0]
    if (!first) continue
    const statements = funded.filter((s) => sameFunder(s, r.funder))
    if (statements.some((s) => Math.abs(s.paragraph - first.index) <= 1)) continue
    const m = nameRegExp(r.name).exec(a.body.slice(first.start, first.end))
    const at = first.start + (m?.index ?? 0)
    const sentence = first.sentences.find((x) => x.start <= at && at < x.end) ?? first
    const later = statements.find((s) => s.paragraph > first.index)
    out.push({
      rule: 'paid-research-undisclosed',
      key: `${r.name}|${r.funder}`.toLowerCase(),
      message: later
        ? `The ${r.name} research is cited here, but that ${r.funder} paid for it is said only ${plural(later.paragraph - first.index, 'paragraph')} later; disclose the funding where the research is first cited.`
        : `The ${r.name} research was paid for by ${r.funder}, a brand on this draft, but the text does not say so; disclose the funding where the research is cited, even if it was run independently.`,
      start: sentence.start,
      end: sentence.end,
      ...(later ? { related: [span(later)] } : {}),
    })
  }
  // Research named in the text ("GLOW-8") cited well before its funding is stated.
  for (const s of funded) {
    for (const key of s.research?.keys ?? []) {
      const re = nameRegExp(key)
      const first = a.doc.paragraphs.find(
        (p) =>
          p.role !== 'heading' && p.role !== 'headline' && re.test(a.body.slice(p.start, p.end)),
      )
      if (!first || first.index >= s.paragraph - 1) continue
      if (out.some((d) => d.key.startsWith(`${key.toLowerCase()}|`))) continue
      const m = nameRegExp(key).exec(a.body.slice(first.start, first.end))
      const at = first.start + (m?.index ?? 0)
      const sentence = first.sentences.find((x) => x.start <= at && at < x.end) ?? first
      out.push({
        rule: 'paid-research-undisclosed',
        key: `${key}|${s.research?.funder ?? ''}`.toLowerCase(),
        severity: 'warning',
        message: `The ${key} research is cited here, but that ${s.research?.funder ?? 'a brand'} paid for it is said only ${plural(s.paragraph - first.index, 'paragraph')} later; disclose the funding where the research is first cited.`,
        start: sentence.start,
        end: sentence.end,
        related: [span(s)],
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// (g) A sponsor or a gifted product on the draft that the text never discloses.
// ---------------------------------------------------------------------------------------------

export function relations(a: Analysis): Draft[] {
  const out: Draft[] = []
  const done = new Set<string>()
  for (const r of a.input.relations ?? []) {
    if (r.kind !== 'sponsor' && r.kind !== 'gifted') continue
    const key = `${r.brand}|${r.kind}`.toLowerCase()
    if (done.has(key)) continue
    done.add(key)
    const wanted = r.kind === 'sponsor' ? 'sponsored' : 'gifted-product'
    const family = familyOf(a.families, r.brand)
    const named = (s: Statement) =>
      s.brandNames.some((b) => {
        const f = familyOf(a.families, b)
        return f ? f === family : b.toLowerCase() === r.brand.toLowerCase()
      })
    const disclosed = a.statements.some(
      (s) =>
        (s.kind === wanted && (s.brandNames.length === 0 || named(s))) ||
        (PAID_KINDS.has(s.kind) && named(s)),
    )
    if (disclosed) continue
    const mention = family ? brandMentions(a.ctx, a.body, family, a.families)[0] : undefined
    const at = mention ?? a.doc.paragraphs[0] ?? { start: 0, end: 0 }
    out.push({
      rule: 'relation-undisclosed',
      key,
      message:
        r.kind === 'sponsor'
          ? `${r.brand} is listed as a sponsor of this draft, but the text has no sponsorship disclosure (“Sponsored by ${r.brand}”, “Paid partnership with ${r.brand}”).`
          : `${r.brand} gave a product (listed on this draft), but the text does not say so (“${r.brand} sent us this product free”).`,
      start: at.start,
      end: at.end,
    })
  }
  return out
}
