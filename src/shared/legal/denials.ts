import { ORG_NOUNS, SPEECH_VERBS } from '../language/lexicon'
import {
  CONTENT_NOUNS,
  EXPENSES,
  FIRST_PERSON,
  GIVE,
  NEGATION,
  PUBLICATION_NOUNS,
  RESEARCH_NOUNS,
} from './lexicon'
import type { Doc } from '../language/document'
import { ownerOf } from '../language/reference'
import {
  authorOf,
  brandAfter,
  brandOfWord,
  isPublicBody,
  personOf,
  quoteAt,
  speakerAt,
  type SlotContext,
} from './slots'
import { sameName } from '../text'
import type { Clause, Segment, Word } from './words'
import { gate, lowers, wakes, type Found } from './frame'
import { ownLine } from './notices'

/**
 * Independence and no-conflict statements read from the clause's structure: a negation that
 * governs a relation of paying, funding, giving, employing, advising, owning or being involved,
 * and something that relation would tie to — a company or brand (named, or "any company",
 * "the manufacturer"), the piece itself ("this article", "our list"), the research ("the
 * study"), or the publication ("us"). "X has no financial ties to any of the companies named",
 * "received no payment from X", "This article was not sponsored", "Brands cannot pay to appear
 * on this list". Also the writer's own purchases: "we buy every product we test ourselves",
 * "bought at full price". None of these is a tie; each is an `other` disclosure.
 */

/** Relation words: paying and funding, ties, involvement, employment and advice, ownership. */
/** "No" opening an idiom, not a subject: "No wonder …", "No matter …", "No doubt …". */
const NO_IDIOMS = new Set(['wonder', 'matter', 'doubt', 'surprise', 'longer', 'way', 'question'])

/** A deal a person may have with a brand: "she has no deal with the brand". */
const DEALS = new Set(['deal', 'deals', 'contract', 'contracts', 'partnership'])

/**
 * Whether the words at `k` name the brand a deal would be with: "the brand", "the company", "any
 * of the brands", or the brand the piece is about; not a club, a council or a landlord ("no
 * contract with Tarrow Rovers beyond June", "no deal with the landlord yet").
 */
function dealtWith(ctx: SlotContext, c: Clause, k: number): boolean {
  const low = lowers(c.words)
  const rest = low.slice(k, k + 6)
  if (rest.some((x) => ['beyond', 'until', 'yet', 'after', 'past'].includes(x))) return false
  if (['the', 'any', 'either'].includes(low[k] ?? '') && BRAND_WORDS.has(low[k + 1] ?? ''))
    return true
  const w = c.words[k]
  if (!w?.mention) return false
  const name = w.mention.name.toLowerCase()
  return [ctx.leadBrand, ctx.mainBrand].some((b) => !!b && b.toLowerCase() === name)
}
const BRAND_WORDS = new Set(['brand', 'brands', 'company', 'companies', 'maker', 'makers', 'firm'])

const RELATIONS = new Set(
  (
    'pay pays paid paying payment payments money compensation compensated fee fees funding funded fund funds advertising ads ' +
    'sponsor sponsors sponsored sponsorship commissioned commission commissions gift gifts freebies ' +
    'tie ties relationship relationships connection connections affiliation affiliations links link ' +
    'interest interests stake stakes shares position positions holding holdings investment investments conflict conflicts ' +
    'involved involvement role part say input control influence hand ' +
    'work works worked working employed employ employs employee employees consult consults consulted consultant ' +
    'adviser advisor advise advises advised represent represents ambassador ' +
    'own owns owned hold holds held affiliated associated approval approve approved veto ' +
    'buy bought purchase appear appearance included featured listed place placement spot ' +
    'see saw seen preview previewed'
  ).split(' '),
)

/** The publication's people, as the subject of a denied tie. */
const NEWSROOM_PEOPLE = new Set([
  'editors',
  'editor',
  'reporters',
  'reporter',
  'journalists',
  'journalist',
  'staff',
  'newsroom',
  'writers',
  'writer',
  'author',
])

/** What someone may hold in an outcome or a company: "no stake", "no shares", "no ties". */
const STAKES = new Set(
  'stake stakes shares interest interests holding holdings investment investments tie ties connection connections relationship relationships conflict conflicts'.split(
    ' ',
  ),
)

/** Nouns a company goes by when the text does not name it ("any of the brands", "the maker"). */
const COMPANY_NOUNS = new Set([
  ...ORG_NOUNS,
  'companies',
  'brands',
  'makers',
  'manufacturers',
  'firms',
  'retailers',
  'advertisers',
  'advertiser',
  'sponsor',
  'sponsors',
  'funder',
  'funders',
  'industry',
  'businesses',
  // Who sells money or cover: "takes no commission from lenders", "no ties to any insurer".
  'lender',
  'lenders',
  'banks',
  'insurer',
  'insurers',
  'issuers',
  'providers',
  'suppliers',
  'vendors',
  // A growers' or a workers' cooperative sells and buys as a company does.
  'cooperative',
  'cooperatives',
  'co-op',
  'co-ops',
])
/** Who works independently when a publication says so: "our reviewers", "the sports desk". */
const NEWSROOM = new Set(
  'we our us author authors writer writers editor editors reviewer reviewers tester testers desk newsroom staff journalists reporters'.split(
    ' ',
  ),
)
/** Who has a stake in what a piece covers, besides companies: "the club and its owners". */
const OWNERS = new Set([
  'owner',
  'owners',
  'club',
  'clubs',
  'team',
  'teams',
  'investors',
  'backers',
])
/** What a company could pay to be on: "this list", "our rankings", "a place". */
const PLACEMENTS = new Set([
  ...CONTENT_NOUNS,
  ...PUBLICATION_NOUNS,
  'list',
  'lists',
  'ranking',
  'rankings',
  'roundup',
  'picks',
  'selection',
  'recommendations',
  'reviews',
  // What an interview or a show is made of: "had no input into the conversation".
  'conversation',
  'interview',
  'discussion',
  'questions',
  'answers',
])
const SEEING = new Set(['see', 'saw', 'seen', 'preview', 'previewed'])

/** A publication's own formats, which "the" makes this one: "the newsletter", "the column". */
const SELF_MEDIA = new Set([
  'newsletter',
  'column',
  'episode',
  'podcast',
  'edition',
  'issue',
  'conversation',
  'interview',
  'discussion',
])

/** Determiners that make a company noun refer (not "a bank" in a biography). */
const REFERRING = new Set([
  'any',
  'the',
  'these',
  'those',
  'this',
  'that',
  'either',
  'other',
  'our',
  'every',
  'all',
  'both',
  'neither',
])
const MONEY = new Set(
  'pay pays paid paying payment payments money compensation compensated fee fees commission commissions funding funded fund funds sponsored sponsorship sponsors gift gifts freebies advertising ads'.split(
    ' ',
  ),
)
const INVOLVEMENT = new Set(
  'involved involvement role part say input control influence hand'.split(' '),
)
/** Verbs of getting something, before a negated "nothing from X". */
const TAKING = new Set([
  'receive',
  'get',
  'make',
  'earn',
  'received',
  'receives',
  'got',
  'gets',
  'took',
  'takes',
  'accepted',
  'earned',
])
/**
 * Whether the "nothing" at n is the publication's own statement: in its own words (no quotation,
 * Q&A answer or reported speech: "We get nothing from the council, volunteers say"), with "we",
 * "I", "us" or "me" in the segment before it.
 */
