import { readDocument, type Doc, type DocParagraph } from '../language/document'
import type { Entity } from '../language/entities'
import type { Mention } from '../language/mentions'
import { BOILERPLATE } from '../language/structure'
import { isBaseFormVerb, type Sentence, type Token } from '../language/nlp'
import { SPEECH_VERBS } from '../language/lexicon'
import { splitClauses, type Unit } from './clauses'
import { markedSpans } from '../quotes/find'
import {
  forecasts,
  makesSo,
  offers,
  negations,
  quantifiedSubjects,
  genericSubjects,
  indefiniteKinds,
  signs,
  conditionals,
  bareComparatives,
  schedules,
  reportedFrom,
  wordNumbers,
} from './cues'
import { experienceRankings, isExperienceRanking } from './endorse'
import { findRuleMatches, reasonFor, RULES, type RuleId, type RuleMatch } from './rules'
import {
  firstPersonSubject,
  hasVerb,
  isCondition,
  isHiddenVerb,
  disclosureSpan,
  isDisclosure,
  isInstruction,
  isNonResponse,
  isQuoteMark,
  possessiveFirstSubject,
  secondPersonSubject,
} from './voice'
import { evidenceJudged, IRREGULAR_PAST, personalIntention, stateOfMind, weigh } from './weigh'
import { candidateFeatures, type NameKind, type Veto } from './features'
import { combines, decides, probability, type ClaimModel } from './model'

export { RULES, RULE_IDS, type ClaimRule, type RuleId } from './rules'

/** A piece of a suggestion that made a rule fire. */
export interface RuleEvidence {
  readonly rule: RuleId
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A span the spotter proposes to check, and why. Offsets are into the given text. */
export interface ClaimSuggestion {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The rules that fired, in the order of RULES. */
  readonly rules: readonly RuleId[]
  /** One line per rule, same order as `rules`. */
  readonly reasons: readonly string[]
  /** Where each rule fired inside the span, for highlighting. */
  readonly evidence: readonly RuleEvidence[]
}

export interface SpotOptions {
  /**
   * Headings are proposed only when they carry a figure (a number or a percentage) with a verb,
   * or a price; with this, a heading is read like any other line.
   */
  readonly includeHeadings?: boolean
  /**
   * What decides which candidate clauses are proposed: the check-worthiness model (the shipped
   * one by default, or another, as cross-validation trains), or `null` for the hand-written
   * rules alone (a clause with a strong cue that no veto stops).
   */
  readonly model?: ClaimModel | null
  /** Called with every candidate clause and its features (for training and evaluation). */
  readonly onCandidate?: (c: Candidate) => void
}

/** A clause the spotter weighed: where it is, its features and what decided it. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly features: Float64Array
  /** What the hand-written rules alone decide. */
  readonly ruled: boolean
  /** Some cue (strong or weak) matched in it: only such a clause can be added to the rules'. */
  readonly cued: boolean
  /** The model's probability (the rules' decision as 0 or 1 without a model). */
  readonly score: number
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))
/** Rules whose matches are figures: what a heading or a verbless line must carry. */
const FIGURES: ReadonlySet<RuleId> = new Set(['number', 'percentage'])
/** Rules that let the writer's own "we found …" through: a report of evidence or its absence. */
const REPORTED: ReadonlySet<RuleId> = new Set(['evidence', 'negation'])
/** What makes a quoted source's "I …" or "we …" a claim: a figure, a study, a denial, a ranking. */
const TESTIMONY: ReadonlySet<RuleId> = new Set([
  'number',
  'percentage',
  'evidence',
  'negation',
  'comparison',
])
/** "I think …", "we want …": an opinion or a wish, not a report. */
const OPINION_VERBS = new Set([
  'think',
  'believe',
  'feel',
  'reckon',
  'guess',
  'suppose',
  'hope',
  'wish',
  'want',
  'love',
  'like',
  'prefer',
])

/**
 * Text the rules must not read, blanked to spaces of the same length: bare URLs and e-mail
 * addresses, HTML tags, footnote references and "[image: …]" placeholders.
 */
const NOISE =
  /https?:\/\/[^\s<>)\]]+|www\.[^\s<>)\]]+|[\w.+-]+@[\w-]+\.[\w.]+|<\/?[A-Za-z][^>\n]*>|\[\^[^\]\n]*\]|\[image:[^\]\n]*\]?/g

function blankNoise(masked: string): string {
  return masked.replace(NOISE, (m) => m.replace(/[^\n]/g, ' '))
}

/** Paragraphs that carry no claim: who wrote it, captions, boilerplate, the interviewer. */
const SKIPPED_ROLES: ReadonlySet<DocParagraph['role']> = new Set([
  'byline',
  'caption',
  'boilerplate',
  'question',
])

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX'
/** Whether a match is an amount of money ("$45", "£1.2bn"). */
const isMoney = (text: string, m: RuleMatch) => /^[$€£¥]/.test(text.charAt(m.start))
const isPunct = (t: Token) => t.pos === 'PUNCT' || isQuoteMark(t)

/** Binary search: index of the first match starting at or after `pos`. */
function firstFrom(matches: readonly RuleMatch[], pos: number): number {
  let lo = 0
  let hi = matches.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((matches[mid]?.start ?? 0) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * What decides by default: the hand-written rules. The learned model (model.ts, CLAIM_MODEL)
 * was measured against them by leave-one-set-out cross-validation and did no better on the set
 * it had not seen (docs/claims.md, "A learned check-worthiness model"), so it is not switched on;
 * `npm run train:claims -- --cv` measures it again.
 */
const DEFAULT_MODEL: ClaimModel | null = null

/** What the spotter knows about the document as a whole. */
interface Context {
  readonly body: string
  readonly text: string
  readonly byRule: readonly RuleMatch[][]
  /** For each sentence, the token indices that end a proper name. */
  readonly nameEnds: ReadonlyMap<Sentence, ReadonlySet<number>>
  /** Body offsets where a mention of the piece's own writer starts. */
  readonly writerMentions: ReadonlySet<number>
  readonly includeHeadings: boolean
  /** For each sentence, its names: the token index each starts at and its entity's kind. */
  readonly names: ReadonlyMap<Sentence, readonly { at: number; kind: NameKind }[]>
  readonly model: ClaimModel | null
  readonly onCandidate: ((c: Candidate) => void) | undefined
}

/** A byline's job title, not a name: "Transport Correspondent", "Senior Editor", "Money Desk". */
const WRITER_JOBS =
  /\b(?:correspondent|editor|reporter|writer|columnist|critic|desk|staff|contributor|producer|team)$/i

function contextOf(doc: Doc, options: SpotOptions): Context {
  const includeHeadings = options.includeHeadings ?? false
  const nameEnds = new Map<Sentence, Set<number>>()
  for (const m of doc.mentions) {
    const ends = nameEnds.get(m.sentence) ?? new Set<number>()
    ends.add(m.tokenEnd - 1)
    nameEnds.set(m.sentence, ends)
  }
  const bylines = doc.paragraphs.filter((p) => p.role === 'byline')
  // A byline's names are people unless the text says otherwise ("Brought to you by Fernway Bank").
  const writers = doc.entities.filter(
    (e) =>
      (e.kind === 'person' || e.kind === 'unknown') &&
      e.mentions.some((m) => bylines.some((p) => m.start >= p.start && m.end <= p.end)),
  )
  // Each mention's entity kind (set one by one: no pair array per mention).
  const kindOf = new Map<Mention, Entity['kind']>()
  for (const e of doc.entities) for (const m of e.mentions) kindOf.set(m, e.kind)
  const names = new Map<Sentence, { at: number; kind: NameKind }[]>()
  for (const m of doc.mentions) {
    const list = names.get(m.sentence) ?? []
    list.push({ at: m.tokenIndex, kind: kindOf.get(m) ?? 'unknown' })
    names.set(m.sentence, list)
  }
  const text = blankNoise(doc.masked)
  return {
    body: doc.body,
    text,
    byRule: findRuleMatches(text),
    nameEnds,
    // A bio opens with the writer's full name or surname ("Perrin Achterberg is …", "Achterberg
    // is …"), never with a job title the byline gives ("Transport Correspondent") or a first
    // word alone ("Transport researchers say …").
    writerMentions: new Set(
      writers
        .filter((e) => !WRITER_JOBS.test(e.name))
        .flatMap((e) =>
          e.mentions
            .filter((m) => m.name === e.name || m.name === e.name.split(/\s+/).at(-1))
            .map((m) => m.start),
        ),
    ),
    includeHeadings,
    names,
    model: options.model === undefined ? DEFAULT_MODEL : options.model,
    onCandidate: options.onCandidate,
  }
}

/** The rule matches wholly inside [start, end), with the token cues of the same stretch. */
function matchesIn(
  ctx: Context,
  tokens: readonly Token[],
  start: number,
  end: number,
): RuleMatch[] {
  const out: RuleMatch[] = []
  for (const list of ctx.byRule) {
    for (let i = firstFrom(list, start); i < list.length; i++) {
      const m = list[i]
      if (!m || m.start >= end) break
      if (m.end <= end) out.push(m)
    }
  }
  out.push(
    ...wordNumbers(tokens),
    ...negations(tokens),
    ...forecasts(tokens),
    ...quantifiedSubjects(tokens),
    ...genericSubjects(tokens),
    ...indefiniteKinds(tokens),
    ...signs(tokens),
    ...conditionals(tokens),
    ...bareComparatives(tokens),
    ...schedules(tokens),
    ...makesSo(tokens),
    ...offers(tokens),
    ...experienceRankings(tokens),
  )
  return out
}

/** "She suggested reducing …": the advising verb at `i`, a pronoun before it, an "-ing" after. */
function advised(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i + 1]?.pos === 'VERB' &&
    /ing$/.test(tokens[i + 1]?.lower ?? '') &&
    tokens[i - 1]?.pos === 'PRON'
  )
}

