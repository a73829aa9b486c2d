import { SPEECH_VERBS } from '../language/lexicon'
import type { Token } from '../language/nlp'
import { reportedFrom } from './cues'
import type { ParagraphRole } from '../language/structure'
import type { UnitKind } from './clauses'
import { RULE_IDS, type RuleId, type RuleMatch } from './rules'

/**
 * Generic features of a candidate clause for the check-worthiness model (model.ts): what kind of
 * words it holds (parts of speech, wink's numeric entity types, names and their kinds), how its
 * verb is built (copula, modal, negation, tense, comparison), who speaks (first or second
 * person, inside a quote, a Q&A answer), where it stands (paragraph role, clause kind) and what
 * the hand-written cues and weighing said of it (each rule's strong and weak matches, the
 * veto, the rules' own decision) — as inputs the model weighs, not as decisions. No topic words:
 * a bag of content words would learn the training articles, not how claims are made.
 */

/** Why the hand-written rules would not propose a clause (spotter.ts `veto`). */
export const VETOES = [
  'condition',
  'instruction',
  'advice',
  'retort',
  'opinion',
  'writer',
  'personal',
] as const
export type Veto = (typeof VETOES)[number]

const KINDS: readonly UnitKind[] = ['main', 'relative', 'apposition', 'aside', 'attribution']
const ROLES: readonly ParagraphRole[] = ['headline', 'standfirst', 'heading', 'links', 'answer']
const POS = ['NUM', 'PROPN', 'NOUN', 'VERB', 'AUX', 'ADJ', 'ADV', 'PRON', 'DET', 'ADP'] as const
const ENTITIES = ['DATE', 'MONEY', 'PERCENT', 'CARDINAL', 'DURATION', 'TIME', 'ORDINAL'] as const
const NAME_KINDS = ['person', 'organisation', 'product', 'place'] as const
export type NameKind = (typeof NAME_KINDS)[number] | 'unknown'

/** The names of the features, in the order `candidateFeatures` gives their values. */
const CUE_RULES = RULE_IDS.filter((r) => r !== 'statement')

export const FEATURES: readonly string[] = [
  ...CUE_RULES.map((r) => `strong:${r}`),
  ...CUE_RULES.map((r) => `weak:${r}`),
  'cues:strong-count',
  'rules:propose',
  'rules:enough',
  ...VETOES.map((v) => `veto:${v}`),
  ...KINDS.map((k) => `clause:${k}`),
  'clause:continues',
  ...ROLES.map((r) => `role:${r}`),
  'para:list-item',
  'para:blockquote',
  'para:first-sentence',
  'para:lead',
  'voice:quoted',
  'voice:answer',
  'subject:first-person',
  'subject:second-person',
  'subject:third-pronoun',
  'subject:name',
  'subject:determiner',
  'subject:bare-noun',
  'generic-present',
  'sentence:strong-elsewhere',
  'speech-verb',
  'reported',
  'sentence:units',
  ...POS.map((p) => `pos:${p}`),
  ...ENTITIES.map((e) => `entity:${e}`),
  ...NAME_KINDS.map((k) => `name:${k}`),
  'name:unknown',
  'digit',
  'digit:unit',
  'verb:none',
  'verb:copula',
  'verb:modal',
  'verb:will',
  'verb:past',
  'verb:present-s',
  'verb:base-first',
  'verb:passive',
  'negation',
  'comparative',
  'superlative',
  'than',
  'length:log',
  'length:short',
  'exclamation',
  'bias',
]

/** What the spotter knows about one candidate clause. */
export interface CandidateInput {
  readonly tokens: readonly Token[]
  /** Matches after weighing (spotter.ts), strong and weak. */
  readonly matches: readonly RuleMatch[]
  readonly kind: UnitKind
  readonly continues: boolean
  readonly role: ParagraphRole
  readonly listItem: boolean
  readonly blockquote: boolean
  /** The clause is in the paragraph's first sentence. */
  readonly firstSentence: boolean
  /** The paragraph is among the piece's first three. */
  readonly lead: boolean
  /** Most of the clause is inside quotation marks. */
  readonly quoted: boolean
  readonly veto: Veto | null
  /** The strong cues are enough for the hand rules (spotter.ts `enough`). */
  readonly enough: boolean
  /** Kinds of the names mentioned in the clause. */
  readonly names: readonly NameKind[]
  /** Another clause of the same sentence has a strong cue. */
  readonly strongElsewhere: boolean
  /** How many clauses the sentence has. */
  readonly units: number
}

const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  '’ll',
  "'ll",
  'wo',
  'ca',
])
const COPULAS = new Set(['is', 'are', 'was', 'were', '’s', "'s", 'be', 'been', 'being', 'remains'])
const NEGATIONS = new Set(['not', 'n’t', "n't", 'no', 'never', 'none', 'nobody', 'nothing'])
const FIRST = new Set(['i', 'we', 'my', 'our', 'me', 'us'])
const SECOND = new Set(['you', 'your'])
const THIRD = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those'])
const PAST_IRREGULAR = new Set(
  'was were had did went came fell rose ran took gave began broke drove flew grew kept left lost made met paid sold sent stood struck told won wrote saw found brought bought caught led spent became'.split(
    ' ',
  ),
)
const UNIT_WORDS =
  /^(?:%|mg|g|kg|mcg|ml|l|km|m|cm|mm|mph|kwh|w|v|hours?|minutes?|days?|weeks?|months?|years?|litres?|liters?|grams?|miles?|metres?|meters?|degrees?|calories|kcal|percent|per|pounds?|dollars?|euros?|million|billion|bn|m)$/