function ownNothing(ctx: SlotContext, c: Clause, seg: Segment, n: number): boolean {
  const low = lowers(c.words)
  if (!inOwnWords(ctx, c, n)) return false
  if (low.some((x) => SPEECH_VERBS.has(x) || x === 'according')) return false
  return low.slice(seg.from, n).some((x) => ['we', 'i', 'us', 'me'].includes(x))
}

/** Verbs of paying someone, before "us nothing": "which pays us nothing". */
const PAYING = new Set(['pay', 'pays', 'paid', 'paying', 'gives', 'give', 'gave', 'sends', 'send'])
/** A place in a list that could be sold: "placement", "inclusion", "a spot". */
const PLACE_WORDS = new Set([
  'placement',
  'placements',
  'inclusion',
  'place',
  'spot',
  'spots',
  'ranking',
  'rankings',
  'position',
])

/** What a publication may take from brands: "this one has no sponsors". */
const SPONSORING = new Set([
  'sponsor',
  'sponsors',
  'sponsorship',
  'advertising',
  'ads',
  'advertisers',
  'commission',
  'commissions',
])
/** Verbs of taking money: "we accept no payment". */
const ACCEPTING = new Set(['accept', 'accepts', 'accepted', 'take', 'takes', 'took', 'taken'])

/** Words for what the publication writes and decides. */
const EDITORIAL = new Set(['editorial', 'editorially', 'coverage', 'reporting', 'newsroom', 'copy'])

/** Verbs a negated relation may follow: "did not receive any payment", "took no money". */
const LIGHT_VERBS = new Set(
  'have has had receive receives received take takes took taken accept accepts accepted get gets got earn earns earned make makes made declare declares declared disclose discloses disclosed report reports reported hold holds held given offered granted allowed'.split(
    ' ',
  ),
)
/** Words that open a narrative subordinate clause the negation may sit in. */
const ATTRIBUTIVE = new Set(['who', 'whom', 'whose'])

/** Whether words[k] stands for a company or brand, by name or by a referring noun phrase. */
function companyAt(ctx: SlotContext, c: Clause, k: number, money = false): boolean {
  const w = c.words[k]
  if (!w) return false
  // A name the tie itself types as a company ("ties to Orvo"); a known person is not one.
  if (w.mention)
    return ownerOf(ctx.doc, w.mention)?.kind !== 'person' && !!brandOfWord(ctx, c, k, true)
  if (!COMPANY_NOUNS.has(w.lower) || (w.pos !== 'NOUN' && w.pos !== 'PROPN')) return false
  // Back over describing words to the determiner: "any other headphone maker".
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const x = c.words[j]
    if (!x) break
    // "never taken money from a supplement company": a negated indefinite means any;
    // "no advertising from supplement companies": so does a bare plural.
    if (
      REFERRING.has(x.lower) ||
      (money && (x.lower === 'a' || x.lower === 'an' || x.lower === 'from' || x.lower === 'by'))
    )
      return true
    // Modifiers may be coordinated ("any pet food or chew company"), and a noun used as one
    // may be tagged a verb ("chew"); a possessive names whose company ("the spray's maker").
    const modifier =
      x.lower === "'s" ||
      x.lower === '’s' ||
      // A plural's possessive mark: "the residents' group".
      ((x.lower === "'" || x.lower === '’') && /s$/.test(c.words[j - 1]?.lower ?? '')) ||
      x.pos === 'ADJ' ||
      x.pos === 'NOUN' ||
      x.pos === 'PROPN' ||
      x.lower === 'of' ||
      x.lower === 'or' ||
      x.lower === 'and' ||
      (x.pos === 'VERB' && !/(?:ed|ing|s)$/.test(x.lower))
    if (!modifier) break
  }
  return false
}

/** Whether words[k] is the piece, a list in it, or research: "this article", "our rankings". */
function pieceAt(c: Clause, k: number, research = true, money = false): boolean {
  const w = c.words[k]
  if (!w) return false
  const det = c.words[k - 1]?.lower ?? ''
  // "never accepted payment for a review": with money, any piece.
  // "the rest of the newsletter", "the column": media that can only be this one.
  const self = SELF_MEDIA.has(w.lower) && det === 'the'
  const referring =
    ['this', 'our', 'these', 'my'].includes(det) ||
    self ||
    (money && ['a', 'an', 'any'].includes(det))
  if (PLACEMENTS.has(w.lower) && referring) return true
  return (
    research && RESEARCH_NOUNS.has(w.lower) && (det === 'the' || det === 'this' || det === 'our')
  )
}

/** Words after a pay relation that make it pay owed or late: "yet", "for months", "for the work". */
const OWED_WORDS = new Set(['yet', 'until', 'owed', 'late', 'overdue', 'arrears'])
const OWED_SPANS = new Set(['days', 'weeks', 'months', 'week', 'month'])
const OWED_FOR = new Set(
  'work job jobs shifts hours overtime milk crop crops harvest goods deliveries delivery invoice invoices services wages labour'.split(
    ' ',
  ),
)

/**
 * Whether the words after a denied payment say it is owed or late rather than never taken: "not
 * been paid … yet", "until the autumn", "for months", "for the work she did in March" (what was
 * delivered, not a role: "I don’t get paid for the board" stays a denial of a tie).
 */
function owed(rest: readonly string[]): boolean {
  return rest.some(
    (x, k) =>
      OWED_WORDS.has(x) ||
      (x === 'for' &&
        (OWED_SPANS.has(rest[k + 1] ?? '') ||
          OWED_SPANS.has(rest[k + 2] ?? '') ||
          (rest[k + 1] !== 'this' && rest.slice(k + 1, k + 5).some((y) => OWED_FOR.has(y))))),
  )
}

/**
 * Whether the first person of a clause (before word n) is "we"/"us"/"our" inside a quotation
 * whose speaker is not the writer: a source speaking for their own people. A Q&A answer is
 * the interviewee's own account and stays read.
 */
function sourcesWe(ctx: SlotContext, c: Clause, from: number, n: number): boolean {
  const k = c.words.slice(from, n).findIndex((w) => ['we', 'us', 'our'].includes(w.lower))
  const w = c.words[from + k]
  if (k < 0 || !w) return false
  const q = quoteAt(ctx, w.start)
  if (
    !q ||
    ctx.doc.paragraphs.some((p) => p.role === 'answer' && p.start <= w.start && w.start < p.end)
  )
    return false
  const writer = writerOf(ctx.doc)
  return !writer || !q.speaker || !sameName(q.speaker, writer)
}

/** The denied relation in a segment, if the segment states one. */
/** The words denialFrame keys on: a negation (see gate). */
const DENIAL_GATE = gate(NEGATION, ['nothing'])