/** The tokens of a sentence's main clauses of group `group`, kept in `cache` once made. */
function mainGroupTokens(
  units: readonly Unit[],
  tokens: readonly Token[],
  group: number,
  cache: Map<number, Token[]>,
): Token[] {
  let list = cache.get(group)
  if (!list) {
    list = units
      .filter((u) => u.kind === 'main' && u.group === group)
      .flatMap((u) => tokens.slice(u.from, u.to))
    cache.set(group, list)
  }
  return list
}

/** Verbs that pass advice on: their "-ing" complement is what to do. */
const ADVISING = new Set([
  'suggest',
  'suggests',
  'suggested',
  'recommend',
  'recommends',
  'recommended',
  'advise',
  'advises',
  'advised',
  'urge',
  'urges',
  'urged',
])
/** Modals of obligation or advice. */
const DEONTIC = new Set(['should', 'ought', 'must', 'shouldn’t', "shouldn't", 'mustn’t', "mustn't"])

/** People at large, to whom "must" is advice: "Everyone must try it". */
const GENERIC_PEOPLE = new Set([
  'you',
  'we',
  'everyone',
  'everybody',
  'people',
  'anyone',
  'parents',
  'readers',
])

/** People at large, to whom "should" is advice: "Owners should ask …", "Anyone taking … should". */
const PEOPLE_AT_LARGE = new Set([
  ...GENERIC_PEOPLE,
  'anybody',
  'owners',
  'patients',
  'residents',
  'customers',
  'drivers',
  'runners',
  'buyers',
  'users',
  'homeowners',
  'shoppers',
  'travellers',
  'travelers',
  'visitors',
  'consumers',
  'families',
  'households',
  'riders',
  'passengers',
  'walkers',
  'cyclists',
  'gardeners',
  'beginners',
  'swimmers',
  'savers',
  'borrowers',
  'tenants',
])
/** Verbs that report what someone said: the clause after one has its own subject. */
const REPORTING =
  /^(?:say|says|said|told|tells|add|adds|added|warn|warns|warned|advise|advises|advised|recommend|recommends|recommended|note|notes|noted)$/

/**
 * Whether the clause tells people at large what they should do: "should" (or "ought to") whose
 * subject, read back to the clause's start, a verb of saying, "that" or a comma, has for its head
 * a word for people in general ("owners", "anyone", "patients with appointments this week").
 */
function adviceToPeople(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => /^(?:should|ought)$/.test(t.lower))
  // A warning states a hazard, which can be checked: "Patients should not take it with
  // grapefruit juice".
  if (at <= 0 || tokens[at + 1]?.lower === 'not') return false
  let from = at - 1
  while (
    from > 0 &&
    !REPORTING.test(tokens[from - 1]?.lower ?? '') &&
    !['that', ',', ';', ':'].includes(tokens[from - 1]?.lower ?? '')
  )
    from--
  // The head: the last word of the first run of nouns ("pet owners", "runners with sore knees").
  const subject = tokens.slice(from, at)
  const k = subject.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')
  if (k < 0) return false
  let head = k
  while (subject[head + 1]?.pos === 'NOUN') head++
  return PEOPLE_AT_LARGE.has(subject[head]?.lower ?? '')
}

/** Whether a strong cue gives a count in words or digits ("three to six months", "at 40"). */
function counted(tokens: readonly Token[], matches: readonly RuleMatch[]): boolean {
  return matches.some(
    (m) =>
      m.strength === 'strong' &&
      tokens.some((t) => t.start >= m.start && t.end <= m.end && t.pos === 'NUM'),
  )
}

/** A note on when the piece's prices were taken. */
const PRICE_NOTE =
  /^\W*(?:all\s+)?prices?\s+(?:were|are|was|is)?\s*(?:last\s+)?(?:checked|correct|accurate|current|verified|updated)\b/i

/**
 * The publication's notes on how the piece was made, not claims in it: photo credits ("Photos for
 * this story were provided by …", "Photograph courtesy of …"), a note that no maker saw the piece
 * ("No manufacturer saw this article before publication"), "Individual results may vary".
 */
const PRODUCTION_NOTE =
  /(?:^|[;:—–]\s*)\W*(?:(?:the\s+)?(?:photos?|photographs?|images?|pictures?|illustrations?|video)\b[^.]{0,40}\b(?:provided|supplied|courtesy|taken)\b|(?:no|none\s+of\s+the)\s+(?:manufacturers?|brands?|compan(?:y|ies)|makers?|advertisers?|sponsors?|retailers?)\s+(?:saw|reviewed|approved|read|had\s+(?:any\s+)?(?:say|input|sight))\b|individual\s+results\s+(?:may\s+)?vary\b)/i

/** What advice to a reader says: "you should", "you need", "you'll want", "you must". */
const ADVICE_VERBS = new Set(['should', 'need', 'needs', 'must', 'want', 'try', 'ought', 'have'])

/**
 * A generic "you" stating how things are, with a figure to check: "you cannot sell your tokens
 * for up to 21 days", "For $549 you get …", "you won't see anything like 31%". Not advice
 * ("you should keep 10%", "you will need 500 g flour").
 */
function genericYou(tokens: readonly Token[], matches: readonly RuleMatch[]): boolean {
  // A span of time in words is no figure here: "you can't build that in under ten years" is a
  // retort; "you cannot sell for up to 21 days" gives one.
  const span = (m: RuleMatch) => {
    const k = tokens.findIndex((t) => t.start >= m.end)
    return k >= 0 && tokens[k]?.entity === 'DURATION' && !/\d/.test(tokens[k - 1]?.text ?? '')
  }
  const figure = matches.some((m) => m.strength === 'strong' && FIGURES.has(m.rule) && !span(m))
  if (!figure) return false
  const you = tokens.findIndex((t) => t.lower === 'you')
  const verbs = tokens.slice(you + 1, you + 5).filter(isVerb)
  return verbs.length > 0 && !verbs.some((v) => ADVICE_VERBS.has(v.lower))
}

/** A condition with a figure and a comparison about a thing, not about "you", "I" or "we". */
function threshold(tokens: readonly Token[], matches: readonly RuleMatch[]): boolean {
  const strong = (rule: RuleId) => matches.some((m) => m.strength === 'strong' && m.rule === rule)
  const personal = beforeFirstVerb(tokens).some((t) => t.pos === 'PRON')
  return !personal && (strong('number') || strong('percentage')) && strong('comparison')
}

/** The words of a clause before its first verb. */
function beforeFirstVerb(tokens: readonly Token[]): readonly Token[] {
  const v = tokens.findIndex((t, i) => isVerb(t) || isHiddenVerb(tokens, i))
  return v < 0 ? tokens : tokens.slice(0, v)
}

/**
 * The writers' account of how they tested, with its measures: "We ran each purifier for 30
 * minutes in a sealed 250-square-foot room", "wore each pair for at least 80 kilometres". A
 * reader can hold a review to it. ("We" with a figure; "I" is the writer's own life.)
 */