const INDEX = new Map(FEATURES.map((f, i) => [f, i]))
const at = (name: string): number => INDEX.get(name) ?? -1

/** The feature values of a candidate clause, in the order of FEATURES. */
export function candidateFeatures(c: CandidateInput): Float64Array {
  const x = new Float64Array(FEATURES.length)
  const set = (name: string, v = 1) => {
    const i = at(name)
    if (i >= 0) x[i] = v
  }
  let strong = 0
  for (const m of c.matches) {
    if (m.strength === 'strong') strong++
    set(`${m.strength}:${m.rule satisfies RuleId}`)
  }
  set('cues:strong-count', Math.min(strong, 4) / 4)
  set('rules:propose', c.enough && c.veto === null ? 1 : 0)
  set('rules:enough', c.enough ? 1 : 0)
  if (c.veto) set(`veto:${c.veto}`)
  set(`clause:${c.kind}`)
  set('clause:continues', c.continues ? 1 : 0)
  set(`role:${c.role}`)
  set('para:list-item', c.listItem ? 1 : 0)
  set('para:blockquote', c.blockquote ? 1 : 0)
  set('para:first-sentence', c.firstSentence ? 1 : 0)
  set('para:lead', c.lead ? 1 : 0)
  set('voice:quoted', c.quoted ? 1 : 0)
  set('voice:answer', c.role === 'answer' ? 1 : 0)
  for (const k of c.names) set(`name:${k}`)

  const words = c.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && /\w/.test(t.text))
  const n = Math.max(1, words.length)
  const counts = new Map<string, number>()
  for (const t of words) counts.set(t.pos, (counts.get(t.pos) ?? 0) + 1)
  for (const p of POS) set(`pos:${p}`, Math.min(1, (3 * (counts.get(p) ?? 0)) / n))
  for (const t of c.tokens) if (t.entity) set(`entity:${t.entity}`)

  // The subject: the words before the first verb.
  const v = words.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  const head = v < 0 ? words : words.slice(0, v)
  if (head.some((t) => FIRST.has(t.lower))) set('subject:first-person')
  if (head.some((t) => SECOND.has(t.lower))) set('subject:second-person')
  if (head.some((t) => t.pos === 'PRON' && THIRD.has(t.lower))) set('subject:third-pronoun')
  if (head.some((t) => t.pos === 'PROPN')) set('subject:name')
  if (head[0]?.pos === 'DET') set('subject:determiner')
  // "Bad breath in a dog is almost always …", "Chews work mainly by …": a bare noun as the
  // subject of a present-tense verb states how a kind of thing is.
  const bare = ['NOUN', 'ADJ'].includes(head[0]?.pos ?? '') && head.some((t) => t.pos === 'NOUN')
  if (bare) set('subject:bare-noun')
  const verb = words[v]
  const present =
    !!verb &&
    (['is', 'are', 'has', 'have', 'does', 'do', 'can'].includes(verb.lower) ||
      (verb.pos === 'VERB' && !/(?:ed|ing)$/.test(verb.lower) && !PAST_IRREGULAR.has(verb.lower)))
  if (present && (bare || head.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')))
    set('generic-present')
  set('sentence:strong-elsewhere', c.strongElsewhere ? 1 : 0)
  if (words.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && SPEECH_VERBS.has(t.lower)))
    set('speech-verb')
  if (reportedFrom(c.tokens) >= 0) set('reported')
  set('sentence:units', Math.min(1, (c.units - 1) / 4))

  let digit = false
  let unit = false
  let than = false
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token
    if (/\d/.test(t.text)) {
      digit = true
      if (UNIT_WORDS.test(words[i + 1]?.lower ?? '') || /[%$£€]/.test(t.text)) unit = true
    }
    if (t.lower === 'than') than = true
    if (NEGATIONS.has(t.lower)) set('negation')
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      if (MODALS.has(t.lower)) set('verb:modal')
      if (t.lower === 'will' || t.lower === '’ll' || t.lower === "'ll") set('verb:will')
      if (
        COPULAS.has(t.lower) &&
        ['ADJ', 'DET', 'NOUN', 'NUM', 'ADV'].includes(words[i + 1]?.pos ?? '')
      )
        set('verb:copula')
      if (PAST_IRREGULAR.has(t.lower) || (t.pos === 'VERB' && /ed$/.test(t.lower))) set('verb:past')
      if (t.pos === 'VERB' && /[^s]s$/.test(t.lower)) set('verb:present-s')
      if (
        COPULAS.has(t.lower) &&
        words[i + 1]?.pos === 'VERB' &&
        /(?:ed|en)$/.test(words[i + 1]?.lower ?? '')
      )
        set('verb:passive')
    }
    if (t.pos === 'ADJ' || t.pos === 'ADV') {
      if (/est$/.test(t.lower) || t.lower === 'most' || t.lower === 'least' || t.lower === 'best')
        set('superlative')
      if (/er$/.test(t.lower) || t.lower === 'more' || t.lower === 'less' || t.lower === 'better')
        set('comparative')
    }
  }
  set('digit', digit ? 1 : 0)
  set('digit:unit', unit ? 1 : 0)
  set('than', than ? 1 : 0)
  set('verb:none', v < 0 ? 1 : 0)
  if (words[0]?.pos === 'VERB' && !/(?:s|ed|ing)$/.test(words[0].lower)) set('verb:base-first')
  set('length:log', Math.min(1, Math.log(1 + words.length) / Math.log(40)))
  set('length:short', words.length <= 4 ? 1 : 0)
  if (c.tokens.some((t) => t.text === '!')) set('exclamation')
  set('bias')
  return x
}