export function denialFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, DENIAL_GATE)) return null
  const ws = c.words
  const low = lowers(ws)
  // A question denies nothing.
  if (c.words.at(-1)?.text === '?') return null
  // Once an outside source is introduced as "not involved", only a stake or money denied after
  // it is read: "who was not involved in the study and did not see the data, said …" is none.
  let outside = false
  for (let n = seg.from; n < seg.to; n++) {
    const neg = low[n] ?? ''
    if (!NEGATION.has(neg) && neg !== 'nothing') continue
    // "Dr X, (a researcher) who was not involved in the study, said …" is an outside source
    // introduced for a quote, not a disclosure; "…, who has no financial ties to the maker,
    // said …" is one, a stake or money denied (checked once the relation is found).
    const attributed =
      outside ||
      (low.slice(Math.max(0, n - 4), n).some((x) => ATTRIBUTIVE.has(x)) &&
        low.slice(n + 1, n + 16).some((x) => SPEECH_VERBS.has(x)))
    // The relation: within a few words after the negation ("has no financial ties",
    // "did not pay", "cannot buy a place"), or the verb just before a negated object
    // ("received no payment", "took no money").
    let rel = -1
    for (let k = n + 1; k < Math.min(seg.to, n + 11); k++) {
      // A verb of giving counts when it gives to the publication: "no brand sent us anything".
      const gives =
        GIVE.has(low[k] ?? '') &&
        ws[k]?.pos === 'VERB' &&
        low.slice(k + 1, k + 4).some((x) => ['us', 'me', 'anything', 'free'].includes(x))
      // "she has no deal with the brand", "Quist has no contract with X": a person's deal denied.
      const deal =
        DEALS.has(low[k] ?? '') &&
        k === n + 1 &&
        neg === 'no' &&
        ['has', 'have', 'had'].includes(low[n - 1] ?? '') &&
        low[k + 1] === 'with' &&
        (['she', 'he', 'they', 'i', 'we'].includes(low[n - 2] ?? '') ||
          (!!ws[n - 2]?.mention && !!personOf(ctx, ws[n - 2] as Word))) &&
        dealtWith(ctx, c, k + 2)
      if (RELATIONS.has(low[k] ?? '') || gives || deal) {
        // "never been a better time to buy": the verb completes a noun, not the negation.
        if (low[k - 1] === 'to' && ws[k - 2]?.pos === 'NOUN' && ws[k]?.pos === 'VERB') break
        rel = k
        break
      }
      if (low[k] === ',' || low[k] === ';') break
      // The negation governs another verb: "has not said whether the trial was funded".
      // (A participle after a noun describes it: "none of the experts quoted here has …".)
      if (
        ws[k]?.pos === 'VERB' &&
        !LIGHT_VERBS.has(low[k] ?? '') &&
        !(
          ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(ws[k - 1]?.pos ?? '') &&
          /ed$/.test(low[k] ?? '')
        )
      )
        break
    }
    // "received nothing from X", "took nothing from X": the verb before the negated object.
    if (rel < 0 && neg === 'nothing' && TAKING.has(low[n - 1] ?? '') && low[n + 1] === 'from') {
      // "We receive nothing from X": the publication's own words ("“We get nothing from the
      // county,” said …" is a source's).
      if (
        !['received', 'receives', 'got', 'gets', 'took', 'takes', 'accepted', 'earned'].includes(
          low[n - 1] ?? '',
        ) &&
        !ownNothing(ctx, c, seg, n)
      )
        continue
      rel = n - 1
    }
    // "X, which pays us nothing", "including ones that pay us nothing": money to the
    // publication denied, in its own words ("the landlord pays them nothing" is someone else's).
    if (
      rel < 0 &&
      neg === 'nothing' &&
      (low[n - 1] === 'us' || low[n - 1] === 'me') &&
      PAYING.has(low[n - 2] ?? '') &&
      // "gives us nothing" is money only from a payer named or described before it ("X, which
      // gives us nothing"); "The sun gives us nothing in December" is none.
      (/^pa(?:y|ys|id|ying)$/.test(low[n - 2] ?? '') ||
        c.words.slice(seg.from, n - 2).some((x) => !!x.mention) ||
        ['which', 'that', 'ones', 'who'].includes(low[seg.from] ?? '')) &&
      ownNothing(ctx, c, seg, n)
    )
      rel = n - 2
    // "Placement in our rankings is never for sale".
    if (
      rel < 0 &&
      low
        .slice(n + 1, n + 4)
        .join(' ')
        .includes('for sale') &&
      low.slice(seg.from, n).some((x) => PLACE_WORDS.has(x))
    )
      return {
        kind: 'other',
        wording: 'clear',
        brandNames: [],
        people: [],
        from: seg.from,
        to: seg.to,
      }
    if (rel < 0) continue
    // "Love these, not sponsored, just a fan", "(Not sponsored.)": the denial stands alone
    // (nothing before it in its clause but punctuation or "and"), so what it denies is what
    // the words around it present: the post or the caption it sits in.
    if (
      low[n] === 'not' &&
      rel === n + 1 &&
      ['sponsored', 'gifted'].includes(low[rel] ?? '') &&
      (n === seg.from || /^[,(—–:-]$/.test(ws[n - 1]?.text ?? '') || low[n - 1] === 'and') &&
      (rel + 1 >= seg.to ||
        /^[,.)!;—–-]$/.test(ws[rel + 1]?.text ?? '') ||
        low[rel + 1] === 'by') &&
      !narrated(c, n)
    )
      return {
        kind: 'other',
        wording: 'clear',
        brandNames: [],
        people: [],
        from: n,
        to: rel + 1,
        unpaid: true,
      }
    // (Only that negation: "who was not involved in the study and who said she has no ties to
    // X" goes on to the ties denied after it.)
    if (attributed && !STAKES.has(low[rel] ?? '') && !MONEY.has(low[rel] ?? '')) {
      outside = true
      continue
    }
    // "She hasn’t been paid by X for the work she did in March", "we don’t get paid by the
    // processors for months": pay owed or late is a grievance, no tie denied. The writer's
    // own "I have not been paid by X for my work on this guide" stays a denial.
    if (
      MONEY.has(low[rel] ?? '') &&
      owed(low.slice(rel + 1, seg.to)) &&
      !low.slice(seg.from, n).some((x) => FIRST_PERSON.has(x) && !sourcesWe(ctx, c, seg.from, n))
    )
      continue
    // Money and involvement can concern research ("no role in the study", "no funding for the
    // trial"); employment cannot ("never worked for a bank before joining the paper").
    const money = MONEY.has(low[rel] ?? '')
    const research = money || INVOLVEMENT.has(low[rel] ?? '')
    // What the relation ties to: after it, to the end of the clause.
    // Seeing is denied only of the piece: "they didn't see the rest of the newsletter" (not
    // "we have not seen the river this high").
    if (SEEING.has(low[rel] ?? '')) {
      let piece = false
      for (let k = rel + 1; k < Math.min(seg.to, rel + 8) && !piece; k++)
        piece = pieceAt(c, k, false)
      if (!piece) continue
      return {
        kind: 'other',
        wording: 'clear',
        brandNames: [],
        people: [],
        from: seg.from,
        to: seg.to,
      }
    }
    let target = false
    let end = seg.to
    for (let k = rel + 1; k < seg.to; k++) {
      const x = ws[k] as Word
      if (x.text === ';') {
        end = k
        break
      }
      // A quotation's end: "“… we don’t have to buy …,” said a spokesman for the District"
      // denies nothing of the body the attribution names.
      if (
        x.text === '”' ||
        (x.text === '"' && [',', '.', '?', '!'].includes(ws[k - 1]?.text ?? ''))
      )
        break
      if (
        companyAt(ctx, c, k, money) ||
        pieceAt(c, k, research, money) ||
        (x.lower === 'us' && k <= rel + 2) ||
        // "…this list…, and they cannot buy a place on it": a pronoun for the piece named in
        // the clause before.
        ((x.lower === 'it' || x.lower === 'them') &&
          c.words.slice(0, seg.from).some((_w, j) => pieceAt(c, j, research, money))) ||
        // "She volunteers with X, the residents' group, and is not paid by it": money denied
        // from the body the sentence named before, by a pronoun.
        (money &&
          (x.lower === 'it' || x.lower === 'them') &&
          low[k - 1] === 'by' &&
          c.words
            .slice(0, n)
            .some(
              (w, j) =>
                (!!w.mention && ownerOf(ctx.doc, w.mention)?.kind === 'organisation') ||
                companyAt(ctx, c, j),
            ))
      ) {
        target = true
        break
      }
    }
    // "This article was not sponsored", "None of the companies paid to be included": the piece
    // or the companies as subject; "cannot pay to appear": a place in the piece is the target.
    const placed = low
      .slice(rel + 1, rel + 5)
      .some((x) => ['appear', 'included', 'featured', 'listed', 'ranked'].includes(x))
    // The piece named before the negation is what is denied only when nothing stands between
    // them that starts a new statement: "letters arrive at this paper: heat pumps don't work",
    // "This paper says heat pumps don't work" deny nothing of the paper.
    let from = seg.from
    for (let k = n - 1; k >= seg.from; k--)
      if (/^[:;—–]$/.test(ws[k]?.text ?? '') || SPEECH_VERBS.has(low[k] ?? '')) {
        from = k + 1
        break
      }
    for (let k = from; !target && k < rel; k++)
      target = k !== n && (pieceAt(c, k) || (placed && companyAt(ctx, c, k)))
    if (!target) target = placed
    // "X had no editorial input": the relation is over what the publication writes.
    if (!target) target = low.slice(n, seg.to).some((x) => EDITORIAL.has(x))
    // "This is not a sponsored post": the relation describes the piece.
    if (!target) target = CONTENT_NOUNS.has(low[rel + 1] ?? '')
    // "The Tribune's editors and reporters have no stake in the outcome", "Our staff hold no
    // shares in any of these firms": the publication's people, whatever the tie would be to.
    if (
      !target &&
      STAKES.has(low[rel] ?? '') &&
      low.slice(seg.from, n).some((x) => NEWSROOM_PEOPLE.has(x))
    )
      target = true
    // "This one has no sponsors", "We accept no advertising": the publication as subject.
    if (
      !target &&
      low.slice(seg.from, n).some((x) => FIRST_PERSON.has(x) || x === 'this') &&
      ws[rel]?.pos === 'NOUN' &&
      (SPONSORING.has(low[rel] ?? '') ||
        (money && low.slice(seg.from, rel).some((x) => ACCEPTING.has(x))))
    )
      target = true
    // "This one was written by volunteers of X, who receive no payment": the piece's makers.
    const makers = money && makersOfPiece(low, n)
    if (!target && makers) target = true
    if (!target) {
      // "We were not paid to write this", "I have never been paid by a brand", and with the
      // writer as the object, "Nobody is paying me to write this".
      const subjectWe = low.slice(seg.from, n).some((x) => FIRST_PERSON.has(x))
      // The negator is the subject: "nobody", "no one", "no brand" (not "No wonder X is
      // paying me", "No, X pays me": an idiom or an interjection denies nothing).
      const after = low[n + 1] ?? ''
      const noSubject =
        low[n] === 'nobody' ||
        low[n] === 'no-one' ||
        (low[n] === 'no' &&
          (after === 'one' || (ws[n + 1]?.pos === 'NOUN' && !NO_IDIOMS.has(after))))
      const objectMe = noSubject && FIRST_PERSON.has(low[rel + 1] ?? '')
      if (
        !(subjectWe || objectMe) ||
        !['paid', 'paying', 'compensated', 'sponsored', 'sponsoring', 'gifted'].includes(
          low[rel] ?? '',
        )
      )
        continue
      // "“We don’t get paid by the processors,” said X": a source's "we" is the source's own
      // people, not the publication.
      if (subjectWe && sourcesWe(ctx, c, seg.from, n)) continue
      // "It's advertising I don't get paid for": "paid for" with nothing after it pays for
      // the noun before the "I" (a kind of work in general); only the piece itself ("a post
      // we weren't paid for") makes it a statement about this piece.
      if (subjectWe && paidForNounBefore(c, seg.from, n, rel)) continue
    }
    // A statement of its own, not a qualifier folded into a notice beside it.
    return {
      kind: 'other',
      wording: 'clear',
      brandNames: [],
      people: [],
      from: seg.from,
      to: end,
      // Payment denied of everyone, of the piece or of its makers ("No one paid for this",
      // "This article was not sponsored", "We were not paid"); "X did not pay for this piece"
      // leaves someone else who may have.
      ...(money && (makers || deniesAll(c, seg.from, n)) ? { unpaid: true } : {}),
    }
  }
  return null
}