function protocol(tokens: readonly Token[], matches: readonly RuleMatch[]): boolean {
  const subject = tokens.find((t) => !isPunct(t))?.lower
  // "I take 300 mg every night": a dose the writer vouches for, in the present ("I boiled 300
  // litres" is the writer's story).
  if (subject === 'i') {
    const verb = tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX')
    const past =
      !verb ||
      /ed$/.test(verb.lower) ||
      ['was', 'had', 'did', 'took', 'made', 'ran'].includes(verb.lower)
    return !past && dose(tokens, matches)
  }
  if (subject !== 'we') return false
  // "We cooked every type of rice in every cooker at least three times": a count in words is a
  // measure of the test when it is made of each thing tested.
  const each = tokens.some(
    (t, i) => ['each', 'every'].includes(t.lower) && tokens[i + 1]?.pos === 'NOUN',
  )
  return matches.some(
    (m) =>
      m.strength === 'strong' &&
      (m.rule === 'number' || m.rule === 'date') &&
      (each || /\d/.test(tokens.find((t) => t.start === m.start)?.text ?? '')),
  )
}

/** Whether a clause gives a measured amount in figures: "300 mg", "5 kg", "12%". */
function dose(tokens: readonly Token[], matches: readonly RuleMatch[]): boolean {
  return matches.some((m) => {
    if (m.strength !== 'strong') return false
    if (m.rule === 'percentage') return true
    const k = tokens.findIndex((t) => t.start === m.start)
    return (
      m.rule === 'number' &&
      /\d/.test(tokens[k]?.text ?? '') &&
      UNITS.test(tokens[k + 1]?.lower ?? '')
    )
  })
}
const UNITS =
  /^(?:mg|g|kg|mcg|µg|ml|l|litres?|liters?|grams?|kilos?|kilograms?|milligrams?|calories|kcal|iu|km|miles?|lbs?|pounds?|stone)$/

/** Common verbs' simple past that does not end in -ed. */
const PAST = new Set(
  'grew did wrote took went came saw ran made had got gave found left met sang spent began became brought bought built felt fell held kept knew lost read sat sold sent stood taught told thought won wore drove flew swam ate drank slept woke rode'.split(
    ' ',
  ),
)

/** Irregular past participles a life is told with: "I have known", "I've seen". */
const PARTICIPLES = new Set(
  'known seen done been grown written taken given driven ridden eaten sung swum begun worn'.split(
    ' ',
  ),
)

/** Whether a clause is "I" + a verb in the simple past whose only figures are counts in words. */
function singularMemory(
  text: string,
  tokens: readonly Token[],
  matches: readonly RuleMatch[],
): boolean {
  const i = tokens.findIndex((t) => t.pos === 'PRON')
  if (i < 0 || tokens[i]?.lower !== 'i') return false
  const verbs = tokens.slice(i + 1, i + 5).filter((t) => t.pos === 'VERB' || t.pos === 'AUX')
  // "I have buried two husbands", "I've stopped …": the present perfect tells a life too.
  const perfect = ['have', '’ve', "'ve"].includes(verbs[0]?.lower ?? '')
  const verb = perfect ? verbs[1] : verbs[0]
  if (
    !verb ||
    !(
      PAST.has(verb.lower) ||
      /[a-z]{2,}ed$/.test(verb.lower) ||
      (perfect && PARTICIPLES.has(verb.lower))
    )
  )
    return false
  const strong = matches.filter((m) => m.strength === 'strong')
  return (
    strong.length > 0 &&
    strong.every((m) => m.rule === 'number' && !/[\d$€£%]/.test(text.slice(m.start, m.end)))
  )
}

/** Why a unit is no claim whatever fired in it ("instruction", "writer" …); null when it may be one. */
function veto(
  ctx: Context,
  tokens: readonly Token[],
  groupTokens: readonly Token[],
  unit: Unit,
  voiced: boolean,
  matches: readonly RuleMatch[],
  instructs = true,
): Veto | null {
  // A condition is the reader's situation ("If you bake more than twice a week") unless it
  // states a threshold about the world ("If electricity costs less than three times as much").
  if (isCondition(tokens) && !threshold(tokens, matches)) return 'condition'
  if (instructs && unit.kind === 'main' && isInstruction(groupTokens)) return 'instruction'
  // "You will need 500g flour", "you can't build that in ten years": advice, not a report.
  if (secondPersonSubject(groupTokens) && !genericYou(groupTokens, matches)) return 'advice'
  // "That is a bold promise to make in March": a reaction to what came before, unless it
  // gives a figure.
  const words = tokens.filter((t) => !isPunct(t) && t.pos !== 'CCONJ')
  const figure = matches.some((m) => m.strength === 'strong' && FIGURES.has(m.rule))
  if (
    ['that', 'this'].includes(words[0]?.lower ?? '') &&
    ['is', 'was', '’s', "'s"].includes(words[1]?.lower ?? '') &&
    ['a', 'an'].includes(words[2]?.lower ?? '') &&
    words[3]?.pos === 'ADJ' &&
    !figure
  )
    return 'retort'
  // "She suggested reducing the milk by 30ml": advice passed on, not a fact.
  // (An institution's recommendation is on the record: "The WHO recommends limiting sugar to
  // 10% of calories".)
  if (tokens.some((t, i) => ADVISING.has(t.lower) && advised(tokens, i))) return 'advice'
  // "Every one of my clients should have one", "People should read the label": a
  // recommendation, not a report. "Must" is advice only to people at large ("Everyone must
  // …"); "Landlords must register by 2026" states a rule, which can be checked.
  const v = tokens.findIndex((t, i) => isVerb(t) || isHiddenVerb(tokens, i))
  const firstVerb = tokens[v]
  if (firstVerb && DEONTIC.has(firstVerb.lower)) {
    const must = /^must/.test(firstVerb.lower)
    const anyone = tokens.slice(0, v).some((t) => GENERIC_PEOPLE.has(t.lower))
    if (!must || anyone) return 'advice'
  }
  // "Owners should ask for a dental check at every vaccination", "Anyone taking statins should
  // talk to a doctor", "said patients with appointments this week should call their surgery":
  // what people at large should do is advice, also when a body passes it on — unless it gives
  // a figure ("Experts say you should aim for three to six months of expenses").
  if (!figure && !counted(tokens, matches) && adviceToPeople(tokens)) return 'advice'
  // "The water will tell you whether you belong there", "A home survey will tell you what needs
  // doing", "It doesn't tell you how many heart attacks it prevents": what a thing tells "you"
  // is said to the reader, not a fact about the thing ("What I will tell you is that thefts
  // rose 17%" gives a figure).
  const tells = tokens.findIndex(
    (t, i) => (t.lower === 'tell' || t.lower === 'tells') && tokens[i + 1]?.lower === 'you',
  )
  // (A statement joined after a comma is its own: "… can tell you whether your street has lead
  // pipes, and many offer free testing".)
  const joined = tokens.findIndex((t, i) => i > tells && (t.text === ',' || t.text === ';'))
  const after = joined >= 0 ? (tokens[joined]?.end ?? Infinity) : Infinity
  const beyond = matches.some((m) => m.strength === 'strong' && m.start >= after)
  if (tells >= 0 && !figure && !beyond && !counted(tokens, matches)) {
    const subject = tokens.slice(0, tells).find((t) => t.pos === 'PRON' || t.pos === 'NOUN')
    if (!subject || !['i', 'we'].includes(subject.lower)) return 'advice'
  }
  const subjectTokens = unit.kind === 'main' ? groupTokens : tokens
  // A price is checkable whoever gives it: "we like the Tallow & Pine pan, £24".
  const price = matches.some((m) => m.rule === 'number' && isMoney(ctx.text, m))
  // "My starter has not risen since Easter", "My dad told me to learn one new thing a year": the
  // speaker's own things and people are their story, unless it gives a measure ("My bills fell
  // by a fifth", "since 2019"), a study, or (a source's) a promise or an effect: "My office will
  // hold a job fair next month", "My patients have seen results".
  // (What "my friend" is quoted saying is the friend's: "My friend Oskar tried it and said
  // “that's better than ours”"; a quoted speaker's own "my …" is read, not the writer's.)
  const mine =
    !tokens.some(isQuoteMark) &&
    (possessiveFirstSubject(tokens) || (!voiced && possessiveFirstSubject(subjectTokens)))
  if (mine && !price) {
    // (A count inside the subject is of the speaker's own things: "My first four attempts"; a
    // duration after the verb is a measure: "My patients saw results within three weeks".)
    const verb = subjectTokens.find((t) => isVerb(t))
    const measured = matches.some(
      (m) =>
        m.strength === 'strong' &&
        (m.rule === 'evidence' ||
          m.rule === 'percentage' ||
          // "My doctor says the drug cuts the risk of stroke": a source cited, not a life told.
          m.rule === 'vague-source' ||
          ((m.rule === 'number' || m.rule === 'date') &&
            (/\d/.test(ctx.text.slice(m.start, m.end)) ||
              (!!verb &&
                m.start > verb.start &&
                (m.rule === 'number' ||
                  tokens.some((t) => t.pos === 'NUM' && t.start >= m.start && t.end <= m.end))))) ||
          (voiced && (m.rule === 'forecast' || m.rule === 'causal'))),
    )
    if (!measured) return voiced ? 'personal' : 'writer'
  }
  if (firstPersonSubject(subjectTokens) && !price) {
    const verb = subjectTokens.find((t) => t.pos === 'VERB')
    if (verb && OPINION_VERBS.has(verb.lower.replace(/s$/, ''))) return 'opinion'
    // "I'd be comfortable putting 5% in it": what one would do is a view, not a report.
    const aux = subjectTokens.find((t) => t.pos === 'AUX' || t.pos === 'VERB')
    if (aux && ['’d', "'d", 'would'].includes(aux.lower)) return 'opinion'
    // The writer's own doings are the story's frame; "we found no evidence" is a report, and so
    // is a ranking against their experience ("I have never baked with better flour").
    const ranked = matches.some((m) => isExperienceRanking(tokens, m))
    if (
      !voiced &&
      !ranked &&
      !matches.some((m) => REPORTED.has(m.rule)) &&
      !protocol(subjectTokens, matches)
    )
      return 'writer'
    // A source's own doings are a claim when they give a figure, a study or a denial.
    const testimony = matches.some((m) => m.strength === 'strong' && TESTIMONY.has(m.rule))
    if (voiced && !testimony) return 'personal'
    // "I grew up two valleys over", "I did two films back to back": one person's past told
    // with a count in words is a memory; "I treated 300 patients", "we cut the hours twice"
    // (an institution's "we") and a price are testimony.
    if (voiced && singularMemory(ctx.text, subjectTokens, matches)) return 'personal'
  }
  return null
}

