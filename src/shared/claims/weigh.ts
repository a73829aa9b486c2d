import { experienceRankings } from './endorse'
import type { Token } from '../language/nlp'
import type { Unit } from './clauses'
import { bodyDenies, numberKind, tokenAt } from './cues'
import type { RuleId, RuleMatch } from './rules'

/** A superlative measured against someone's own experience: "the best … I have eaten". */
const PERSONAL_SCOPE =
  /^\s*(?:\S+\s+){1,4}?(?:I|I[’']\p{L}+|my|me|you|your|you[’']\p{L}+|she|she[’']\p{L}+|he|he[’']\p{L}+|her|his)\b/u
/**
 * A reviewer's test as the scope: "the only mower I tested that …", "the lightest I've reviewed"
 * (as "we tested"), not a memory ("the best I have had").
 */
const TEST_SCOPE =
  /^\s*(?:\S+\s+){1,4}?I(?:[’']ve|\s+have)?\s+(?:tested|reviewed|trialled|trialed|measured)\b/u
/** Superlatives of taste rather than measure: "the most useful number", "the most elegant". */
const EVALUATIVE =
  /\b(?:most|least)\s+(?:important|useful|interesting|beautiful|exciting|elegant|impressive|enjoyable|fun|memorable|pleasant|delicious|satisfying|underrated|overrated|annoying|frustrating|charming|stylish)\b/i
/**
 * A comparison with a clause or an idiom, not a thing: "than it should be", "than people think",
 * "than this", "than the old boiler ever was", "more harm than good".
 */
const RHETORICAL_THAN =
  /^\s*(?:(?:this|that)\b(?!\s+\p{L}+\s+(?:is|was|has))|(?:it|we|I|you|he|she|they|people|most people|anyone)\s+(?:[\p{L}’']+\s+)?(?:is|was|are|were|has|have|had|should|would|could|can|think|thought|showed|did|does|do|ever|expect|admit|reali[sz]e|know|imagine|assume|say|suggest|believe|give)\b|(?:good|not|ever|nothing|happy|later|usual)\b|(?:\S+\s+){0,3}?ever\s+(?:was|were|been|is)\b)/u
const IDIOMATIC_THAN = /\b(?:any|no)\s+more\s+than$/i
/**
 * A comparison whose standard is the speaker or their people: "better than me", "than us",
 * "more times than my mother", or whose judge is: "more convincing to me than". Nobody can check
 * a ranking against someone's life; "than most banks", "than the old model", "than my old
 * machine" (a thing) or "than any crew I've coached" can be.
 */
const PERSONAL_THAN =
  /^\s*(?:me|us|myself|my\s+(?:mother|father|mum|mom|dad|wife|husband|partner|son|daughter|brother|sister|friends?|kids|children|parents|grandmother|grandfather|boss)\b)/iu
/** What might have been: "would have been", "could've been", "might have been". */
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?:\s+have|[’']ve)\s+been\b/i
const PERSONAL_JUDGE = /\b(?:to|for)\s+(?:me|us)\s+than$/i
/**
 * What someone means to do or expected, said of a person ("she planned to keep it", "he
 * expected other schools to follow", "had no plans to move back"), with no date or figure that
 * makes it a promise on the record: an intention, not a forecast. A body's plan ("The council
 * plans to close …") and one with its date ("she plans to stand again in 2027") stay strong.
 */
const INTENTION = /^(?:expects|expected|plans|planned|intends|intended|hopes|hoped)\s+to$/i
const PERSONAL_PRONOUNS = new Set(['i', 'he', 'she', 'you'])

/** Words that judge evidence rather than describe it: "encouraging", "promising". */
const JUDGEMENTS = new Set([
  'encouraging',
  'promising',
  'convincing',
  'compelling',
  'reassuring',
  'exciting',
  'interesting',
  'impressive',
  'intriguing',
  'good',
  'great',
  'solid',
  'positive',
  'disappointing',
  'underwhelming',
  'worrying',
])
const EVIDENCE_IS =
  /\b(?:studies|trials|data|results|findings|evidence)\s+(?:are|is|was|were|have|has)$/i
/**
 * Evidence judged, not described: "the findings were encouraging", "Those studies are
 * reasonably good", "the results have been promising". What the evidence is ("the studies are
 * small", "the data were collected by …") stays a claim.
 */
export function evidenceJudged(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  if (m.rule !== 'evidence' || !EVIDENCE_IS.test(text.slice(m.start, m.end))) return false
  let k = tokenAt(tokens, m.end - 1) + 1
  if (k <= 0) return false
  while (tokens[k] && (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'been')) k++
  const word = tokens[k]
  return !!word && JUDGEMENTS.has(word.lower)
}
export function personalIntention(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  if (m.rule !== 'forecast' || !INTENTION.test(text.slice(m.start, m.end))) return false
  const k = tokenAt(tokens, m.start)
  if (k < 0) return false
  const after = tokens.slice(k + 1)
  if (after.some((t) => t.pos === 'NUM' || /\d/.test(t.text) || t.entity === 'DATE')) return false
  // "no plans to": a plan denied promises nothing.
  // (A body's "has no plans to" is on the record: "The council has no plans to close it".)
  if (tokens[k - 1]?.lower === 'no') return !bodyDenies(tokens, k - 1)
  let s = k - 1
  while (tokens[s]?.pos === 'AUX' || tokens[s]?.pos === 'ADV') s--
  const subject = tokens[s]
  return !!subject && subject.pos === 'PRON' && PERSONAL_PRONOUNS.has(subject.lower)
}
/**
 * Words that name a state of mind, which only a person (or a body speaking as one) is in:
 * "worried", "convinced", "upbeat". Not words a thing can be too ("comfortable", "safe").
 */
const STATES_OF_MIND = new Set(
  'worried convinced persuaded enthusiastic bothered upbeat optimistic pessimistic sceptical skeptical confident happy unhappy glad pleased keen eager excited nervous anxious relieved surprised disappointed frustrated angry annoyed concerned sure certain unsure hopeful impressed tempted afraid scared thrilled delighted proud satisfied upset embarrassed cautious wary fond mixed divided'.split(
    ' ',
  ),
)
/** "No" before a word for a view or a wish, not a thing: "no objection", "no doubt", "no harm". */
const NO_VIEW =
  /^no\s+(?:doubts?|idea|objections?|regrets?|desire|harm|wish|illusions?|patience|appetite)$/i
/**
 * A comparison or a denial of how someone feels, not of what a thing is: "Quarshie was not
 * convinced", "The bakers do not seem bothered", "she had not been persuaded", "is more upbeat
 * than most advisers", "were less worried about scale than about their pipes", "Readers were more
 * mixed than the experts". Someone's view is opinion; a figure in the clause is still a claim
 * ("were 40% less anxious"), and so is a thing's property ("the most comfortable seat", "It is
 * not certified"). The word of feeling is in the match or just after it, as the predicate (not
 * before a noun: "the most nervous system" is no feeling).
 */
export function stateOfMind(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  if (m.rule !== 'comparison' && m.rule !== 'negation') return false
  // "She has no objection to …", "there's no harm in trying", "I have no doubt": a view denied.
  // ("No harm" only as a view, "there's no harm" or "sees no harm": "does no harm to bees" is a
  // finding.)
  if (m.rule === 'negation' && NO_VIEW.test(text.slice(m.start, m.end))) {
    if (!/harm$/i.test(text.slice(m.start, m.end))) return true
    return /\b(?:there(?:[’']s|\s+is|\s+was)|sees?|saw)\s*$/i.test(text.slice(0, m.start))
  }
  const from = tokenAt(tokens, m.start)
  const to = tokenAt(tokens, m.end - 1)
  if (from < 0 || to < 0) return false
  for (let k = from; k < tokens.length && k <= to + 3; k++) {
    const t = tokens[k]
    if (!t) break
    if (STATES_OF_MIND.has(t.lower)) {
      const next = tokens[k + 1]
      return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')
    }
    // Past the match, only the verb's own words: "do not seem bothered", "had not been persuaded".
    if (k > to && !['VERB', 'AUX', 'ADV', 'PART'].includes(t.pos)) break
  }
  return false
}
/**
 * A comparison with what someone says or expects rather than with a thing: "matters more than
 * the label suggests", "than most people realise". After "than", a short subject and a verb
 * of saying or thinking.
 */
function thanClause(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  const at = text.slice(m.start, m.end + 8).search(/\bthan\b/i)
  if (at < 0) return false
  const k = tokenAt(tokens, m.start + at)
  if (k < 0) return false
  const rest = tokens.slice(k + 1, k + 6)
  const v = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return (
    v > 0 &&
    !rest.slice(0, v).some((t) => t.pos === 'PUNCT' || t.pos === 'NUM') &&
    SAY_THINK.test(rest[v]?.lower ?? '')
  )
}
const SAY_THINK =
  /^(?:suggests?|suggested|says?|said|claims?|claimed|implies|implied|thinks?|thought|believes?|believed|expects?|expected|reali[sz]es?|imagines?|assumes?|admits?|promises?|promised|advertises?|would)$/

/** Past forms that do not end in "-ed". */
export const IRREGULAR_PAST = new Set(
  'was were had went came fell rose ran took gave began broke drove flew grew hit kept left lost made met paid put sold sent set shut stood struck told won wrote saw found brought bought caught led spent'.split(
    ' ',
  ),
)

/** Whether a clause reports something that happened, with a subject that is not "I", "we" or "you". */
function pastEvent(tokens: readonly Token[]): boolean {
  const v = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  const verb = tokens[v]
  if (!verb) return false
  const subject = tokens.slice(0, v)
  if (subject.some((t) => t.pos === 'PRON' && ['i', 'we', 'you', 'my', 'our'].includes(t.lower)))
    return false
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false
  return IRREGULAR_PAST.has(verb.lower) || (verb.pos === 'VERB' && /ed$/.test(verb.lower))
}

const COUNT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'
/** A counted span of years: "three years", "two decades", "11 years". */
const YEARS_SPAN = new RegExp(`^(?:\\d+|${COUNT_WORDS})[\\s-]+(?:years?|decades?)$`, 'i')
/** An age as a milestone: "since she was eight", "by the age of eight". */
const AGE_MARK = /^(?:since|until|till|when|by|at|from)\s/i
/** A counted span of time: "ten hours", "four days". */
const TIME_COUNT = new RegExp(
  `^(?:\\d+(?:\\.\\d+)?|${COUNT_WORDS})[\\s-]+(?:minutes?|hours?|days?|nights?|weeks?|months?)$`,
  'i',
)
/** What a rate is counted per: "a night", "per week", "each day". */
const PER_PERIOD =
  /^\s+(?:a|an|per|each|every)\s+(?:night|day|week|month|year|shift|session|season)\b/i
const FIRST_SECOND = new Set(['i', 'we', 'you', 'my', 'our', 'your', 'me', 'us'])
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'should', 'if'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', '’s', "'s"])

/**
 * A span or a milestone in someone else's life on the record, or a rate. "Three years ago she
 * opened a school", "who took up sculling three years ago" (a counted span of years before
 * "ago", with a verb); "did not learn to swim until she was nineteen", "has paddled these
 * channels since she was eight", "was hitting against adults by the age of eight" (an age as a
 * milestone); "Elite athletes sleep nine or ten hours a night", "works from home four days a
 * week" (a counted span per period is a measured rate). Not the writer's, the reader's or the
 * speaker's own ("Four years ago I went …", "since I was eight", "I sleep eight hours a
 * night"), and not a story's span in the past ("She sang for two years in a choir"), which stays
 * weak.
 */
function lifeSpan(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  const own = text.slice(m.start, m.end)
  const after = text.slice(m.end, m.end + 24)
  const ago = YEARS_SPAN.test(own) && /^\s+ago\b/i.test(after)
  const age = AGE_MARK.test(own)
  const rate = TIME_COUNT.test(own) && PER_PERIOD.test(after)
  if (!ago && !age && !rate) return false
  if (tokens.some((t) => FIRST_SECOND.has(t.lower) && t.pos === 'PRON')) return false
  // What might be ("Nobody would do that fifty-two weeks a year") is no rate on the record.
  if (tokens.some((t) => HYPOTHETICAL.has(t.lower))) return false
  // "That was nine years ago": a copula dates nothing; an event needs its verb ("had money
  // for this two years ago" has one).
  if (ago) return tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !BE.has(t.lower))
  return rate || tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
}

/** Rules whose words can quantify a subject: "most brands", "every carrier on this list". */
const QUANTIFIED_SUBJECT: ReadonlySet<RuleId> = new Set(['generalisation', 'absolute'])
/** A quantifier and a noun that is no time ("every spring" sets a scene). */
const QUANTIFIED =
  /^(?:most|many|some|a lot|none|all|every|no)\b(?:\s+of)?(?:\s+(?:the|our|their|its|these|those|my|his|her))?\s+(?!(?:time|times|day|days|week|weeks|month|months|year|years|spring|summer|autumn|fall|winter|morning|mornings|night|nights|evening|evenings|weekend|weekends|now|else|this|that|right)\b)[\p{L}-]+/iu
/** Copulas: a verb's base form right after one is an adjective ("is blunt"). */
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  '’s',
  "'s",
  'seems',
  'looks',
  'feels',
  'remains',
  'stays',
])
/** A copula in the present: what a thing is now, not what an afternoon was. */
const PRESENT_COPULAS = new Set(['is', 'are', '’s', "'s", 'remains', 'remain', 'becomes', 'become'])
const PAST_COPULAS = new Set(['was', 'were', 'became', 'remained', 'been'])
/** Words between a copula and a superlative: "is also the", "is by far the", "is now one of the". */
const BRIDGE = new Set([
  'also',
  'still',
  'simply',
  'now',
  'easily',
  'arguably',
  'probably',
  'by',
  'far',
  'the',
  'single',
  'very',
  'one',
  'of',
  'quite',
  'just',
  'currently',
  'already',
])
/** A superlative proper: "best", "most expensive", "toughest" (not "first", "only", "-er than"). */
const SUPERLATIVE = /\b(?:best|worst|most|least|\p{L}{3,}est)\b/iu
/** A ranking measured against the speaker's own experience. */
const MY_SCOPE =
  /^\s*(?:\S+\s+){1,5}?(?:I|I[’']\p{L}+|my|me|we|we[’']\p{L}+|our|she|she[’']\p{L}+|he|he[’']\p{L}+|her|his)\b/u
/** A ranking within someone's own set: "… car Halvard has made", "… clock your body has". */
const OWN_SET =
  /^\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:your|his|her|their|its|our|my|the)\s+)?[\p{L}-]+\s+(?:has|have|had|[’']s|[’']ve)\b/u
/** Subjects that make a ranking a retort or a reaction: "That is the best bit". */
const DEICTIC = new Set(['that', 'this', 'i', 'we', 'you'])

/**
 * A superlative as what a thing is: "The Kestrel 4 is the best all-rounder", "It is also the
 * most expensive", "Harbourline, one of the largest platforms". Present tense ranks something
 * as it stands, which can be checked; in the past ("It was the best afternoon") it is a
 * memory unless it names what it ranks against ("was the largest merger in 2019").
 */
function predicateSuperlative(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  const own = text.slice(m.start, m.end)
  if (!SUPERLATIVE.test(own) || /\bthan$/i.test(own)) return false
  // "the closest thing to a third arm": an idiom, not a ranking.
  if (
    /^\s*(?:thing|things)\b/i.test(text.slice(m.end, m.end + 8)) &&
    /(?:closest|nearest)$/i.test(own)
  )
    return false
  // Ranked against one's own experience: "the best I have had", "the first pack I've owned",
  // or within someone's own set: "the best car Halvard has made", "the loudest clock your
  // body has".
  if (MY_SCOPE.test(text.slice(m.start, m.start + 60))) return false
  if (OWN_SET.test(text.slice(m.end, m.end + 60))) return false
  let k = tokenAt(tokens, m.start)
  if (k < 0) return false
  // "one of the largest UK platforms" as an apposition or a subject complement.
  const oneOf = tokens[k - 3]?.lower === 'one' && tokens[k - 2]?.lower === 'of'
  while (k > 0 && BRIDGE.has(tokens[k - 1]?.lower ?? '')) k--
  const copula = tokens[k - 1]
  if (oneOf && (!copula || copula.text === ',' || copula.text === '—')) return true
  if (!copula || copula.pos !== 'AUX') return false
  const subject = tokens.slice(0, k - 1).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ')
  if (subject.length === 0) return false
  const scoped =
    /^\s*(?:[\p{L}-]+\s+){0,3}?(?:of the|in|on|among|here|ever|we(?:[’']ve)? (?:have )?(?:tested|reviewed|tried))\b/u.test(
      text.slice(m.end, m.end + 60),
    )
  if (PRESENT_COPULAS.has(copula.lower)) {
    const lone = subject.length === 1 && DEICTIC.has(subject[0]?.lower ?? '')
    return !lone || scoped
  }
  return PAST_COPULAS.has(copula.lower) && scoped && subject[0]?.pos !== 'PRON'
}

/**
 * A superlative with the field it ranks in: "the finest sea views on the west coast", "the
 * busiest port in Norland", "the cheapest of the four". The field makes it checkable.
 */
function scopedSuperlative(text: string, m: RuleMatch): boolean {
  const own = text.slice(m.start, m.end)
  const after = text.slice(m.end, m.end + 60)
  // "the best rice in every round of our test": the field is every trial of a test.
  if (
    (/^(?:the|its|their|our)\s/i.test(own) ||
      /\b(?:the|its|their|our)\s+$/i.test(text.slice(Math.max(0, m.start - 7), m.start) + ' ')) &&
    SUPERLATIVE.test(own) &&
    /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|across)\s+(?:every|each|all)\s+(?:\p{L}+\s+){0,2}?(?:of\s+)?(?:our|the)\s+tests?\b/u.test(
      after,
    )
  )
    return true
  if (!SUPERLATIVE.test(own)) return false
  // A stretch of a place as the field: "the best place to stay on this stretch of coast", "the
  // finest small hotel anywhere on this stretch of coast" (the match may be the bare word).
  if (
    (/^(?:the|its|their|our)\s/i.test(own) ||
      /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) &&
    /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|on|along)\s+(?:this|that)\s+(?:stretch|part|side|length)\s+of\s+(?:the\s+)?(?:coast|shore|river|valley|island|islands|county|country|city|town|line|road|route|lake|coastline)\b/iu.test(
      after,
    )
  )
    return true
  if (!/^(?:the|its|their|our)\s/i.test(own)) return false
  return /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:in|on|of|among|across)\s+(?:the\s+)?(?:\p{Lu}|(?:[\p{L}-]+\s+)?(?:country|world|region|city|county|state|market|range|coast|island|valley|four|three|five|six|group|bunch|lot|test)\b)|of\s+(?:the|all|any)\s)/u.test(
    after,
  )
}

/** Subjects that are people, whose "every time" is a habit. */
const PERSON_WORDS =
  /^(?:people|person|man|woman|men|women|child|children|kids?|baby|babies|mum|dad|mother|father|friends?|family|husband|wife|son|daughter|guests?|customers?|readers?|viewers?|users?|owners?|parents?|\p{L}+(?:er|or|ist|ian)s?)$/u

/** Everyday trades among the credential words: strong only where someone is presented with one. */
const EVERYDAY_TRADES =
  /^(?:teachers?|headteachers?|surveyors?|consultants?|sommeliers?|conservators?|restorers?|directors?|architects?|lawyers?|solicitors?|barristers?|accountants?|auditors?|librarians?|archivists?|curators?|electricians?|plumbers?|pilots?|firefighters?)$/i

/** Adverbs of how often: "always", "never", "usually", "almost always". */
const FREQUENCY = /^(?:(?:almost|nearly)\s+)?(?:always|never|usually|generally|normally)$/i

/**
 * Whether the tokens before an adverb are a plain noun phrase naming a kind, then at most a
 * copula or an adverb: "Bad breath in a dog is almost", "A commercial cluster", "Wool". Not a
 * pronoun, a name alone, "the"/"this" (a thing in the story) or a clause.
 */
function kindSubject(before: readonly Token[]): boolean {
  const words = before.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ')
  let n = words.length
  while (n > 0 && ['ADV', 'AUX'].includes(words[n - 1]?.pos ?? '')) n--
  const np = words.slice(0, n)
  const head = np[0]
  if (!head || np.length > 6 || !np.some((t) => t.pos === 'NOUN')) return false
  // A capitalised first word wink calls a name before a common noun or a preposition ("Bad
  // breath", "Rust on …"),
  // …or a participle as its adjective: "Cracked enamel", "Frozen peas".
  const capitalised =
    (head.pos === 'PROPN' && ['NOUN', 'ADP'].includes(np[1]?.pos ?? '')) ||
    (head.pos === 'VERB' && /(?:ed|en)$/.test(head.lower) && np[1]?.pos === 'NOUN')
  if (
    head.pos === 'DET'
      ? !['a', 'an'].includes(head.lower)
      : !['ADJ', 'NOUN'].includes(head.pos) && !capitalised
  )
    return false
  if (capitalised) np.shift()
  return np.every((t) => ['ADJ', 'NOUN', 'ADP', 'DET'].includes(t.pos))
}

/** The first token after a fronted phrase ("By the age of three, …"), or -1. */
function afterFronted(tokens: readonly Token[]): number {
  const lead = tokens.find((t) => t.pos !== 'PUNCT')
  if (!lead || lead.pos !== 'ADP') return -1
  const comma = tokens.findIndex((t, k) => k < 8 && t.text === ',')
  if (comma < 0) return -1
  return tokens.slice(comma + 1).find((t) => t.pos !== 'PUNCT')?.start ?? -1
}

/** Words that make the next word a noun: "the increase", "its repair", "any damage". */
const NOUN_MAKERS = new Set(
  'the a an this that these those its their his her our my your any no every each such'.split(' '),
)

/**
 * Matches that are no cue where they stand (dropped, not weakened, so a reported statement
 * cannot make them strong again):
 * - a cause's verb used as a noun or an adjective: "the increase can be challenged", "The damage
 *   depends on …", "the repaired landing stages", "with weakened immune systems" (a verb is
 *   still read: "the levy increased costs", "Heat damages the coating");
 * - the unnamed "most people think" as what a comparison is measured against: "More common
 *   than most people think" ranks against a belief, it cites no one.
 */
function dropped(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  const k = tokenAt(tokens, m.start)
  const before = tokens[k - 1]
  // ("The cause was …" still names a cause.)
  const word = text.slice(m.start, m.end)
  if (m.rule === 'causal' && k >= 0 && /^\p{L}+$/u.test(word) && !/^caus/i.test(word)) {
    // (Not a verb after a relative or demonstrative pronoun: "a pill that reduces joint pain",
    // "This lowers cholesterol".)
    if (
      before &&
      NOUN_MAKERS.has(before.lower) &&
      !(['that', 'this'].includes(before.lower) && tokens[k]?.pos === 'VERB')
    )
      return true
    const next = tokens[k + 1]
    if (
      /ed$/i.test(text.slice(m.start, m.end)) &&
      (next?.pos === 'NOUN' || next?.pos === 'ADJ') &&
      (!before || before.pos === 'ADP' || before.pos === 'DET')
    )
      return true
  }
  if (
    m.rule === 'vague-source' &&
    /\bthan\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
  )
    return true
  return false
}

/** Nouns a round count in words only exaggerates with ("thousands of times", "a hundred ways"). */
const HYPERBOLE_NOUNS = new Set(
  'times ways reasons things questions stories emails messages miles-an-hour'.split(' '),
)

/**
 * A count in words of things anywhere in the clause, not only as its subject: "have killed
 * hundreds of workers", "send thousands of households shopping", "drawn hundreds of millions of
 * views", "a few hundred yards from the gate". Not a concession ("even a few hundred dollars"),
 * not an exaggeration ("thousands of times", "a few hundred times over"), not "dozens", and not
 * a count of pronouns ("hundreds of us" is the writer's crowd).
 */
function countInWords(tokens: readonly Token[], text: string, m: RuleMatch): boolean {
  const word = text.slice(m.start, m.end).toLowerCase()
  const plural = /^(?:hundreds|thousands|millions|billions|trillions)$/.test(word)
  const few = /^a few (?:hundred|thousand)$/.test(word)
  if (!plural && !few) return false
  if (/\beven\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return false
  let k = tokenAt(tokens, m.end - 1) + 1
  if (plural) {
    if (tokens[k]?.lower !== 'of') return false
    k++
    if (tokens[k]?.lower === 'the') k++
  }
  // The counted noun: the first noun within three words, past describing words and a second
  // count ("hundreds of millions of views").
  for (let n = 0; n < 4; n++, k++) {
    const t = tokens[k]
    if (!t) return false
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (/^(?:hundreds|thousands|millions|billions)$/.test(t.lower)) continue
      return !HYPERBOLE_NOUNS.has(t.lower)
    }
    if (t.lower === 'of' && n > 0) continue
    if (t.pos !== 'ADJ' && t.pos !== 'NUM') return false
  }
  return false
}

/**
 * Weighs a clause's matches where they stand. Numbers in model names and scores are dropped and
 * clock times are dates; a credential is strong where the text presents someone with it (an
 * apposition, "is a …", a title before a name, "… at <Name>"); a quantified subject ("most
 * brands") or an absolute about a kind ("bees always …") is strong; a ranking against one's own
 * experience ("the best I have had"), of taste ("the most useful") or against a clause ("than
 * it should be") is weak. `text` is the masked body the matches' offsets are into.
 */
export function weigh(
  text: string,
  tokens: readonly Token[],
  unit: Unit,
  matches: readonly RuleMatch[],
): RuleMatch[] {
  const out: RuleMatch[] = []
  const words = tokens.filter((t) => t.pos !== 'PUNCT')
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return out
  // A ranking against the speaker's own experience, said of a thing, is an endorsement to check
  // (endorse.ts): none of the weakenings of a personal comparison below applies to it.
  const endorsed = experienceRankings(tokens)
  for (const m of matches) {
    if (m.rule === 'comparison' && endorsed.some((x) => x.start === m.start && x.end === m.end)) {
      out.push(m)
      continue
    }
    if (dropped(tokens, text, m)) continue
    // "It browned the cornbread edge to edge in every round", "it scorched the rice every
    // time": a thing's result over every trial of a test is a finding; a person's habit ("She
    // cries every time") is not.
    if (
      m.rule === 'absolute' &&
      m.strength === 'weak' &&
      /^every$/i.test(text.slice(m.start, m.end)) &&
      /^\s+(?:single\s+)?(?:round|test|trial|run|batch|cycle|wash|time)\b/i.test(
        text.slice(m.end, m.end + 20),
      )
    ) {
      // The subject's head: the last noun or pronoun before the verb ("The Tova kettle clicked").
      const v = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
      const subject = tokens
        .slice(0, v < 0 ? tokens.length : v)
        .filter((t) => t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN')
        .at(-1)
      // "the crab has been different every time": a copula's evaluation, not a result.
      const evaluation = tokens.some(
        (t, k) =>
          ['is', 'are', 'was', 'were', 'been', 'be'].includes(t.lower) &&
          tokens[k + 1]?.pos === 'ADJ',
      )
      // A clause whose subject is left out ("… and somehow gets softer every time") shares the
      // sentence's: a thing unless the clause speaks of someone.
      const thing =
        !evaluation &&
        (subject
          ? (subject.pos === 'NOUN' || ['it', 'they'].includes(subject.lower)) &&
            !PERSON_WORDS.test(subject.lower)
          : !tokens.some((t) => /^(?:i|we|you|he|she|my|our|his|her)$/.test(t.lower)))
      if (thing) {
        out.push({ ...m, strength: 'strong' })
        continue
      }
    }
    // "Almost all of that weight returns …", "it's almost always a blocked hose", "Almost
    // everyone in the group saw …": a universal word hedged by "almost", "nearly" or
    // "virtually" is a proportion someone counted. (Not "almost nobody", "almost everything" or
    // "almost entirely", turns of phrase as often as counts; nor what almost everyone feels:
    // "almost everybody is frightened of …".)
    if (
      m.rule === 'absolute' &&
      m.strength === 'weak' &&
      /^(?:all|always|every|everyone|everybody)$/i.test(text.slice(m.start, m.end)) &&
      /\b(?:almost|nearly|virtually)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
      !(
        /^every(?:one|body)$/i.test(text.slice(m.start, m.end)) &&
        COPULAS.has(
          tokens
            .slice(tokenAt(tokens, m.start) + 1)
            .find((t) => t.pos === 'VERB' || t.pos === 'AUX')?.lower ?? '',
        )
      )
    ) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    // "Bees always return to…", "Honey never spoils": an absolute about a whole kind.
    if (m.rule === 'absolute' && m.strength === 'weak') {
      const subject = tokens.slice(0, tokenAt(tokens, m.start))
      const named = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN'
      if (subject.length > 0 && subject.length <= 3 && subject.every(named)) {
        out.push({ ...m, strength: 'strong' })
        continue
      }
    }
    // "Bad breath in a dog is almost always a sign of …", "A commercial cluster usually comes
    // with sugar": how often something holds of a kind named by a plain noun phrase.
    if (
      QUANTIFIED_SUBJECT.has(m.rule) &&
      m.strength === 'weak' &&
      FREQUENCY.test(text.slice(m.start, m.end)) &&
      kindSubject(tokens.slice(0, tokenAt(tokens, m.start)))
    ) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    // "Most brands size vests by chest…", "None of the banks would comment": a quantified
    // group as the subject makes a claim ("most of us" is an aside), also after a fronted
    // phrase ("By the age of three, most dogs already have …").
    if (
      QUANTIFIED_SUBJECT.has(m.rule) &&
      m.strength === 'weak' &&
      (m.start === first.start || m.start === afterFronted(tokens))
    ) {
      const tail = text.slice(m.start, last.end)
      // "Some" is one or more: "Some brands promise much more", "Some worries are real" say
      // little a checker can test, unless a time fixes what happened to them ("some villages
      // have lost their last bus service in the past decade").
      const some = /^some\b/i.test(tail) && !matches.some((x) => x.rule === 'date')
      if (
        !some &&
        QUANTIFIED.test(tail) &&
        !/^\S+\s+of\s+(?:us|you|them|this|that|it)\b/i.test(tail)
      ) {
        out.push({ ...m, strength: 'strong' })
        continue
      }
    }
    // "the sign is blunt", "the light is low": a causal verb's base form after a copula is an
    // adjective.
    const word = text.slice(m.start, m.end)
    if (m.rule === 'causal' && /^[a-z]+$/i.test(word) && !/(?:s|ed|en|ing)$/i.test(word)) {
      let j = tokenAt(tokens, m.start) - 1
      while (j >= 0 && tokens[j]?.pos === 'ADV') j--
      if (j >= 0 && COPULAS.has(tokens[j]?.lower ?? '')) continue
    }
    // "The cheapest heat pump is the one that somebody sized properly": a definition.
    if (
      m.rule === 'comparison' &&
      m.start === first.start + (/^the\s/i.test(text.slice(first.start, first.start + 4)) ? 0 : -1)
    ) {
      if (
        /^[^,;.]{0,40}?\b(?:is|are)\s+the\s+ones?\s+(?:that|who|which|you|we|somebody|someone|people)\b/i.test(
          text.slice(m.end, last.end),
        )
      ) {
        out.push({ ...m, strength: 'weak' })
        continue
      }
    }
    // "Ana Vidal, who spent six years as sous chef at Tollbrook House": how long someone has
    // done what the text presents them with is part of their credentials.
    if (
      m.rule === 'date' &&
      m.strength === 'weak' &&
      (unit.kind === 'relative' || unit.kind === 'apposition')
    ) {
      const k = tokenAt(tokens, m.start)
      const career = tokens
        .slice(0, k)
        .some((t) => ['who', 'whose'].includes(t.lower) || t.pos === 'NOUN')
      if (
        career &&
        tokens[k]?.entity === 'DURATION' &&
        /\p{Lu}/u.test(text.slice(m.end, last.end))
      ) {
        out.push({ ...m, strength: 'strong' })
        continue
      }
    }
    // A span or a milestone in someone else's life on the record, or a rate: see lifeSpan.
    if (m.rule === 'date' && m.strength === 'weak' && lifeSpan(tokens, text, m)) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    if (m.rule === 'number' && m.strength === 'weak' && countInWords(tokens, text, m)) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    if (m.rule === 'number') {
      const kind = numberKind(tokens, m, text)
      if (kind === 'model' || kind === 'score' || kind === 'contact') continue
      if (kind === 'time') {
        // A clock time stamps an event on the record when the clause reports one in the past
        // ("By 3am water was running through …", "The clocks went back at 2am"); opening
        // hours and routines ("I have a mug at 9 p.m.") are prose.
        out.push({ ...m, rule: 'date', strength: pastEvent(tokens) ? 'strong' : 'weak' })
        continue
      }
    }
    // "That is one of the few things that work": a retort's ranking.
    if (m.rule === 'comparison' && /^one of/i.test(text.slice(m.start, m.end))) {
      const k = tokenAt(tokens, m.start)
      const subject = tokens.slice(0, Math.max(0, k - 1)).filter((t) => t.pos !== 'PUNCT')
      const lone = subject.length === 1 && ['that', 'this'].includes(subject[0]?.lower ?? '')
      if (lone) {
        out.push({ ...m, strength: 'weak' })
        continue
      }
    }
    if (m.rule === 'comparison' && m.strength === 'weak' && scopedSuperlative(text, m)) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    if (m.rule === 'comparison' && predicateSuperlative(tokens, text, m)) {
      out.push({ ...m, strength: 'strong' })
      continue
    }
    if (m.rule === 'comparison' && m.strength === 'strong') {
      let after = text.slice(m.end, last.end)
      const own = text.slice(m.start, m.end)
      // "is rarer than it should be": the comparison's "than" may follow the match.
      const than = /than$/i.test(own) || /^\s+than\b/i.test(after)
      if (!/than$/i.test(own)) after = after.replace(/^\s+than\b/i, '')
      const weak = than
        ? RHETORICAL_THAN.test(after) ||
          (PERSONAL_THAN.test(after) &&
            // "Nurses in Wales earn less than us, the union said": a group's "us" against
            // another group is a body's comparison; only a person's ("He was quicker than us").
            (!/^\s*us\b/i.test(after) || first.pos === 'PRON')) ||
          PERSONAL_JUDGE.test(own) ||
          IDIOMATIC_THAN.test(text.slice(first.start, m.end)) ||
          thanClause(tokens, text, m)
        : (PERSONAL_SCOPE.test(text.slice(m.start, last.end)) &&
            !TEST_SCOPE.test(text.slice(m.start, last.end))) ||
          EVALUATIVE.test(own)
      // "A white noise machine would have been cheaper": what might have been is no ranking.
      if (weak || COUNTERFACTUAL.test(text.slice(first.start, m.end))) {
        out.push({ ...m, strength: 'weak' })
        continue
      }
    }
    if (
      m.strength === 'strong' &&
      (personalIntention(tokens, text, m) ||
        evidenceJudged(tokens, text, m) ||
        stateOfMind(tokens, text, m))
    ) {
      out.push({ ...m, strength: 'weak' })
      continue
    }
    if (
      m.rule === 'credential' &&
      m.strength === 'weak' &&
      !/^(?:Dr|Prof)/.test(text.slice(m.start, m.end))
    ) {
      const before = text.slice(first.start, m.start)
      const after = text.slice(m.end, last.end)
      // An everyday trade ("a retired teacher", "a surveyor") is a credential only where the text
      // sets it beside a name or says someone is one; not in passing ("Yoga teacher X tells …",
      // "who called himself a retired accountant").
      const everyday = EVERYDAY_TRADES.test(text.slice(m.start, m.end))
      const copular =
        /\b(?:is|was|are|were|as|became|becomes)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
          before,
        )
      const presented = everyday
        ? unit.kind === 'apposition' ||
          (copular && !/\b(?:himself|herself|themselves)\b/i.test(before))
        : unit.kind === 'apposition' ||
          unit.kind === 'relative' ||
          /\b(?:is|was|are|were|as|became|becomes)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
            before,
          ) ||
          // "… at Fair Money Watch", "… at the consumer group Fair Money Watch".
          /^\s*(?:\S+\s+){0,3}?(?:at|of|for|with)\s+(?:the\s+)?(?:(?!(?:on|in|at|of|for|from|to|by|and|or|last|next|this|that)\s)[\p{Ll}-]+\s+){0,2}?\p{Lu}/u.test(
            after,
          ) ||
          /^\s+(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after)
      if (presented) {
        out.push({ ...m, strength: 'strong' })
        continue
      }
    }
    out.push(m)
  }
  return out
}