/**
 * "advertising I don't get paid for", "work we were never paid for": the pay verb at `rel`
 * ends its clause with "for", so what is paid for is the noun just before the first person
 * who is its subject (a contact clause), and that noun is not the piece.
 */
function paidForNounBefore(c: Clause, from: number, n: number, rel: number): boolean {
  const ws = c.words
  if (ws[rel + 1]?.lower !== 'for') return false
  const after = ws[rel + 2]
  if (after && !/^[.,;:!?”"’)—–-]$/.test(after.text) && after.lower !== 'either') return false
  for (let k = from; k < n; k++) {
    if (!FIRST_PERSON.has(ws[k]?.lower ?? '')) continue
    let j = k - 1
    if (['that', 'which'].includes(ws[j]?.lower ?? '')) j--
    const noun = ws[j]
    // (wink tags a gerund after "it's" as a verb: "It's marketing I don't get paid for".)
    const gerund =
      noun?.pos === 'VERB' && /ing$/.test(noun.lower) && BE_FORMS.has(ws[j - 1]?.lower ?? '')
    return !!noun && (noun.pos === 'NOUN' || gerund) && !CONTENT_NOUNS.has(noun.lower)
  }
  return false
}

/** Forms of "be" before a complement: "it's", "that is". */
const BE_FORMS = new Set(['is', 'was', "'s", '’s', 'are', 'were'])

/** What a person or a writer expresses: "The views expressed are the author's own". */
const VIEWS = new Set(['views', 'opinions', 'comments', 'thoughts', 'words', 'opinion', 'view'])
/** Verbs an editor does that a company could be said to do instead. */
const CHOOSING = new Set([
  'chosen',
  'picked',
  'selected',
  'chose',
  'picks',
  'choose',
  'chooses',
  'written',
  'reviewed',
  'rated',
  'ranked',
  'tested',
  'funded',
  'paid',
  'supported',
  'financed',
])

/** What a person keeps with a bank: "my emergency fund", "our savings", "my current account". */
const MONEY_KEPT = new Set(
  'savings fund money cash account accounts pension isa mortgage deposit deposits nest-egg salary wages'.split(
    ' ',
  ),
)
/** Words that make an account a bank's: "a savings account", "an easy-access ISA account". */
const MONEY_ACCOUNTS = new Set(
  'savings saving current checking deposit isa easy-access instant-access fixed-rate bank joint'.split(
    ' ',
  ),
)
/** Verbs of keeping money somewhere: "I keep my emergency fund at X", "I hold my ISA with X". */
const KEEPING = new Set(['keep', 'keeps', 'kept', 'hold', 'holds', 'held', 'have', 'has', 'had'])
/** The words ownAccountFrame keys on (see gate). */
const ACCOUNT_GATE = gate(KEEPING, [
  ...['bank', 'banks', 'banked', 'customer', 'member', 'opened'],
  ...['is', 'are', 'sits', 'sit', 'stays'],
])

/** A note of the writer's own account with a company (ownAccountFrame's reading). */
function accountNote(): Found {
  return { kind: 'other', wording: 'clear', brandNames: [], people: [], account: true }
}

/** Whether a company that is no public body is named from word `k` (within five words). */
function companyAfter(ctx: SlotContext, c: Clause, k: number): boolean {
  const b = brandAfter(ctx, c, k, 5)
  return !!b && !isPublicBody(b)
}

/** Whether the writer's "I" comes just before word `at`, in the piece's own words. */
function writerBefore(
  ctx: SlotContext,
  c: Clause,
  low: readonly string[],
  seg: Segment,
  at: number,
): boolean {
  return (
    low.slice(Math.max(seg.from, at - 3), at).some((x) => x === 'i' || /^i['’]/.test(x)) &&
    inOwnWords(ctx, c, at)
  )
}

/**
 * The writer's own custom with a company the piece covers, in the piece's own words (`other`,
 * a note of the writer's own interest): "I keep my own emergency fund at X", "I hold my ISA
 * with X", "I bank with X", "I have banked with X for ten years", "I'm a customer of X". The
 * subject is the writer's "I" (not a quotation, a Q&A answer or a reader's words); the money is
 * the writer's ("my", "our"); what it is kept with is a name that is no public body. "I keep my
 * bike at the station", "she keeps her savings at a different bank", "I bank my wages on
 * Fridays" and "Keep your emergency fund at X" (advice) are none.
 */
export function ownAccountFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, ACCOUNT_GATE)) return null
  const low = lowers(c.words)
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "I keep my (own) emergency fund at X".
    if (
      KEEPING.has(w) &&
      (low[i + 1] === 'my' || low[i + 1] === 'our') &&
      writerBefore(ctx, c, low, seg, i)
    ) {
      let k = i + 2
      let noun = -1
      for (; k < Math.min(seg.to, i + 6); k++) {
        if (MONEY_KEPT.has(low[k] ?? '')) noun = k
        if (low[k] === 'at' || low[k] === 'with') break
      }
      if (noun >= 0 && (low[k] === 'at' || low[k] === 'with') && companyAfter(ctx, c, k + 1))
        return accountNote()
    }
    // "I have an account with X", "I opened a savings account at X".
    if (
      ['have', 'has', 'had', 'opened', 'hold', 'keep'].includes(w) &&
      writerBefore(ctx, c, low, seg, i) &&
      ['a', 'an'].includes(low[i + 1] ?? '')
    ) {
      let k = i + 2
      while (k < Math.min(seg.to, i + 5) && !['account', 'accounts'].includes(low[k] ?? '')) k++
      // A bank's account: a word for money before it ("a savings account") or a bank's name
      // ("an account with Harbour Bank"); "an account with Instagram" is none.
      const money = low.slice(i + 2, k).some((x) => MONEY_ACCOUNTS.has(x))
      const named = ctx.doc.body.slice(
        c.words[k + 2]?.start ?? 0,
        c.words[Math.min(seg.to, k + 6) - 1]?.end ?? 0,
      )
      const bank = /\b(?:Bank|Building Society|Credit Union|Mutual|Savings)\b/.test(named)
      if (
        ['account', 'accounts'].includes(low[k] ?? '') &&
        ['with', 'at'].includes(low[k + 1] ?? '') &&
        (money || bank) &&
        companyAfter(ctx, c, k + 2)
      )
        return accountNote()
    }
    // "My own savings are with X", "My mortgage is with X".
    if (
      ['is', 'are', 'sits', 'sit', 'stays'].includes(w) &&
      ['with', 'at'].includes(low[i + 1] ?? '') &&
      MONEY_KEPT.has(low[i - 1] ?? '') &&
      low.slice(Math.max(seg.from, i - 4), i).some((x) => x === 'my') &&
      inOwnWords(ctx, c, i) &&
      companyAfter(ctx, c, i + 2)
    )
      return accountNote()
    // "I bank with X", "I have banked with X since 2015".
    if (
      ['bank', 'banks', 'banked'].includes(w) &&
      low[i + 1] === 'with' &&
      writerBefore(ctx, c, low, seg, i)
    ) {
      if (companyAfter(ctx, c, i + 2)) return accountNote()
    }
    // "I'm a customer of X", "I am a longtime member of X".
    if ((w === 'customer' || w === 'member') && low[i + 1] === 'of') {
      const be = low.slice(Math.max(seg.from, i - 4), i)
      const iAm =
        be.some((x) => ['i’m', "i'm"].includes(x)) ||
        be.some(
          (x, k) =>
            x === 'i' && ['am', 'was', "'m", '’m', 'have', 'been'].includes(be[k + 1] ?? ''),
        )
      if (iAm && inOwnWords(ctx, c, i) && companyAfter(ctx, c, i + 2)) return accountNote()
    }
  }
  return null
}