/**
 * A report of what a named source stated ("She said teenagers' clocks shift later during
 * puberty", "told the board that districts … saw real gains") is the source's claim: a cue
 * that is weak in ordinary prose (a duration, a denial, a bare ranking) is strong inside it.
 */
function reported(
  text: string,
  tokens: readonly Token[],
  matches: RuleMatch[],
  continued = false,
  subjectBefore = false,
): RuleMatch[] {
  if (!matches.some((m) => m.strength === 'weak')) return matches
  // "…, and that learners are never asked …": the same report goes on after "and that".
  const from = continued
    ? tokens.findIndex((t) => t.lower === 'that') + 1
    : reportedFrom(tokens, subjectBefore)
  const start = tokens[from]?.start
  if (from < 0 || start === undefined) return matches
  // "said he had attended every day of the trial", "said she was not thinking about the final
  // yet", "says she can hear it only if …": what a person reports of themself — a universal word,
  // a denial or a comparison about their own doings or mind — is their story, not the source's
  // claim about the world. A duration or a cause they report stays checkable ("said she had used
  // it for a year", "said he had lost customers because …"), and so does a cue strong on its own
  // ("said she had treated 300 patients").
  const self = SELF.has(tokens[from]?.lower ?? '')
  // (A bare "the first" or "the only" stays a turn of phrase: "it stung for the first nights".)
  const bare = (m: RuleMatch) =>
    m.rule === 'comparison' && !/(?:est|best|worst|most|least)$/i.test(text.slice(m.start, m.end))
  // Nor does a report make an intention a promise ("said she planned to keep it"), a judgement of
  // evidence a finding ("said the findings were encouraging"), or an idiom of denial a denial
  // ("said there was no getting around it"): "no" + a noun is weak only there.
  const kept = (m: RuleMatch) =>
    (self && SELF_RULES.has(m.rule)) ||
    bare(m) ||
    personalIntention(tokens, text, m) ||
    evidenceJudged(tokens, text, m) ||
    stateOfMind(tokens, text, m) ||
    (m.rule === 'negation' && /^no\b/i.test(text.slice(m.start, m.end)))
  return matches.map((m) =>
    m.start >= start && m.strength === 'weak' && !kept(m) ? { ...m, strength: 'strong' } : m,
  )
}

/** An age given beside a name: ", 38,". */
const AGE = /^(?:[1-9]\d?|1[01]\d)$/
/** A person speaking of themself in a report: "said she …", "says he …", "said I …". */
const SELF: ReadonlySet<string> = new Set(['he', 'she', 'i'])
/** Cues a person's report of themself leaves weak: see reported. */
const SELF_RULES: ReadonlySet<RuleId> = new Set([
  'absolute',
  'negation',
  'evidence',
  'comparison',
  'generalisation',
])
/** Pronouns that stand for a thing named before. */
const THIRD = new Set(['it', 'they'])
const PRESENT_AUX = new Set([
  'is',
  'are',
  '’s',
  "'s",
  '’re',
  "'re",
  'does',
  'do',
  'doesn’t',
  "doesn't",
  'don’t',
  "don't",
  'can',
  'cannot',
  'can’t',
  "can't",
])

/**
 * Adjectives of judgement, not of a checkable property: "isn't impossible", "not ideal". (Not
 * how often a thing happens: "It isn't normal for a river to flood every spring", "not unusual",
 * "not surprising" report a frequency.)
 */
const JUDGED = new Set(
  'impossible perfect ideal easy hard difficult simple complicated bad good great terrible awful fun nice worth worthwhile right wrong fair unfair clever smart wise obvious strange weird crazy bold subtle huge'.split(
    ' ',
  ),
)

/**
 * A source denying a property of what they are talking about ("It doesn't bind the same
 * receptors", "It is not a retinol replacement", "They don't need a filter") in their own
 * quoted words or answer states a fact about it: the denial is strong there. In prose after
 * "it" a denial is too often a turn of phrase ("it is not subtle") and stays weak.
 */
function sourceDenial(tokens: readonly Token[], matches: RuleMatch[]): RuleMatch[] {
  if (!matches.some((m) => m.rule === 'negation' && m.strength === 'weak')) return matches
  return matches.map((m) => {
    if (m.rule !== 'negation' || m.strength !== 'weak') return m
    const at = tokens.findIndex((t) => t.start === m.start)
    const subject = tokens[at - 1]
    const aux = tokens[at]
    if (!subject || !THIRD.has(subject.lower) || subject.pos !== 'PRON') return m
    // The present, of a thing: "was", "won't", "wouldn't", "hasn't … yet" are a story's turns.
    if (!aux || !PRESENT_AUX.has(aux.lower)) return m
    const rest = tokens.slice(at + 1, at + 5).map((t) => t.lower)
    if (rest.some((w) => ['yet', 'lot', 'have', 'has', 'need'].includes(w))) return m
    // A judgement denied is still a judgement: "it isn't impossible", "It's not the perfect
    // answer", "it's not that hard" (a property is not: "It is not safe for cats").
    const judged = tokens
      .slice(at + 1, at + 5)
      .find((t) => t.pos !== 'DET' && t.pos !== 'ADV' && t.pos !== 'PART')
    if (judged && JUDGED.has(judged.lower)) return m
    // Only the clause's own subject: "…, and it isn't …" — not "what it isn't".
    const before = tokens.slice(0, at - 1).filter((t) => !isPunct(t) && t.pos !== 'CCONJ')
    if (
      before.some((t) => t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'NOUN' && t.pos !== 'DET')
    )
      return m
    return { ...m, strength: 'strong' }
  })
}

/** A ranking against what the speaker has tried: "… I've ever tested", "… we have used". */
const TRIED =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:I|we)(?:[’']ve|\s+have|\s+had|[’']d)?\s+(?:ever\s+)?(?:seen|used|tested|tried|measured|treated|grown|fitted|installed|prescribed|recommended|driven|ridden|reviewed|handled|repaired|restored)\b/u
const RANKING = /\b(?:best|worst|first|most|least|\p{L}{3,}est)\b|\bas\s+\S+\s+as\s+any$/iu
const PEOPLE_SUBJECTS = new Set(['he', 'she', 'i', 'you', 'we', 'they'])

/**
 * A source ranking a thing against what they have tested, used or treated in their work
 * ("Silverleaf is the first botanical I've seen that my patients tolerate", "their network is
 * the best I've seen", "it germinated as well as any compost I've ever tested") reports their
 * experience as evidence, in their own quoted words or answer: strong there. A ranking of a
 * person ("She's the most prepared actor I've worked with"), or in the writer's prose ("the
 * best I have had"), stays weak; "they" is a person as often as a thing and is left out.
 */