/**
 * Statements of whose words and choices these are: "The views expressed are the author's own",
 * "Dr X's comments are her own", "Products are chosen by our editors, not by advertisers".
 */
export function ownViewsFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, VIEWS_GATE)) return null
  const low = lowers(c.words)
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    // "… are (entirely) her own", "… remain the author's own".
    if (VIEWS.has(w)) {
      const rest = low.slice(i + 1, Math.min(seg.to, i + 9))
      const be = rest.findIndex((x) => ['are', 'is', 'remain', 'remains'].includes(x))
      if (be >= 0 && rest.slice(be + 1).includes('own'))
        return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "The author is independent of the manufacturers", "independent from any brand", "the
    // sports desk operates independently of the club and its owners".
    if (
      (w === 'independent' ||
        (w === 'independently' && low.slice(seg.from, i).some((x) => NEWSROOM.has(x)))) &&
      (low[i + 1] === 'of' || low[i + 1] === 'from')
    ) {
      for (let k = i + 2; k < Math.min(seg.to, i + 7); k++)
        if (
          w === 'independently' ||
          companyAt(ctx, c, k) ||
          COMPANY_NOUNS.has(low[k] ?? '') ||
          OWNERS.has(low[k] ?? '')
        )
          return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "chosen by our editors, not by advertisers"; "Our picks are made by editors, not
    // advertisers": a verb of making counts when what is made is the publication's choice.
    const made =
      MAKING.has(w) && low.slice(seg.from, i).some((x) => CHOICE_NOUNS.has(x)) && i > seg.from
    if ((CHOOSING.has(w) || made) && low[i + 1] === 'by') {
      const rest = low.slice(i + 2, Math.min(seg.to, i + 10))
      // "…, not by advertisers" or "…, not advertisers".
      const not = rest.findIndex((x) => NEGATION.has(x))
      const skip = rest[not + 1] === 'by' ? 2 : 1
      const who = i + 2 + not + skip + (rest[not + skip] === 'the' ? 1 : 0)
      // "Our journalism is funded by readers, not advertisers" is who keeps the publication;
      // "Half of the Gazette's revenue is paid by readers, not advertisers" in news copy is
      // another outlet's business: funding needs "we", "our" or "this", or the foot line.
      const funding = FUNDING.has(w)
      const ours = () =>
        low.slice(seg.from, i).some((x) => x === 'we' || x === 'our' || x === 'this') ||
        ownLine(ctx, c)
      if (
        not >= 0 &&
        (COMPANY_NOUNS.has(low[who] ?? '') || companyAt(ctx, c, who)) &&
        (!funding || ours())
      )
        return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "she does not speak for the company": the person quoted is no one's spokesperson.
    if (SPEAKING.has(w) && notNow(low, seg.from, i) && !quoteAt(ctx, c.words[i]?.start ?? 0)) {
      let k = i + 1
      if (low[k] === 'on' && low[k + 1] === 'behalf' && low[k + 2] === 'of') k += 3
      else if (low[k] === 'for') k++
      else continue
      for (let j = k; j < Math.min(seg.to, k + 5); j++)
        if (companyAt(ctx, c, j) || (j === k + 1 && COMPANY_NOUNS.has(low[j] ?? '')))
          return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
    }
    // "no brand is recommended here", "no product is endorsed in this article".
    if (
      ENDORSED.has(w) &&
      BE_FORMS.has(low[i - 1] ?? '') &&
      low[i - 3] === 'no' &&
      RECOMMENDABLE.has(low[i - 2] ?? '') &&
      (low[i + 1] === 'here' ||
        (low[i + 1] === 'by' && low[i + 2] === 'us') ||
        (['in', 'on'].includes(low[i + 1] ?? '') &&
          low[i + 2] === 'this' &&
          (CONTENT_NOUNS.has(low[i + 3] ?? '') || PUBLICATION_NOUNS.has(low[i + 3] ?? ''))))
    )
      return { kind: 'other', wording: 'clear', brandNames: [], people: [], qualifier: true }
  }
  return null
}

/**
 * Whether a negation at `n` denies of everyone, the piece or the writer: a negator that is the
 * subject ("no one", "nobody", "no brand", "none of the makers"), the piece before it ("this
 * article was not"), or the first person ("we were not").
 */
function deniesAll(c: Clause, from: number, n: number): boolean {
  const low = lowers(c.words)
  const neg = low[n] ?? ''
  if (['nobody', 'no-one', 'none', 'neither'].includes(neg)) return true
  if (neg === 'no' && (low[n + 1] === 'one' || c.words[n + 1]?.pos === 'NOUN')) return true
  for (let k = from; k < n; k++) if (FIRST_PERSON.has(low[k] ?? '') || pieceAt(c, k)) return true
  return false
}

/** Participles of making a piece, before its makers: "written by volunteers". */
const MADE_BY = new Set(['written', 'produced', 'made', 'created', 'reported', 'compiled'])

/**
 * Whether a negation at `n` sits in a "who" clause about the makers of this piece: "This one
 * was written by volunteers of X, who receive no payment". The piece is "this" something
 * (or "this one") before the participle; "The song was written by X, who was not paid" is
 * another work's.
 */
function makersOfPiece(low: readonly string[], n: number): boolean {
  if (!low.slice(Math.max(0, n - 4), n).includes('who')) return false
  const by = low.findIndex((x, k) => k < n && MADE_BY.has(x) && low[k + 1] === 'by')
  if (by < 0) return false
  return low
    .slice(0, by)
    .some(
      (x, k, a) =>
        x === 'this' &&
        (a[k + 1] === 'one' ||
          CONTENT_NOUNS.has(a[k + 1] ?? '') ||
          PUBLICATION_NOUNS.has(a[k + 1] ?? '')),
    )
}

/** Third-person pronouns that open a narrated clause: "they rode …". */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'it'])

/**
 * Whether the words before a bare "not sponsored" at `n` narrate what someone else did: the
 * sentence opens with a subject (a noun phrase or "he", "she", "they") and a verb follows it
 * ("The team rode 400 km, not sponsored, and finished third"), and nothing in the sentence is
 * the first person. A caption's "Love these socks, not sponsored" opens with its verb, "These
 * socks are great, not sponsored" has no verb but "are", and "My kit, not sponsored" is ours.
 */
function narrated(c: Clause, n: number): boolean {
  const ws = c.words
  if (ws.some((w) => FIRST_PERSON.has(w.lower))) return false
  const first = ws.findIndex((w) => w.pos !== 'PUNCT')
  const opener = ws[first]
  if (!opener || first >= n) return false
  const subject = ['DET', 'NOUN', 'PROPN'].includes(opener.pos) || THIRD_PERSON.has(opener.lower)
  return subject && ws.slice(first + 1, n).some((w) => w.pos === 'VERB')
}

/** Verbs of paying for something, among the verbs of choosing: "funded by readers, not …". */
const FUNDING = new Set(['funded', 'paid', 'supported', 'financed'])

/** What is made when a publication chooses: "our picks are made by editors". */
const MAKING = new Set(['made', 'decided', 'determined', 'set'])
/** The publication's choices, as the subject of a verb of making. */
const CHOICE_NOUNS = new Set([
  'picks',
  'choices',
  'selections',
  'recommendations',
  'rankings',
  'ratings',
  'verdicts',
  'decisions',
])
/** Verbs of speaking for someone: "does not speak for the company". */
const SPEAKING = new Set(['speak', 'speaks', 'speaking'])
/** Verbs of recommending, as participles: "no brand is recommended here". */
const ENDORSED = new Set(['recommended', 'endorsed', 'promoted', 'favoured', 'favored'])
/** What a piece could recommend. */
const RECOMMENDABLE = new Set(['brand', 'brands', 'product', 'products', 'company', 'companies'])

/** The words ownViewsFrame keys on (see gate). */
const VIEWS_GATE = gate(VIEWS, CHOOSING, MAKING, SPEAKING, ENDORSED, [
  ...['independent', 'independently'],
])

/**
 * Whether the words right before a verb at `i` negate it now: "does not", "doesn't", "is not",
 * "isn't", "do not", "don't" (not "did not" at one event, not "no longer": a former
 * spokesperson).
 */
function notNow(low: readonly string[], from: number, i: number): boolean {
  const a = low[i - 1] ?? ''
  const b = low[i - 2] ?? ''
  if (i - 1 < from) return false
  if (["doesn't", 'doesn’t', "don't", 'don’t', "isn't", 'isn’t', "aren't", 'aren’t'].includes(a))
    return true
  if (a === "n't" || a === 'n’t') return ['does', 'do', 'is', 'are'].includes(b)
  return a === 'not' && ['does', 'do', 'is', 'are', 'am'].includes(b)
}

/** Verbs of buying something oneself. */
const BOUGHT = new Set([
  'buy',
  'buys',
  'bought',
  'purchase',
  'purchased',
  'purchases',
  'paid',
  'pay',
])

/**
 * The writer's or the publication's own purchases: "we buy every product we test ourselves",
 * "we bought the other seven", "every mattress was bought at full price", "I paid for it
 * with my own money". An independence statement.
 */
/** "By Tomas Reddle." closing a standfirst: a byline set inside another paragraph. */
const BY_SENTENCE = /^\s*By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\.?\s*$/u