function testedRanking(text: string, tokens: readonly Token[], matches: RuleMatch[]): RuleMatch[] {
  if (!matches.some((m) => m.rule === 'comparison' && m.strength === 'weak')) return matches
  return matches.map((m) => {
    if (m.rule !== 'comparison' || m.strength !== 'weak') return m
    if (!RANKING.test(text.slice(m.start, m.end))) return m
    if (!TRIED.test(text.slice(m.end, m.end + 60))) return m
    const before = tokens.filter((t) => t.end <= m.start && !isPunct(t) && t.pos !== 'CCONJ')
    // The ranking is the subject ("The best one I've used is …"): a pick, not a report.
    if (!before.some(isVerb)) return m
    const subject = before.find(
      (t) => !['ADV', 'ADP', 'SCONJ', 'DET', 'ADJ'].includes(t.pos) && !isVerb(t),
    )
    if (!subject || PEOPLE_SUBJECTS.has(subject.lower)) return m
    return { ...m, strength: 'strong' }
  })
}

/** How far after a title its lead runs, in characters (a byline and two paragraphs or so). */
const LEAD_LENGTH = 1200

/** Whether every figure of a title is given again in the lead (the first lines after it). */
function restated(text: string, strong: readonly RuleMatch[], tokens: readonly Token[]): boolean {
  const end = tokens[tokens.length - 1]?.end ?? 0
  const after = text.slice(end, end + LEAD_LENGTH)
  const figures = strong.filter((m) => FIGURES.has(m.rule))
  return figures.length > 0 && figures.every((m) => after.includes(text.slice(m.start, m.end)))
}

/** Whether the matches make a unit worth proposing. */
function enough(
  text: string,
  unit: Unit,
  tokens: readonly Token[],
  matches: readonly RuleMatch[],
  heading: boolean,
  verbless: boolean,
  title = false,
): boolean {
  const strong = matches.filter((m) => m.strength === 'strong')
  const figure = strong.some((m) => FIGURES.has(m.rule))
  const verb = hasVerb(tokens)
  // A heading needs a figure and a verb ("Tested over 600 miles") or a price ("Orrin Glow
  // Drops, $55"); a verbless line ("Best overall", "Watery, cheap and pleasant") a figure.
  if (heading) {
    // A title that announces an event with a figure the story gives again below ("Senate
    // passes $3.8 billion bill") is checked there; one that claims an effect ("… says it
    // boosted density by 38%") is proposed.
    const money = strong.some((m) => isMoney(text, m))
    const causal = strong.some((m) => m.rule === 'causal')
    if (!figure || !(verb || money || causal)) return false
    // "What those 8% yields really pay you": a topic, not an assertion ("Why 7 in 10 homeowners
    // are …" takes its figure as given, and is one).
    const lead = tokens.find((t) => !isPunct(t))?.lower ?? ''
    if (['what', 'whether'].includes(lead)) return false
    return causal || !title || !restated(text, strong, tokens)
  }
  if (verbless || (!verb && unit.kind === 'main')) return figure
  // Who said it is a claim only for what it says of them: "the 34-year-old supervisor said".
  if (unit.kind === 'attribution')
    return strong.some((m) => m.rule === 'number' || m.rule === 'credential')
  return strong.length > 0
}

/** The proposals of one sentence: its claim-bearing clauses, joined where they touch. */
/**
 * A sponsor's credit set off by commas inside a sentence about something else: "The Calder Half
 * Marathon, presented by Halvorsen Credit Union, drew a record 11,400 starters". The credit is
 * legal's; the sentence is still read. Not the publication's own credit ("This newsletter,
 * presented by …, …").
 */
function sponsorAside(text: string): boolean {
  const m =
    /, ((?:sponsored|presented|supported) by|in partnership with) [^,;.]{2,60},\s+\p{Ll}/u.exec(
      text,
    )
  if (!m) return false
  if (
    /\b(?:article|newsletter|coverage|series|podcast|episode|content|page|piece|post|video|section|issue|edition|show|column|guide|feature)\b/i.test(
      text.slice(0, m.index),
    )
  )
    return false
  // Only one disclosure in the sentence, and it is this credit.
  const span = disclosureSpan(text)
  return !!span && span.start >= m.index && span.start <= m.index + 2 + (m[1]?.length ?? 0)
}

/** Words that join a credential to the tie stated after it. */
const TIE_JOINERS = new Set(['who', 'which', 'and', ',', '(', '—', '–'])

/**
 * How many of a paragraph's first tokens are its Q&A label "A." or "Q." (0 if none): only in a
 * Q&A that labels its answers or questions so ("A. J. Ferris …" elsewhere is a name).
 */
function labelled(doc: Doc, p: DocParagraph, s: Sentence): number {
  if (p.role !== 'answer' && p.role !== 'question') return 0
  const m = /^\s*([QA])\s*\.\s+/.exec(p.text)
  const label = m?.[1]
  if (!m || !label || !(doc.intervieweeLabels.has(label) || doc.interviewerLabels.has(label)))
    return 0
  const end = p.start + m[0].length
  let n = 0
  while (n < s.tokens.length && (s.tokens[n]?.end ?? Infinity) <= end) n++
  return n
}