/** The writer the byline names, or a "By …" sentence in one of the first paragraphs. */
function writerOf(doc: Doc): string | null {
  const named = authorOf(doc)
  if (named) return named
  for (const p of doc.paragraphs.slice(0, 4))
    for (const s of p.sentences) {
      const m = BY_SENTENCE.exec(doc.body.slice(s.start, s.end))
      if (m?.[1]) return m[1]
    }
  return null
}

/** The piece itself as what was paid for: "for this piece", "for this review". */
const FOR_THE_PIECE =
  /\bfor\s+(?:this|the)\s+(?:piece|article|review|feature|story|column|test|report|guide)\b/i

/** The publication's own people: "Our reporter joined the course", "our testers". */
const OUR_PEOPLE =
  /\bour\s+(?:reporters?|writers?|testers?|critics?|reviewers?|team|correspondents?|journalists?|staff)\b/i

/**
 * Whether the "we" of a clause is the publication's: its paragraph says the piece, the
 * publication's people or the writer the byline names did what was paid for ("Our reporter
 * joined a course at the school. We paid the standard rate."), up to this sentence. A reader's
 * question ("Q: We paid the full fare …") and a "we" a source speaks for ("In 2019 we paid the
 * standard rate, residents told the council") say none of it.
 */
function publicationsWe(ctx: SlotContext, c: Clause): boolean {
  const upTo = ctx.doc.body.slice(c.paragraph.start, c.sentence.end)
  if (/^[\s*_>#]*(?:Q|Question)\s*[:.—–-]/i.test(upTo)) return false
  if (FOR_THE_PIECE.test(upTo) || OUR_PEOPLE.test(upTo)) return true
  const writer = writerOf(ctx.doc)
  const surname = writer?.split(/\s+/).at(-1)
  return !!surname && upTo.includes(surname)
}

/** The writer's family, as what "my" or "our" owns: "my daughter", "our son". */
const FAMILY_OWNERS = new Set(
  'daughter daughters son sons kids children child partner wife husband family mum mother dad father brother sister'.split(
    ' ',
  ),
)

/**
 * Whether the words before n name the writer's family ("My daughter rides a Corran bike") and a
 * brand it uses, in the writer's own words: not a quotation, not a Q&A answer.
 */
function familyOwned(ctx: SlotContext, c: Clause, from: number, n: number): boolean {
  const ws = c.words
  const k = ws
    .slice(from, n)
    .findIndex(
      (w, j) =>
        (w.lower === 'my' || w.lower === 'our') && FAMILY_OWNERS.has(ws[from + j + 1]?.lower ?? ''),
    )
  const w = ws[from + k]
  if (k < 0 || !w) return false
  if (quoteAt(ctx, w.start)) return false
  if (ctx.doc.paragraphs.some((p) => p.role === 'answer' && p.start <= w.start && w.start < p.end))
    return false
  for (let j = from + k + 2; j < n; j++) if (brandOfWord(ctx, c, j, true)) return true
  return false
}

/** What a visit's guests consume and pay for: "our meals", "my tickets", "their drinks". */
const CONSUMED = new Set(
  'meal dinner dinners lunch lunches breakfast breakfasts food drinks drink wine coffee tickets ticket room rooms entry admission treatments treatment classes class session sessions tour tours'.split(
    ' ',
  ),
)

/** Word i is in the piece's own words: no quotation, transcript line, question or Q&A answer. */
function inOwnWords(ctx: SlotContext, c: Clause, i: number): boolean {
  const w = c.words[i]
  if (!w || quoteAt(ctx, w.start) || speakerAt(ctx, w.start)) return false
  if (/^[\s*_>#]*(?:Q|Question)\s*[:.—–-]/i.test(ctx.doc.body.slice(c.paragraph.start, w.start)))
    return false
  return !ctx.doc.paragraphs.some(
    (p) => p.role === 'answer' && p.start <= w.start && w.start < p.end,
  )
}

/** Words for the ordinary charge: "the standard fee", "the usual rate", "the full fare". */
const ORDINARY = new Set([
  'standard',
  'usual',
  'normal',
  'regular',
  'full',
  'ordinary',
  'going',
  'published',
  'public',
  'advertised',
])

/** What makes a price the one anyone pays: "full", "list", "listed", "asking", "shelf". */
const PRICE_ADJECTIVES = new Set([
  'full',
  'list',
  'listed',
  'retail',
  'normal',
  'regular',
  'asking',
  'shelf',
  'advertised',
])

/** Verbs of keeping what was tested. */
const KEEPING_TESTED = new Set(['kept', 'keep', 'keeps', 'retained', 'retain', 'retains'])
/** What a tester might keep or give back: "no products", "none of the samples". */
const TESTED_THINGS = new Set(
  'product products sample samples unit units item items device devices model models gear kit'.split(
    ' ',
  ),
)
/** The publication's people who test, as a subject of keeping: "our testers", "reviewers". */
const TESTING_PEOPLE = new Set(
  'we i testers tester reviewers reviewer writer writers staff editors volunteers panel panellists panelists'.split(
    ' ',
  ),
)
/** Whom tested things go back to: "returned to the makers". */
const MAKERS = new Set('maker makers manufacturer manufacturers brand brands'.split(' '))
/** The words keptNothingFrame keys on. */
const KEEPING_GATE = gate(new Set([...KEEPING_TESTED, 'returned']))

/**
 * Testers who kept nothing they tested: "Our testers were volunteers; they kept no products",
 * "We kept none of the fountains", "Reviewers did not keep the units", "All samples were
 * returned after testing". No gift is read; an `other` (no-conflict) statement. Not "the cats
 * kept no toys", "keep no more than two".
 */
export function keptNothingFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, KEEPING_GATE)) return null
  const low = lowers(c.words)
  const all = c.sentence.tokens.map((t) => t.lower)
  // "tested" alone says the piece's own testing only where the things go back to their makers
  // or its paragraph, or one of the two before it, speaks for the publication ("How we
  // tested: … All samples were returned after testing"); a report of someone else's tests
  // ("Trading Standards seized … samples were returned after testing showed …") is none.
  const testing =
    all.some((x) => TESTING_PEOPLE.has(x)) ||
    (all.some((x) => x === 'testing' || x === 'tested') &&
      (all.some((x) => MAKERS.has(x)) ||
        ctx.doc.paragraphs
          .slice(Math.max(0, c.paragraph.index - 2), c.paragraph.index + 1)
          .some((p) => /\b(?:we|our|us|my|i)\b/i.test(p.text))))
  if (!testing) return null
  const other: Found = {
    kind: 'other',
    wording: 'clear',
    brandNames: [],
    people: [],
    qualifier: true,
  }
  for (let i = seg.from; i < seg.to; i++) {
    const w = low[i] ?? ''
    if (KEEPING_TESTED.has(w)) {
      const rest = low.slice(i + 1, Math.min(seg.to, i + 8))
      const negatedBefore = low.slice(Math.max(seg.from, i - 3), i).some((x) => NEGATION.has(x))
      const none =
        rest[0] === 'no' || rest[0] === 'none' || (rest[0] === 'nothing' && rest[1] !== 'more')
      if (rest[1] === 'more' || rest[1] === 'than') continue
      const thing =
        rest.some((x) => TESTED_THINGS.has(x)) ||
        rest[0] === 'nothing' ||
        rest.includes('tested') ||
        rest.includes('reviewed')
      if ((none || negatedBefore) && thing) return other
    }
    // "All samples were returned (to the makers) after testing".
    if (w === 'returned' && ['were', 'was', 'are', 'is', 'been'].includes(low[i - 1] ?? '')) {
      const before = low.slice(seg.from, i)
      if (before.some((x) => TESTED_THINGS.has(x))) return other
    }
  }
  return null
}

/** The words selfPurchaseFrame keys on: a verb of buying (see gate). */
const BOUGHT_GATE = gate(BOUGHT)

export function selfPurchaseFrame(ctx: SlotContext, c: Clause, seg: Segment): Found | null {
  if (!wakes(c, BOUGHT_GATE)) return null
  const low = lowers(c.words)
  for (let i = seg.from; i < seg.to; i++) {
    if (!BOUGHT.has(low[i] ?? '')) continue
    const before = low.slice(seg.from, i)
    const rest = low.slice(i + 1, seg.to)
    const we = before.some((x) => FIRST_PERSON.has(x) && x !== 'our' && x !== 'my')
    // "Our testers paid for every meal themselves": the publication's people, with a strong mark.
    const ours = before.some((x) => x === 'our' || x === 'my')
    const passive = ['was', 'were', 'been', 'is', 'are'].includes(low[i - 1] ?? '')
    // "We bought the kettles ourselves" (not "to buy ourselves twenty years": a reflexive right
    // after the verb, with an object after it, is whom it was bought for).
    const indirect = ['DET', 'NOUN', 'NUM', 'ADJ', 'ADV', 'PROPN'].includes(
      c.words[i + 2]?.pos ?? '',
    )
    const reflexive = rest.some(
      (x, k) => ['ourselves', 'myself', 'themselves'].includes(x) && !(k === 0 && indirect),
    )
    const self = rest.some((x) => x === 'himself' || x === 'herself')
    // "at full price", "at the listed price", "the full asking price".
    const PRICE_WORDS = ['price', 'prices', 'cost']
    const price = rest.some(
      (x, k) =>
        (PRICE_ADJECTIVES.has(x) &&
          (PRICE_WORDS.includes(rest[k + 1] ?? '') ||
            (PRICE_ADJECTIVES.has(rest[k + 1] ?? '') &&
              PRICE_WORDS.includes(rest[k + 2] ?? '')))) ||
        // "bought at retail".
        (x === 'retail' && rest[k - 1] === 'at'),
    )
    // "X took a weekend class at the pottery for this piece and paid the usual fee": the ordinary
    // charge for a service, paid by the writer (or by us), is paying one's own way too.
    const fee = rest
      .slice(0, 4)
      .some(
        (x, k, arr) =>
          ORDINARY.has(x) &&
          ['fee', 'fees', 'rate', 'rates', 'fare', 'fares', 'price', 'charge'].includes(
            arr[k + 1] ?? '',
          ),
      )
    const ownMoney = rest.some(
      (x, k) =>
        ['our', 'my', 'own'].includes(x) &&
        ['money', 'pocket', 'budget', 'funds', 'dime', 'expense'].includes(
          rest[k + 1] === 'own' ? (rest[k + 2] ?? '') : (rest[k + 1] ?? ''),
        ),
    )
    // "Our reviewers pay for their own kit": what is bought is the buyer's own.
    const ownThing =
      (low[i + 1] === 'for' || BOUGHT.has(low[i] ?? '')) &&
      rest
        .slice(0, 4)
        .some(
          (x, k) => x === 'own' && ['their', 'our', 'my', 'his', 'her'].includes(rest[k - 1] ?? ''),
        )
    // "We paid for our meals", "our critic paid for all her tickets": what the writer (or the
    // publication's people) had on the visit the piece is about, paid for by them, in the
    // piece's own words (not a quote, a transcript line or a Q&A answer: a source's "we").
    // The payer is the writer as a subject ("we", "I", "our critic"), not someone else paying
    // after "me" or "us" ("the landlord told me regulars paid for their drinks").
    const weSubject = before.some((x) => x === 'we' || x === 'i' || /^(?:we|i)['’]/.test(x))
    const ownWay =
      (weSubject || ours) &&
      low[i] === 'paid' &&
      low[i + 1] === 'for' &&
      rest
        .slice(1, 4)
        .some(
          (x, k, arr) =>
            ['our', 'my', 'their', 'his', 'her'].includes(x) &&
            (EXPENSES.has(arr[k + 1] ?? '') || CONSUMED.has(arr[k + 1] ?? '')),
        ) &&
      inOwnWords(ctx, c, i)
    // "He paid for his own coffee", "Varga bought her own lunch at full price": the writer the
    // byline names, in the third person, paying their own way.
    const writer =
      reflexive || price || ownMoney || ownThing || self || fee ? writerOf(ctx.doc) : null
    const third =
      !!writer &&
      c.words.slice(seg.from, i).some((w) => {
        if (w.lower === 'i' || w.lower === 'my') return false
        const p = personOf(ctx, w)
        return !!p && sameName(p, writer)
      })
    // "My son plays an X violin, bought second-hand from a student": bought used, from
    // someone else, is no maker's gift.
    // Only the writer's own family ("my daughter", "our son"), in the writer's own words (not a
    // quote, not a Q&A answer), and only a brand the text names before it: "Our council bought
    // second-hand buses", a farmer's "My tractor was bought second-hand" and "My first car …,
    // bought second-hand" are none.
    const used =
      ['bought', 'purchased'].includes(low[i] ?? '') &&
      ['second-hand', 'secondhand', 'used'].includes(low[i + 1] ?? '') &&
      familyOwned(ctx, c, seg.from, i)
    // "we bought the other seven" after a gift: what was not given, bought.
    const theRest =
      we &&
      ['bought', 'purchased'].includes(low[i] ?? '') &&
      rest.slice(0, 3).some((x) => ['other', 'others', 'rest', 'remaining'].includes(x))
    // "The lamps were bought by the university from an ordinary retailer", "bought from a
    // shop": bought in the ordinary way, not given by the maker.
    const shop =
      passive &&
      rest.some(
        (x, k) =>
          x === 'from' &&
          rest
            .slice(k + 1, k + 5)
            .some((y) => ['retailer', 'retailers', 'shop', 'shops', 'store', 'stores'].includes(y)),
      )
    // "The Skarvik Institute buys the sensors at list price": whoever the text names as the
    // buyer, paying the ordinary price means nothing was given.
    const named =
      price &&
      (c.words.slice(seg.from, i).some((w) => !!w.mention) ||
        (c.words[i - 1]?.pos === 'NOUN' && ['the', 'this'].includes(low[i - 2] ?? '')))
    // "“We bought the parts ourselves,” said X": a source's "we" is the source's own people.
    if (we && !ours && sourcesWe(ctx, c, seg.from, i)) continue
    if (
      ((we || passive) && (reflexive || price || ownMoney || theRest || shop)) ||
      (we && fee && !passive && publicationsWe(ctx, c)) ||
      (ours && (reflexive || price || ownMoney || ownThing || used)) ||
      (we && ownThing) ||
      ownWay ||
      third ||
      named
    ) {
      if (
        low[i] === 'paid' &&
        !reflexive &&
        !self &&
        !ownMoney &&
        !price &&
        !ownThing &&
        !fee &&
        !ownWay
      )
        continue
      return {
        kind: 'other',
        wording: 'clear',
        brandNames: [],
        people: [],
        qualifier: true,
      }
    }
  }
  return null
}