function spotSentence(
  ctx: Context,
  p: DocParagraph,
  s: Sentence,
  quotes: readonly { start: number; end: number }[],
  out: ClaimSuggestion[],
  lead: number,
): void {
  const tokens = s.tokens
  const sentenceText = ctx.text.slice(s.start, s.end)
  if (!/\p{L}/u.test(sentenceText)) return
  // Questions ask; the answer, if any, is the claim.
  if (/\?[\s"'”’)\]*_]*$/u.test(sentenceText)) return
  const quoted = tokens.map((t) => quotes.some((q) => t.start >= q.start && t.end <= q.end))
  // A disclosure is legal's. When it sits outside the quoted words of a sentence that quotes a
  // source ("“…,” said X, who is a paid consultant to Y"), only the clauses it touches are left
  // to legal: the source's quoted words are still the source's claims.
  // Otherwise only an apposition that presents someone before their tie is still read ("Dr Ana
  // Ruiz, a virologist at St Hild's who has no financial ties to …": the credential is a claim,
  // the tie legal's).
  let disclosed: { start: number; end: number } | null = null
  let presentedOnly = false
  if (isDisclosure(sentenceText) && !sponsorAside(sentenceText)) {
    const span = disclosureSpan(sentenceText)
    if (!span) return
    const at = { start: s.start + span.start, end: s.start + span.end }
    const outside =
      quoted.some(Boolean) &&
      !tokens.some((t, k) => quoted[k] && t.end > at.start && t.start < at.end)
    presentedOnly = !outside
    disclosed = at
  }
  // "Prices were checked on June 2": the publication's note on its own figures.
  if (PRICE_NOTE.test(sentenceText) || PRODUCTION_NOTE.test(sentenceText)) return
  const units = splitClauses(tokens, quoted, ctx.nameEnds.get(s) ?? new Set(), lead)
  // The tokens of each group of main clauses, put together once per group (not once per clause).
  const groups = new Map<number, Token[]>()
  const heading = (p.role === 'headline' || p.role === 'heading') && !ctx.includeHeadings
  // A line with no verb at all ("Dr. Ana Ruiz, exercise physiologist") is a label or a
  // signature unless it gives a figure ("Capacity: 10 liters · Weight: 248 grams").
  const verbless = !hasVerb(tokens)
  const paragraphVoiced = p.role === 'answer' || p.setting.blockquote
  const mentions = ctx.names.get(s) ?? []
  const proposed: { unit: Unit; matches: RuleMatch[] }[] = []
  // Relative clauses left out as non-responses (", who asked not to be named,"): what they
  // interrupt still joins across them.
  const skipped = new Set<number>()
  const weighed: {
    unit: Unit
    own: readonly Token[]
    first: Token
    last: Token
    matches: RuleMatch[]
    why: Veto | null
    sufficient: boolean
    voiced: boolean
  }[] = []
  // The sentence's earlier clauses: one may report what a source stated.
  const earlier: (readonly Token[])[] = []
  // Clauses no cue marks, for `companions`.
  const bare: {
    unit: Unit
    own: readonly Token[]
    groupTokens: readonly Token[]
    voiced: boolean
  }[] = []
  // Whether a main clause before this one states something (has a verb and is no order).
  let stated = false
  for (const piece of units) {
    // A short verbless lead-in before a colon ("Best overall:", "A:") is a label.
    if (piece.kind === 'label') continue
    let unit = piece
    let own = tokens.slice(unit.from, unit.to)
    // Only its credential before the tie is read: cut at the last "who", "and", comma, dash or
    // bracket before the tie's words ("a veterinary surgeon at X [and a paid ambassador …]").
    let presenting = false
    if (disclosed) {
      const tie = disclosed
      const touched = own.some((t) => t.end > tie.start && t.start < tie.end)
      if (presentedOnly || touched) {
        if (unit.kind !== 'apposition' && unit.kind !== 'attribution') continue
        presenting = true
        if (touched) {
          const before = own.filter((t) => t.end <= tie.start)
          let j = before.length - 1
          while (j > 0 && !TIE_JOINERS.has(before[j]?.lower ?? '')) j--
          if (j <= 0) continue
          own = own.slice(0, j)
          unit = { ...unit, to: unit.from + j }
        }
      }
    }
    const words = own.filter((t) => !isPunct(t))
    const first = words[0]
    const last = words[words.length - 1]
    if (!first || !last) continue
    const groupTokens =
      unit.kind === 'main'
        ? mainGroupTokens(units, tokens, unit.group, groups)
        : tokens.slice(unit.from, unit.to)
    const voiced =
      paragraphVoiced || own.filter((t, k) => quoted[unit.from + k]).length * 2 > own.length
    const raw = matchesIn(ctx, own, first.start, last.end).filter(
      (m) => !modelNumber(ctx.text, m, tokens),
    )
    // "…, said the alarm sounded about 3:10 a.m.": a report whose speaker is named in an earlier
    // clause (not one that quotes a phrase: "said the board had “made up its mind”").
    const openReport = unit.continues && !own.some((t, k) => quoted[unit.from + k])
    const lead = own.find((t) => !isPunct(t) && t.pos !== 'CCONJ')
    const continued = lead?.lower === 'that' && earlier.some((e) => reportedFrom(e) >= 0)
    earlier.push(own)
    if (unit.kind === 'relative' && isNonResponse(ctx.text.slice(first.start, last.end)))
      for (let j = unit.from; j < unit.to; j++) skipped.add(j)
    // A statement no cue marks may still go with a claim it is joined to (see `companions`).
    if (raw.length === 0) bare.push({ unit, own, groupTokens, voiced })
    // Without a model deciding alone, a clause no cue marks is never proposed: no need to weigh it.
    if (raw.length === 0 && !ctx.onCandidate && !(ctx.model && !combines(ctx.model))) continue
    const weighedHere =
      raw.length === 0
        ? []
        : reported(ctx.text, own, weigh(ctx.text, own, unit, raw), continued, openReport)
    const matches = voiced
      ? testedRanking(ctx.text, own, sourceDenial(own, weighedHere))
      : weighedHere
    if (
      presenting &&
      !matches.some(
        (m) => m.strength === 'strong' && (m.rule === 'credential' || m.rule === 'institution'),
      )
    )
      continue
    let why = veto(ctx, own, groupTokens, unit, voiced, matches)
    // A base verb after "and" goes on with the subject of a statement before it ("it would keep
    // the factory, and invest £20 million"), not an order; and a price is checkable even in an
    // order ("buy a seven-day pass for €48"; not "How to build a $1,000 fund", "Don't stop at
    // $1,000").
    if (why === 'instruction') {
      const conjoined = lead !== own.find((t) => !isPunct(t)) && stated
      const opener = (lead?.lower ?? '').replace(/[’']/g, "'")
      const priced =
        matches.some(
          (m) => m.strength === 'strong' && m.rule === 'number' && isMoney(ctx.text, m),
        ) && !['how', 'here', "don't", 'never', 'do'].includes(opener)
      if (conjoined || priced) why = veto(ctx, own, groupTokens, unit, voiced, matches, false)
    }
    if (unit.kind === 'main' && why !== 'instruction' && own.some(isVerb)) stated = true
    // An instruction is never a claim ("Bake for 12 minutes at 200C"), nor a non-response
    // unless it gives a figure ("declined to say how many of the 40 staff would go").
    if (why === 'instruction') continue
    const figure = matches.some((m) => m.strength === 'strong' && FIGURES.has(m.rule))
    if (!figure && isNonResponse(ctx.text.slice(first.start, last.end))) continue
    const sufficient =
      matches.length > 0 &&
      enough(ctx.text, unit, own, matches, heading, verbless, p.role === 'headline')
    weighed.push({ unit, own, first, last, matches, why, sufficient, voiced })
  }
  const strongIn = weighed.map((w) => w.matches.some((m) => m.strength === 'strong'))
  for (const [
    k,
    { unit, own, first, last, matches, why, sufficient, voiced },
  ] of weighed.entries()) {
    const ruled = sufficient && why === null
    const cued = matches.length > 0
    let score = ruled ? 1 : 0
    if ((ctx.model && (cued || !combines(ctx.model))) || ctx.onCandidate) {
      const features = candidateFeatures({
        tokens: own,
        matches,
        kind: unit.kind,
        continues: unit.continues,
        role: p.role,
        listItem: p.setting.listItem,
        blockquote: p.setting.blockquote,
        firstSentence: p.sentences[0] === s,
        lead: p.index < 3,
        quoted: voiced,
        veto: why,
        enough: sufficient,
        names: mentions.filter((m) => m.at >= unit.from && m.at < unit.to).map((m) => m.kind),
        strongElsewhere: strongIn.some((x, j) => x && j !== k),
        units: weighed.length,
      })
      if (ctx.model) score = probability(ctx.model, features)
      ctx.onCandidate?.({ start: first.start, end: last.end, features, ruled, cued, score })
    }
    const propose = ctx.model ? decides(ctx.model, score, ruled, cued) : ruled
    if (propose) proposed.push({ unit, matches })
  }
  // "Osei Brandt, 38, trained as a millwright in Denmark": an age set beside a name is checked
  // with what the sentence says of the person, not on its own.
  for (const { unit } of [...proposed]) {
    const own = tokens.slice(unit.from, unit.to).filter((t) => !isPunct(t))
    if (unit.kind !== 'apposition' || own.length !== 1 || !AGE.test(own[0]?.text ?? '')) continue
    // Right after the name it describes, which opens a main clause ("said X, 78." has none).
    const named = units[units.indexOf(unit) - 1]
    const name =
      named &&
      tokens
        .slice(named.from, named.to)
        .filter((t) => !isPunct(t))
        .at(-1)
    if (!named || named.kind !== 'main' || name?.pos !== 'PROPN') continue
    for (const u of units)
      if (u.kind === 'main' && u.group === named.group && !proposed.some((x) => x.unit === u))
        proposed.push({ unit: u, matches: [] })
  }
  companions(ctx, tokens, proposed, bare, weighed, skipped)
  proposed.sort((a, b) => a.unit.from - b.unit.from)
  // Proposed clauses that touch (nothing but punctuation or "and" between) make one span.
  let run: { from: number; to: number; matches: RuleMatch[]; kinds: Set<string> } | null = null
  const flush = () => {
    // Who said a quote is a claim for what it says of them, not for "said".
    const only = run?.kinds.size === 1 && run.kinds.has('attribution')
    if (run) out.push(suggestion(ctx, tokens, run.from, run.to, run.matches, only))
    run = null
  }
  for (const { unit, matches } of proposed) {
    const from = run?.to ?? 0
    const gap = run ? tokens.slice(from, unit.from) : []
    const touches =
      run !== null &&
      gap.every(
        (t, j) => isPunct(t) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || skipped.has(from + j),
      )
    if (run && touches) {
      run.to = unit.to
      run.matches.push(...matches)
      run.kinds.add(unit.kind)
    } else {
      flush()
      run = { from: unit.from, to: unit.to, matches: [...matches], kinds: new Set([unit.kind]) }
    }
  }
  flush()
}

/**
 * A statement joined to a claim in the same sentence goes with it ("Grain dust is highly
 * combustible, and explosions at elevators have killed hundreds of workers"; "Each cartridge
 * lasts six months, and the system fits under a standard sink"; "The maximum user weight is 300
 * pounds, and the monitor shows split times"): a main clause with its own subject and verb, or
 * a relative clause on what the claim names ("…, which delivers for many of the large online
 * shops"), set against a proposed clause with nothing but punctuation or a conjunction between,
 * and that no veto stops (not the writer's or reader's doings, advice, an instruction, a
 * condition, an opinion or a retort). It widens the suggestion it touches, never makes one of its
 * own: a sentence with no claim gets nothing.
 */
function companions(
  ctx: Context,
  tokens: readonly Token[],
  proposed: { unit: Unit; matches: RuleMatch[] }[],
  bare: readonly {
    unit: Unit
    own: readonly Token[]
    groupTokens: readonly Token[]
    voiced: boolean
  }[],
  weighed: readonly { unit: Unit; own: readonly Token[]; why: Veto | null; voiced: boolean }[],
  skipped: ReadonlySet<number>,
): void {
  if (proposed.length === 0) return
  const pool = [
    ...bare.map((b) => ({
      unit: b.unit,
      own: b.own,
      why: veto(ctx, b.own, b.groupTokens, b.unit, b.voiced, []),
    })),
    ...weighed.filter((w) => !proposed.some((p) => p.unit === w.unit)),
  ].filter(({ unit, own, why }) => why === null && statement(unit, own))
  let grew = true
  while (grew) {
    grew = false
    for (const c of pool) {
      if (proposed.some((p) => p.unit === c.unit)) continue
      const next = proposed.some((p) => {
        const [a, b] = p.unit.to <= c.unit.from ? [p.unit, c.unit] : [c.unit, p.unit]
        if (a.to > b.from) return false
        return tokens
          .slice(a.to, b.from)
          .every((t, j) => isPunct(t) || ['and', 'or'].includes(t.lower) || skipped.has(a.to + j))
      })
      if (!next) continue
      proposed.push({ unit: c.unit, matches: [] })
      grew = true
    }
  }
}

const COPULA_FORMS = new Set(['is', 'are', 'was', 'were', '’s', "'s", '’re', "'re"])
/** Words of taste that make a clause a judgement: "lovely", "worth every penny", "charming". */
const TASTE_WORDS = new Set(
  'lovely wonderful delightful charming beautiful stunning gorgeous delicious tasty friendly worth perfect fantastic brilliant superb amazing nice pleasant cosy cozy welcoming'.split(
    ' ',
  ),
)
/** Verbs of how a thing seems to someone: "looks", "feels", "sounds". */
const APPEARING = new Set(['look', 'feel', 'sound', 'seem', 'smell', 'taste', 'appear'])

/** Whether a clause states something: its own subject before a finite verb, or "which/who …". */
function statement(unit: Unit, own: readonly Token[]): boolean {
  // "…, but the switch feels cheap": a contrast is a judgement of the claim, not another one.
  const joiner = own.find((t) => !isPunct(t))
  if (joiner?.pos === 'CCONJ' && !['and', 'or'].includes(joiner.lower)) return false
  // "…, and the gulls followed us": the writer's own story.
  if (own.some((t) => t.pos === 'PRON' && ['me', 'us'].includes(t.lower))) return false
  const words = own.filter((t) => !isPunct(t) && t.pos !== 'CCONJ')
  const v = words.findIndex(isVerb)
  if (v < 0 || words.length < 3) return false
  const head = words[0]
  if (unit.kind === 'relative') return ['which', 'who', 'whose'].includes(head?.lower ?? '')
  if (unit.kind !== 'main') return false
  // "The rain had stopped, and …": a scene told in the past sets a story beside the claim; what
  // holds now is what goes with it ("…, and the system fits under a standard sink").
  const verb = words[v] as Token
  if (IRREGULAR_PAST.has(verb.lower) || /ed$/.test(verb.lower) || verb.lower === 'did') return false
  const subject = words.slice(0, v)
  // "it is lovely", "the staff are friendly", "they're not cheap": a bare judgement of a thing
  // ("is highly combustible" goes too); "it looks great", "visitors love it": how it seems, what
  // people like.
  const stem = verb.lower.replace(/s$/, '')
  // "…, and the views are worth every penny", "and it makes a lovely cup of tea", "and the owner
  // is a lovely man": a word of taste with no figure in what the clause says of its subject.
  const predicate = words.slice(v + 1)
  const taste =
    predicate.some((t) => TASTE_WORDS.has(t.lower)) && !predicate.some((t) => t.pos === 'NUM')
  const evaluation =
    (COPULA_FORMS.has(verb.lower) &&
      words.slice(v + 1).every((t) => ['ADJ', 'ADV', 'PART', 'DET'].includes(t.pos))) ||
    OPINION_VERBS.has(stem) ||
    APPEARING.has(stem) ||
    taste
  return (
    !evaluation &&
    subject.length > 0 &&
    subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') &&
    !subject.some((t) => /^(?:i|we|you|me|us|my|our|your)$/.test(t.lower))
  )
}

/** The suggestion for tokens [from, to) of a sentence, edges trimmed of punctuation. */
function suggestion(
  ctx: Context,
  tokens: readonly Token[],
  from: number,
  to: number,
  matches: readonly RuleMatch[],
  attribution = false,
): ClaimSuggestion {
  let a = from
  let b = to
  const edge = (t: Token) => isPunct(t) || (attribution && SPEECH_VERBS.has(t.lower))
  while (a < b && edge(tokens[a] as Token)) a++
  while (b > a && edge(tokens[b - 1] as Token)) {
    const t = tokens[b - 1] as Token
    // Keep a closing bracket whose opening one is inside ("The Voltwing Pro ($150)"), and the
    // full stop of a span that ends its sentence.
    if (t.text === ')' && tokens.slice(a, b - 1).some((x) => x.text === '(')) break
    if (/^[.!]$/.test(t.text) && b === tokens.length && !edge(tokens[b - 2] as Token)) break
    b--
  }
  const start = tokens[a]?.start ?? 0
  const end = tokens[b - 1]?.end ?? start
  const inside = matches
    .filter((m) => m.start >= start && m.end <= end)
    .sort(
      (x, y) => (RULE_ORDER.get(x.rule) ?? 0) - (RULE_ORDER.get(y.rule) ?? 0) || x.start - y.start,
    )
  const rules: RuleId[] = []
  const reasons: string[] = []
  const evidence: RuleEvidence[] = []
  for (const m of inside) {
    const dup = evidence.some((e) => e.rule === m.rule && e.start === m.start && e.end === m.end)
    if (dup) continue
    if (rules[rules.length - 1] !== m.rule) {
      rules.push(m.rule)
      reasons.push(reasonFor(m.rule, ctx.text.slice(m.start, m.end)))
    }
    evidence.push({
      rule: m.rule,
      start: m.start,
      end: m.end,
      text: ctx.body.slice(m.start, m.end),
    })
  }
  // Proposed by the model with no cue inside: a statement of fact, its verb the evidence.
  if (rules.length === 0 && end > start) {
    const verb = tokens.slice(a, b).find(isVerb)
    const at = verb ?? { start, end }
    rules.push('statement')
    reasons.push(reasonFor('statement', ctx.text.slice(at.start, at.end)))
    evidence.push({
      rule: 'statement',
      start: at.start,
      end: at.end,
      text: ctx.body.slice(at.start, at.end),
    })
  }
  return { start, end, text: ctx.body.slice(start, end), rules, reasons, evidence }
}

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'
/** A credit: "By Ana Ruiz", "Interview by Sam Okon", "By staff reporter", "from Fen Albright". */
const CREDIT =
  /^(?:[\p{L}&]+\s+){0,2}?(?:by|from)\s+[\p{L}'’.-]+(?:\s+(?:and\s+)?[\p{L}'’.-]+){0,4}$/iu
/** A dateline: "Published March 14, 2025", "3 February 2025", "Updated 9 Oct 2025", "9 min read". */
const DATELINE = new RegExp(
  `^(?:(?:published|updated|posted|first published)\\s+(?:on\\s+|at\\s+)?)?(?:\\d{1,2}\\s+(?:${MONTH_NAMES})\\.?\\s+\\d{4}|(?:${MONTH_NAMES})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d+\\s+min(?:ute)?s?\\s+read)$|^(?:published|updated|posted)\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s+\\p{L}+)?$`,
  'iu',
)
/**
 * The page's own dates and reading times on a line of their own, with no credit: "Published
 * Wednesday, 7:45 a.m.", "Updated 3 June", "Posted by @ana · Ana Ruiz · 6 min read".
 */
const PAGE_META =
  /^\s*(?:(?:first\s+|last\s+)?(?:published|updated|posted)\b(?!\s+(?:to|in|on)\s+the\b))|\b\d{1,2}\s*-?\s*min(?:ute)?s?\s+read\s*$/i
/** A section label: "Money Desk", "Home & Energy", "Cover Story" (capitalised words, no figure). */
const SECTION = /^(?:\p{Lu}[\p{L}'’-]*|&|and|of)(?:\s+(?:\p{Lu}[\p{L}'’-]*|&|and|of)){0,3}$/u
/** A short title before its credit: "The Sunday note for tired parents, from …". */
const TITLE = /^[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,6}$/u

/**
 * Whether a line is a credit line: who wrote it, for which desk, when — "Money Desk · By Ilse
 * Marwood · 3 February 2025", "By Dev Hart, Courier-Ledger / Published March 14, 2025", "By
 * staff reporter | Home & Energy | 9 October 2025". Every piece between separators (·, |,
 * a line break, a comma) is a credit, a date or a section name (or a short title right before
 * its credit), and one is a credit.
 */
export function isCreditLine(line: string): boolean {
  if (line.length > 240) return false
  const parts = line
    .split(/\s*(?:[·|•\n]|,(?!\s*\d{4}\b))\s*/)
    .map((x) => x.trim())
    .filter(Boolean)
  let credit = false
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    if (CREDIT.test(part)) credit = true
    else if (DATELINE.test(part) || SECTION.test(part)) continue
    else if (!(TITLE.test(part) && /^(?:by|from)\s/i.test(parts[i + 1] ?? ''))) return false
  }
  return credit
}

/** A word before a number that makes it a date or an ordinal, not a name's: a month, "No.". */
const MONTH_OR_NUMBER = new RegExp(`^(?:${MONTH_NAMES}|no|number|nos?\\.)$`, 'i')

/**
 * "Veldt Trim 600", "Route 9", "Torvik E90": a bare number that ends a name is part of the name
 * (a model, a road), not a figure. Not the sentence's opening word ("In 2022"), not a month.
 */
function modelNumber(text: string, m: RuleMatch, tokens: readonly Token[]): boolean {
  if (m.rule !== 'number' || !/^\d{1,5}$/.test(text.slice(m.start, m.end))) return false
  const k = tokens.findIndex((t) => t.start === m.start)
  const before = tokens[k - 1]
  if (k < 2 || !before || before.end !== m.start - 1 || text.charAt(before.end) !== ' ')
    return false
  if (!/^\p{Lu}/u.test(before.text) || MONTH_OR_NUMBER.test(before.text)) return false
  // "Trim 600 cut …", "600." but not "Veldt 600 watts": no unit or noun after the number.
  const after = tokens[k + 1]
  return !after || after.pos !== 'NOUN'
}

/** Whether a paragraph carries no claim at all. */
function skipped(p: DocParagraph, ctx: Context): boolean {
  // A paragraph of several sentences is boilerplate for the one that is ("… the conversation
  // has been edited for length"): the others are read one by one.
  const boilerplate = p.role === 'boilerplate' && p.sentences.length > 1
  if (SKIPPED_ROLES.has(p.role) && !boilerplate) {
    // A credit names someone after at most two words ("By …", "Road test by …"): "The trial
    // was funded by Orla Skin" is no byline, whatever the layer says.
    const credit = /^\s*(?:[\p{L}&]+\s+){0,2}?[Bb]y\s+\p{Lu}/u
    return p.role !== 'byline' || credit.test(ctx.text.slice(p.start, p.end))
  }
  const t = ctx.text.slice(p.start, p.end).trim()
  if (!/\p{L}/u.test(t)) return true
  // "Published Wednesday, 7:45 a.m.", "Posted by @ana · 6 min read": the page's own dates.
  if (PAGE_META.test(t) && t.split(/\s+/).length <= 16) return true
  if (isCreditLine(t.replace(/[ \t]+/g, ' '))) return true
  // A buy button: "Buy at …", "$165 at Peakmart".
  if (
    p.role === 'links' &&
    /^(?:[$€£]\s?[\d.,]+\s+at\s|(?:buy|shop|see|get|check|read|view)\b)/i.test(t)
  )
    return true
  return false
}

/**
 * The list items that are quantities to measure out, not statements: a run of three or more
 * list items, most of them a figure and a noun with no verb ("500 g strong white flour", "2
 * tins of tomatoes"), that a method follows (the next paragraph opens with an instruction:
 * "Stir everything …") or a lead-in announces ("You need:", "Ingredients"). A list of
 * specifications ("248 g", "10-hour battery") has neither and stays; so does an item with a verb.
 */
function quantityLists(doc: Doc): ReadonlySet<number> {
  const out = new Set<number>()
  // An item's core: what it names before a note on preparing it, after a comma ("1 red onion,
  // cut into wedges", "3 tablespoons olive oil, plus more to finish"), and without what brackets
  // add ("2 packets (about 500 g each) potato gnocchi").
  const core = (p: DocParagraph): Token[] => {
    const out: Token[] = []
    let depth = 0
    for (const t of p.sentences[0]?.tokens ?? []) {
      if (t.text === '(' || t.text === '[') depth++
      else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1)
      else if (depth === 0 && (t.text === ',' || t.text === ';')) break
      else if (depth === 0) out.push(t)
    }
    return out
  }
  // (A participle before a noun describes it: "300 g dried linguine", "smoked paprika".)
  const verbless = (p: DocParagraph) => {
    const c = core(p)
    const described = (t: Token, i: number) =>
      /(?:ed|en)$/.test(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(c[i + 1]?.pos ?? '')
    return (
      !c.some((t, i) => isVerb(t) && !described(t, i)) &&
      p.sentences.slice(1).every((s) => !s.tokens.some(isVerb))
    )
  }
  const wordsOf = (p: DocParagraph) => core(p).filter((t) => !isPunct(t))
  const short = (p: DocParagraph) => wordsOf(p).length <= 8
  const quantity = (p: DocParagraph) => verbless(p) && wordsOf(p)[0]?.pos === 'NUM' && short(p)
  const method = (p: DocParagraph | undefined) => {
    const tokens = p?.sentences[0]?.tokens
    const first = tokens?.find((t) => !isPunct(t))
    if (!tokens || !first || p?.setting.heading) return false
    return isInstruction(tokens) || (first.pos === 'VERB' && isBaseFormVerb(first.text))
  }
  // A recipe's lead-in: "Ingredients", "You'll need:", "To make the dough", "Serves four",
  // "Makes 12". Not "what makes it different" nor "what you need to know": a yield needs its count.
  const announced = (p: DocParagraph | undefined) =>
    !!p &&
    /\b(?:ingredients|you(?:['’]ll| will)? need\b(?!\s+to\s+know)|to make|(?:makes|serves)\s+(?:about\s+|around\s+|up\s+to\s+)?(?:\d|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b)/i.test(
      p.text,
    )
  let run: DocParagraph[] = []
  const flush = (next: DocParagraph | undefined) => {
    const n = run.filter(quantity).length
    const before = doc.paragraphs[(run[0]?.index ?? 0) - 1]
    const recipe = method(next) || announced(before)
    // Under an "Ingredients" lead-in, measures without a figure ("a handful of thyme", "salt and
    // pepper") are ingredients too: a list of short verbless items counts as a whole.
    const measures = announced(before) && run.every((p) => verbless(p) && short(p))
    if (n >= 3 && (n * 2 > run.length || measures) && recipe)
      for (const p of run) if (verbless(p)) out.add(p.index)
    run = []
  }
  for (const p of doc.paragraphs) {
    if (p.setting.listItem) run.push(p)
    else if (run.length > 0) flush(p)
  }
  if (run.length > 0) flush(undefined)
  return out
}

/**
 * Proposes spans of a Markdown text that a fact-checker should check, each with the rules that
 * fired and a one-line reason per rule. Offline and deterministic; built on the language layer
 * (paragraph roles, sentences, parts of speech, names).
 *
 * A span is a clause, or clauses that touch, around the fact: not the attribution of a quote,
 * not a label before a colon. Never proposed: bylines, captions, boilerplate, buy buttons, the
 * interviewer's questions, questions, disclosure statements (legal reviews those), the
 * writer's own bio, instructions, conditions, and the writer's own "I"/"we" narration (a
 * quoted source's or an interviewee's first person is their claim, and is proposed). Headings
 * and verbless lines are proposed only when they carry a figure. A clause needs a strong cue:
 * weak ones (absolute words, rankings of taste, durations) alone are ordinary prose.
 */
export function spotClaims(text: string, options: SpotOptions = {}): ClaimSuggestion[] {
  const doc = readDocument(text)
  const ctx = contextOf(doc, options)
  const out: ClaimSuggestion[] = []
  const quantities = quantityLists(doc)
  const marked = markedSpans(doc)
  for (const p of doc.paragraphs) {
    if (skipped(p, ctx) || quantities.has(p.index)) continue
    const quotes = marked.get(p.index) ?? []
    // The writer's bio line ("Ana Ruiz is our beauty editor.") is the publication's; what it
    // goes on to say ("She has run 23 marathons.", "The institute is funded by …") is checked.
    const first = p.sentences[0]?.tokens.find((t) => !isPunct(t))
    const bio = first !== undefined && ctx.writerMentions.has(first.start)
    for (const [k, s] of p.sentences.entries()) {
      if (bio && k === 0) continue
      if (p.role === 'boilerplate' && BOILERPLATE.test(ctx.text.slice(s.start, s.end))) continue
      spotSentence(ctx, p, s, quotes, out, k === 0 ? labelled(doc, p, s) : 0)
    }
  }
  return out.filter((s) => s.rules.length > 0 && s.end > s.start)
}
