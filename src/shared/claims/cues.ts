import { isAdjective, isBaseFormVerb, isCommonNoun, type Token } from '../language/nlp'
import { ANONYMOUS_NOUNS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from '../language/lexicon'
import type { RuleMatch } from './rules'

/**
 * Cues read from parts of speech rather than patterns: numbers written as words, denials of a
 * property, and the numbers that are not figures (model names, clock times).
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/** Units a number measures in: "one degree Celsius", "two litres". */
const MEASURES = set(
  'degree degrees celsius fahrenheit gram grams g kg kilogram kilograms milligram milligrams mg microgram micrograms litre litres liter liters ml millilitre millilitres mile miles km kilometre kilometres metre metres meter meters foot feet inch inches pound pounds lb lbs ounce ounces oz calorie calories kcal watt watts kwh volt volts decibel decibels db lux mph mpg bhp hp stone acre acres hectare hectares tonne tonnes ton tons',
)
/** Units of time: a count of them is a duration. */
const DURATIONS = set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries night nights',
)
/** Words that make a duration a measurement: "about three hours", "up to two hours". */
const APPROXIMATORS = set(
  'about around roughly nearly almost approximately to under over within least',
)

/** Nouns too vague to make a count checkable: "two things", "three ways". */
const VAGUE = set(
  'thing things way ways time reason reasons question questions word words side sides part parts kind kinds idea ideas step steps bit bits lot lots number numbers factor factors option options point points tip tips rule rules',
)

/**
 * Counts written in words before a noun or "of": "Eleven vests", "three of the eight drinks",
 * "Forty-one amendments", "five to six hours", "one degree Celsius". "One" alone is too common
 * to count ("one reader").
 */
export function wordNumbers(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // "which it did twice last year", "we cut the hours twice": how often it happened.
    if (
      t &&
      ['twice', 'thrice'].includes(t.lower) &&
      !['as', 'a', 'an', 'per', 'daily', 'weekly', 'monthly', 'yearly', 'over'].includes(
        tokens[i + 1]?.lower ?? '',
      ) &&
      tokens.slice(0, i).some(isFinite) &&
      // …within a stretch of time on the record ("twice last year", "twice since 2019")
      tokens
        .slice(i + 1, i + 4)
        .some((x) => x.entity === 'DATE' || ['since', 'last', 'this'].includes(x.lower))
    ) {
      out.push({ rule: 'number', start: t.start, end: t.end, strength: 'strong' })
      continue
    }
    if (!t || t.pos !== 'NUM' || !/^\p{L}+$/u.test(t.text)) continue
    let j = i
    while (tokens[j + 1]?.text === '-' && tokens[j + 2]?.pos === 'NUM') j += 2
    let k = j + 1
    while (tokens[k]?.pos === 'ADJ' || tokens[k]?.text === '-') k++
    const n = tokens[k]
    const last = tokens[j]
    if (!n || !last) continue
    // "One firefighter was treated for …": a count of people an event happened to.
    const counted =
      t.lower === 'one' &&
      tokens.slice(0, i).every((x) => x.pos === 'PUNCT') &&
      ['was', 'were', 'is', 'are', 'has', 'had', 'have'].includes(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.pos === 'VERB'
    const one = i === j && (t.lower === 'one' || t.lower === 'a') && !counted
    // An age or a threshold: "anyone over eighteen", "children under five", "aged seventy".
    if (!one && ['over', 'under', 'aged'].includes(tokens[i - 1]?.lower ?? '')) {
      out.push({ rule: 'number', start: t.start, end: last.end, strength: 'strong' })
      i = j
      continue
    }
    // "The two companies", "the nine contenders": a reference back, not a count.
    const definite = ['the', 'these', 'those', 'all'].includes(tokens[i - 1]?.lower ?? '')
    // "A few hundred dollars": no figure.
    const vague = ['few', 'several', 'many', 'some'].includes(tokens[i - 1]?.lower ?? '')
    let end = -1
    if (MEASURES.has(n.lower)) end = n.end
    else if (one || definite || vague || VAGUE.has(n.lower)) end = -1
    // "was called out nine times": how often something happened, after its verb ("Fourteen
    // times earnings" is a multiple, read by the number patterns).
    else if (n.lower === 'times' && !tokens.slice(0, i).some(isFinite)) end = -1
    else if (n.pos === 'NOUN') end = n.end
    else if (n.lower === 'of' && tokens.slice(k + 1, k + 4).some((x) => x.pos === 'NUM'))
      end = last.end
    const duration = DURATIONS.has(n.lower)
    // "It goes up in two minutes", "charges in three hours": how long a thing takes to do
    // something, after its verb in the present.
    const takes =
      ['in', 'within'].includes(tokens[i - 1]?.lower ?? '') &&
      tokens
        .slice(Math.max(0, i - 4), i - 1)
        .some((x) => x.pos === 'VERB' && /[^s]s$/.test(x.lower))
    const measured =
      APPROXIMATORS.has(tokens[i - 1]?.lower ?? '') || tokens[k + 1]?.lower === 'of' || takes
    // A duration is the date rule's: weak when it tells a story ("for two years", which the
    // date patterns find), strong when it measures ("up to two hours", "about three hours").
    if (end > 0 && !duration) out.push({ rule: 'number', start: t.start, end, strength: 'strong' })
    else if (end > 0 && measured)
      out.push({ rule: 'date', start: t.start, end, strength: 'strong' })
    i = j
  }
  return out
}

const NOT = set("not n't n’t")
/** Verbs whose denial is an opinion or a feeling, not a property: "I don't think …". */
const MENTAL = set(
  'think know believe want care mind feel remember like love wish understand mean expect need say see',
)
/** Words that make "not" something other than a denial: "not only", "not just", "not yet". */
const NOT_DENIAL = set('only just really quite all every everyone everything yet always even')
/** "No" before these is an idiom, not a denial of a property. */
const NO_IDIOM = set('one longer matter doubt more less way idea wonder problem thanks')
/**
 * Heads of a "no" that is a turn of phrase, not a denial of a thing: "there's no clever way
 * round that", "is no exception", "no downside to", "no need to", "no point in", "no shortage of".
 */
const NO_IDIOM_HEADS = set(
  'way idea doubt problem exception downside wonder matter need point shortage secret surprise accident',
)
/** What follows a gerund in an idiom of "no": a particle or what it acts on. */
const GERUND_NEXT = set('around round back away out up over off what whether how that it')
/** Nouns of intending: "has no plans to go back", "no intention of selling". */
const INTENDING = set('plan plans intention intentions desire wish interest regrets')

/**
 * Whether "no" before the noun at `k` is a turn of phrase or an intention: an idiom's head, a
 * gerund ("there's no getting around that"), an intention ("no plans to move"), or a thing said
 * to be missing only "to speak of" ("no nightlife to speak of").
 */
function idiomaticNo(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k]
  if (!noun) return true
  if (NO_IDIOM_HEADS.has(noun.lower)) return true
  if (INTENDING.has(noun.lower)) return !bodyDenies(tokens, k - 1)
  // A gerund with its particle or object: "no getting around that", "no telling what" (not a
  // thing: "no heating beyond a stove", "no regulatory meaning").
  const next = tokens[k + 1]?.lower ?? ''
  if (/^\p{Ll}{3,}ing$/u.test(noun.text) && GERUND_NEXT.has(next)) return true
  const after = tokens
    .slice(k + 1, k + 4)
    .map((t) => t.lower)
    .join(' ')
  return after === 'to speak of'
}

/**
 * Whether the subject of the "no" at `no` ("The council has no plans to …", "the company still
 * has no intention of …") is a body: its stated plans are on the record, not a person's wish.
 */
export function bodyDenies(tokens: readonly Token[], no: number): boolean {
  let s = no - 1
  while (
    s >= 0 &&
    (tokens[s]?.pos === 'AUX' || tokens[s]?.pos === 'VERB' || tokens[s]?.pos === 'ADV')
  )
    s--
  const subject = tokens[s]
  if (!subject || subject.pos !== 'NOUN') return false
  return ORG_NOUNS.has(subject.lower) || ORG_WORDS.has(subject.lower)
}

/** Whether the verb at `v`, after "<aux> not yet", states where a thing stands (see negations). */
function notYetOnRecord(tokens: readonly Token[], aux: Token, v: number): boolean {
  const verb = tokens[v]
  if (!verb || verb.pos !== 'VERB') return false
  if (!/(?:ed|en|wn)$/.test(verb.lower) && !IRREGULAR_PARTICIPLES.has(verb.lower)) return false
  if (['is', 'are', 'was', 'were', 'been'].includes(aux.lower)) return true
  return (
    ['has', 'have', 'had'].includes(aux.lower) &&
    ['DET', 'NOUN', 'PROPN'].includes(tokens[v + 1]?.pos ?? '')
  )
}

/** Properties whose denial can be checked: "is not safe for", "was not approved". */
const PROPERTIES = set(
  'safe suitable legal illegal effective toxic addictive recyclable compostable biodegradable vegan organic available approved licensed certified waterproof compatible required necessary mandatory accurate harmful dangerous contagious hereditary genetic fatal edible sustainable allowed permitted eligible',
)

/** Past participles that do not end in -ed, -en or -wn: "has not done", "was not sold". */
const IRREGULAR_PARTICIPLES = set(
  'done gone made had been seen run won lost sold built paid kept held found told brought bought thought taught left met set put cut hit shut spent sent lent read led fed fled heard meant said sat stood struck swung hung dug stuck spun slid split spread quit let bet cast burst hurt',
)

/** Verbs of telling: "did not name the vets" is a non-response, not a denied property. */
const WITHHELD = set('name provide disclose say explain reveal specify give identify')

/** Subjects that make a denial a retort or an aside: "That's not a plan", "You are not…". */
const RETORT_SUBJECTS = set('i we you that this these those')
/** Whether the subject right before token `verb` is "I", "we", "you", "this" or "that". */
function retort(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0; k--) {
    const s = tokens[k]
    if (!s || s.pos === 'PUNCT' || s.pos === 'CCONJ' || s.pos === 'SCONJ') return false
    // "a term that has no …": "that" after a noun begins a relative clause.
    const prev = tokens[k - 1]
    const relative = ['that', 'which', 'who'].includes(s.lower)
    if (relative && (k < verb - 1 || prev?.pos === 'NOUN' || prev?.pos === 'PROPN')) return false
    if (RETORT_SUBJECTS.has(s.lower) && (s.pos === 'PRON' || s.pos === 'DET')) return true
    if (relative) return false
  }
  return false
}

/**
 * Denials of a property or a fact: a copula, auxiliary or modal with "not" before what it denies
 * ("is not a stimulant", "have not been published", "doesn't make bread safe"), or "no" before
 * a noun ("has no legal definition", "makes no soups", "No carrier can prevent…"). Strong for
 * "no" before a noun and for passive or perfect denials; weak for the rest ("is not subtle"),
 * and for any denial by "I", "we", "you", "this" or "that" (a retort or an aside).
 */
export function negations(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    if (NOT.has(t.lower)) {
      const aux = tokens[i - 1]
      if (!aux || aux.pos !== 'AUX') continue
      let k = i + 1
      while (tokens[k]?.pos === 'ADV' && !NOT_DENIAL.has(tokens[k]?.lower ?? '')) k++
      // "not yet" is a wait ("It has not yet worked"), except where a thing stands on the record:
      // a passive ("The cause was not yet known") or a perfect with what was done to it after
      // ("Regulators have not yet approved the supplement").
      if (tokens[k]?.lower === 'yet' && notYetOnRecord(tokens, aux, k + 1)) k++
      const what = tokens[k]
      if (!what || NOT_DENIAL.has(what.lower) || MENTAL.has(what.lower)) continue
      if (!['VERB', 'ADJ', 'DET', 'NOUN', 'PROPN', 'NUM', 'AUX'].includes(what.pos)) continue
      // A passive or perfect denial states a fact ("is not recommended", "has not been
      // published"); "is not subtle", "doesn't have a choice" are as often a turn of phrase.
      const participle = tokens
        .slice(k, k + 3)
        .some(
          (x) =>
            x.pos === 'VERB' &&
            (/(?:ed|en|wn)$/.test(x.lower) || IRREGULAR_PARTICIPLES.has(x.lower)) &&
            x.lower !== aux.lower,
        )
      const copula = ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had'].includes(
        aux.lower,
      )
      // "It hasn't helped yet" is a wait, not a denial.
      const wait = tokens.slice(k, k + 4).some((x) => x.lower === 'yet')
      // "Guarana is not a stimulant", "The spray is not safe for cats": a named thing denied a
      // class or a checkable property. After "it" or "this" it is too often a turn of phrase.
      const subject = tokens[i - 2]
      const named = !!subject && (subject.pos === 'NOUN' || subject.pos === 'PROPN')
      const classed =
        ['is', 'are', 'was', 'were'].includes(aux.lower) &&
        ((what.pos === 'DET' && ['a', 'an'].includes(what.lower)) || PROPERTIES.has(what.lower))
      // "Aerolume does not make them", "Glucose did not change", "The Slate 2 still cannot run
      // apps": a named thing denied an action, in full ("doesn't" is as often a turn of phrase:
      // "Paper doesn't send you reminders"), is checkable too.
      let h = i - 2
      while (tokens[h]?.pos === 'ADV') h--
      const actor = tokens[h]
      const denied =
        t.lower === 'not' &&
        ['does', 'do', 'did', 'can'].includes(aux.lower) &&
        what.pos === 'VERB' &&
        !WITHHELD.has(what.lower) &&
        // with what it does not do after it ("does not hurry." is a manner of speaking, "did not
        // record whether …" a gap, not a result).
        !!tokens[k + 1] &&
        !['PUNCT', 'SCONJ', 'CCONJ'].includes(tokens[k + 1]?.pos ?? '') &&
        !['whether', 'if'].includes(tokens[k + 1]?.lower ?? '') &&
        !!actor &&
        (actor.pos === 'NOUN' || actor.pos === 'PROPN' || actor.pos === 'NUM') &&
        !UNNAMED.has(actor.lower)
      const strong =
        !wait &&
        !retort(tokens, i - 1) &&
        ((copula && (participle || (classed && named))) || denied)
      out.push({
        rule: 'negation',
        start: aux.start,
        end: classed && what.pos === 'DET' ? (tokens[k + 1]?.end ?? what.end) : what.end,
        strength: strong ? 'strong' : 'weak',
      })
      continue
    }
    if (t.lower === 'no' && t.pos !== 'INTJ') {
      const next = tokens[i + 1]
      if (!next || NO_IDIOM.has(next.lower) || next.pos === 'PUNCT') continue
      // "the two no votes", "a no vote": "no" as a noun's modifier, not a denial.
      if (['DET', 'NUM'].includes(tokens[i - 1]?.pos ?? '')) continue
      let k = i + 1
      while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k++
      const noun = tokens[k]
      if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) continue
      out.push({
        rule: 'negation',
        start: t.start,
        end: noun.end,
        strength: retort(tokens, i - 1) || idiomaticNo(tokens, k) ? 'weak' : 'strong',
      })
    }
  }
  return out
}

/** Words of doubt or belief that a forecast may hang on. */
const DOUBT = set(
  'convinced sure certain confident doubt doubts doubtful sceptical skeptical unsure wonder wonders wondered worried worry worries fear fears feared hope hopes hoped',
)

/** Periods a forecast may be due in: "next spring", "by the end of the year". */
const PERIODS = set(
  'spring summer autumn fall winter year month week weekend quarter term season decade century',
)
/** Words that fix a period in time: "next spring", "from the autumn", "this year". */
const FIXING = set('next this the coming')

/** Verbs of feeling after "would": a reaction or a wish, not a promise ("would miss him"). */
const FEELING_VERBS = set('miss welcome love like hate prefer regret mourn enjoy appreciate')
/** Feelings after "would be": "said it would be delighted to …", "would be sorry to see …". */
const FEELING_STATES = set(
  'sad sorry happy delighted pleased glad disappointed proud thrilled grateful honoured honored saddened excited',
)

/** Subjects that name nobody in particular: "Nobody will pay that". */
const UNNAMED = set('nobody everyone everybody someone somebody anyone anybody people')

/**
 * A forecast or a commitment with a named subject: "the update will add…", "Tolland will run
 * the business…". After a pronoun ("it will get a fair hearing") it is weak.
 */
export function forecasts(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    // "said the port would give an update at 10 a.m.": in a reported statement, "would" is the
    // reported "will", a forecast when said of a named thing or body.
    const would = t.lower === 'would'
    if (!would && t.lower !== 'will' && t.lower !== '’ll' && t.lower !== "'ll") continue
    let k = i + 1
    while (tokens[k]?.pos === 'ADV' && !isBaseFormVerb(tokens[k]?.lower ?? '')) k++
    const verb = tokens[k]
    // wink reads some verbs after a modal as adjectives or adverbs ("would open", "would close").
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX' && !isBaseFormVerb(verb.lower)))
      continue
    let s = i - 1
    while (tokens[s]?.pos === 'ADV') s--
    const subject = tokens[s]
    if (!subject) continue
    // "The trust said it would name …": "it" right after a body's verb of saying is that body.
    const sayer = tokens[s - 1]?.lower === 'that' ? s - 2 : s - 1
    const bodySays =
      subject.lower === 'it' &&
      REPORTING.has(tokens[sayer]?.lower ?? '') &&
      ['NOUN', 'PROPN'].includes(tokens[sayer - 1]?.pos ?? '')
    // "Not everyone is convinced the result will hold": a doubt about a forecast, not one.
    // (…or on nobody in particular: "a debt that nobody in her village will explain".)
    const doubted = tokens
      .slice(Math.max(0, s - 5), s)
      .some((x) => DOUBT.has(x.lower) || UNNAMED.has(x.lower) || x.lower === 'nobody')
    const named =
      (bodySays ||
        ((subject.pos === 'NOUN' || subject.pos === 'PROPN') && !UNNAMED.has(subject.lower))) &&
      !doubted
    // "would" only of a named thing, after a verb of saying ("said the port would …"), never a
    // wish or a hypothetical ("It would be nice", "I would love …").
    // …and only with when it is due: "at 10 a.m. Friday", "for the first two years", "by June".
    // A season or period fixed by a word before it ("next spring", "from the autumn", "by the
    // end of the year") and a schedule ("monthly reports") are times too.
    const due = tokens
      .slice(k + 1)
      .some(
        (x, j, after) =>
          x.pos === 'NUM' ||
          ['DATE', 'TIME', 'DURATION'].includes(x.entity ?? '') ||
          /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$|^(?:tomorrow|tonight|daily|weekly|fortnightly|monthly|quarterly|annually|yearly)$/.test(
            x.lower,
          ) ||
          (PERIODS.has(x.lower) && FIXING.has(after[j - 1]?.lower ?? '')),
      )
    // "The club said it would miss him this season", "… would be delighted to welcome …": a
    // feeling reported with a time is no promise.
    const feeling =
      FEELING_VERBS.has(verb.lower) ||
      (verb.lower === 'be' && FEELING_STATES.has(tokens[k + 1]?.lower ?? ''))
    if (
      would &&
      (feeling ||
        !named ||
        !due ||
        !tokens
          .slice(0, s)
          .some(
            (x) => REPORTING.has(x.lower) || ['promised', 'pledged', 'agreed'].includes(x.lower),
          ))
    )
      continue
    out.push({
      rule: 'forecast',
      start: t.start,
      end: verb.end,
      strength: named ? 'strong' : 'weak',
    })
  }
  return out
}

/** Quantifiers that make a group the subject of a generalisation: "Most children …". */
const GROUP_QUANTIFIERS = set(
  'most many few all every each no plenty half majority hundreds thousands millions',
)
/**
 * The people around someone: "a few friends", "a few neighbours". (Not guests, visitors or
 * colleagues, who are as often a business's or a workplace's: "A few guests fell ill after the
 * wedding at the Harlow Hotel" is a report.)
 */
const CIRCLE = set('friends neighbours neighbors relatives cousins mates classmates pals kids')
/** Quantifiers that stand for the whole group themselves: "Nothing here is covered …". */
const PRONOUN_QUANTIFIERS = set('nothing nobody none')
/** Heads that make a quantified phrase a time, not a group: "every spring", "most winters". */
const TIME_HEADS = set(
  'time times day days week weeks month months year years spring springs summer summers autumn autumns fall winter winters morning mornings night nights evening evenings weekend weekends season seasons',
)
/** Forms of "be": a passive ("nobody was hurt") reports what happened. */
const BE = set('is are was were be been being ’s')
/** Modals of advice or supposition: "Nobody should expect …" is a view, not a report. */
const HYPOTHETICAL = set("should would could might must may ought shall ’d 'd")
const isFinite = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX')

/**
 * A quantified group as a clause's subject, read from parts of speech: "Most children adjust
 * …", "Plenty of old houses run …", "Half of the homes flooded", "None of these phones
 * supports …", "Nothing here is covered by …". Strong when a verb follows the group (a
 * generalisation about it); "Nothing", "nobody" and "none" alone are strong only before a
 * passive or perfect verb or something checkable (a name, a number): "Nobody minds" is prose.
 */
export function quantifiedSubjects(tokens: readonly Token[]): RuleMatch[] {
  let i = 0
  while (
    tokens[i] &&
    (tokens[i]?.pos === 'PUNCT' ||
      tokens[i]?.pos === 'CCONJ' ||
      ['that', 'which', 'but', 'and', 'so'].includes(tokens[i]?.lower ?? ''))
  )
    i++
  if (['the', 'a'].includes(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'majority') i++
  // "A few countries have …", "A growing number of ferry users are …".
  const a = tokens[i]?.lower === 'a'
  if (a && tokens[i + 1]?.lower === 'few') i++
  const growing =
    a &&
    ['growing', 'rising', 'record', 'falling', 'shrinking'].includes(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.lower === 'number' &&
    tokens[i + 3]?.lower === 'of'
  if (growing) i += 2
  const q = tokens[i]
  if (!q) return []
  const word = growing ? 'many' : q.lower
  if (word === 'no' && tokens[i + 1]?.lower === 'one') {
    return pronounQuantifier(tokens, i, i + 2)
  }
  if (PRONOUN_QUANTIFIERS.has(word) && tokens[i + 1]?.lower !== 'of')
    return pronounQuantifier(tokens, i, i + 1)
  if (!GROUP_QUANTIFIERS.has(word) && !PRONOUN_QUANTIFIERS.has(word)) return []
  let k = i + 1
  if (tokens[k]?.lower === 'of') {
    k++
    if (
      ['the', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my'].includes(
        tokens[k]?.lower ?? '',
      )
    )
      k++
    // "most of us", "none of it": an aside, not a group.
    else if (tokens[k]?.pos === 'PRON') return []
  }
  let head: Token | undefined
  // A participle before a noun describes it ("terraced houses", "evacuated homes").
  const modifier = (j: number) =>
    tokens[j]?.pos === 'VERB' &&
    /(?:ed|ing)$/.test(tokens[j]?.lower ?? '') &&
    ['NOUN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '')
  while (
    tokens[k] &&
    (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '') || modifier(k))
  ) {
    if (tokens[k]?.pos !== 'ADJ' && tokens[k]?.pos !== 'VERB') head = tokens[k]
    k++
  }
  // "Few things are as satisfying as …": a group too vague to count.
  if (!head || TIME_HEADS.has(head.lower) || VAGUE.has(head.lower)) return []
  // The verb comes right after the group, or after a short relative ("Most injuries I see are").
  const verb = tokens.slice(k, k + 4).find(isFinite)
  if (!verb || HYPOTHETICAL.has(verb.lower)) return []
  if (PRONOUN_QUANTIFIERS.has(word)) return pronounQuantifier(tokens, i, k)
  // "A few friends came round for dinner": a handful of the speaker's own circle doing something
  // once is a story, not a group generalised over ("A few countries have started …", "Most
  // neighbours objected" still are).
  const episode =
    a &&
    word === 'few' &&
    CIRCLE.has(head.lower) &&
    (PAST_FORMS.has(verb.lower) ||
      ['had', 'did', 'met', 'sat', 'stood', 'ate', 'drank'].includes(verb.lower) ||
      (verb.pos === 'VERB' && /ed$/.test(verb.lower)))
  return [
    {
      rule: 'generalisation',
      start: q.start,
      end: head.end,
      strength: episode ? 'weak' : 'strong',
    },
  ]
}

/** Verbs of a generic statement that say what people think or want, not what a kind does. */
const GENERIC_MENTAL = set(
  'think thinks know knows believe believes want wants feel feels say says like likes love loves hate hates prefer prefers wonder wonders worry worries hope hopes need needs promise promises remain remains find finds',
)
/** Auxiliaries a generic statement may open its verb with: "Cloudy water can shield …". */
const GENERIC_AUX = set("can cannot ca do does don't doesn't")
/** Heads that name people: "Residents can call …" is a permission or advice, not a property. */
const PEOPLE_HEAD =
  /(?:ers|ors|ents|ants|ists|ians|ees|people|adults|children|kids|men|women|families|parents|players|users|owners|readers|customers|patients|members|groups)$/

/**
 * A generic statement about a kind, read from parts of speech: a bare noun phrase as the
 * clause's subject — a plural or a mass noun with no determiner ("Muscles pull glucose …",
 * "Utilities add chlorine …", "Clumping clay forms tight lumps …", "Wheat and corn litters
 * clump …", "Cloudy water can shield bacteria …") — and a verb in the present. What a kind of
 * thing does is checkable with no figure or cue word in it. Not a name, a time ("Most
 * winters"), a vague head ("Things get …"), people's views ("Parents think …"), or a verb in
 * the past (an event, which other cues read).
 */
/** Whether `t`, tagged a noun after the head `head`, is its verb ("clay forms tight lumps"). */
function hiddenVerb(head: Token, t: Token, next: Token | undefined): boolean {
  const plural = /[^s]s$/.test(head.lower) && !/(?:ss|us|is)$/.test(head.lower)
  // An object or a preposition after it ("forms tight lumps"); an adverb only after a plural
  // ("litters clump reasonably well"): "department-store brands alike" is a noun phrase.
  const after = plural ? ['ADJ', 'DET', 'ADV', 'ADP', 'NUM', 'PRON'] : ['ADJ', 'DET', 'NUM', 'PRON']
  // wink reads some verbs as adjectives after a plural ("… aluminium all spread heat"): with a
  // plain noun object after it, a base form is the verb.
  if (t.pos === 'ADJ' && plural && next?.pos === 'NOUN' && isBaseFormVerb(t.lower)) return true
  if (t.pos !== 'NOUN' || !next || !after.includes(next.pos)) return false
  const w = t.lower
  return plural
    ? !/s$/.test(w) && isBaseFormVerb(w)
    : /[^s]s$/.test(w) && isBaseFormVerb(w.slice(0, -1))
}

/**
 * genericSubjects' readings of the words of a clause whose first word is `tokens[i]` (module
 * functions, not closures made on every call: tsx names each closure it makes, at a cost per call).
 */
// wink reads a capitalised first word as a name often: read it again lower-cased.
const openingAt = (tokens: readonly Token[], i: number, t: Token) =>
  t === tokens[i] && t.pos === 'PROPN' && tokens[i + 1]?.pos !== 'PROPN'
const nounAt = (tokens: readonly Token[], i: number, t: Token) =>
  (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) ||
  (t.pos === 'NOUN' && t === tokens[i]) ||
  (openingAt(tokens, i, t) && isCommonNoun(t.text))
// "Chlorinated tap water does …": a plain noun the tagger read as a verb, between a modifier
// and the head noun the clause's verb follows.
const compoundAt = (tokens: readonly Token[], i: number, j: number) => {
  const t = tokens[j]
  return (
    !!t &&
    j > i &&
    t.pos === 'VERB' &&
    /^\p{Ll}/u.test(t.text) &&
    !/(?:ed|ing|s)$/.test(t.lower) &&
    isCommonNoun(t.lower) &&
    tokens[j + 1]?.pos === 'NOUN' &&
    ['AUX', 'VERB'].includes(tokens[j + 2]?.pos ?? '')
  )
}
const adjectiveAt = (tokens: readonly Token[], i: number, j: number) => {
  const t = tokens[j]
  if (!t) return false
  if (t.pos === 'ADJ' || t.text === '-' || compoundAt(tokens, i, j)) return true
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN') return true
  // "Enamelled pans", "Frozen peas": a participle describing the head (wink may call a
  // capitalised one a name).
  if (
    openingAt(tokens, i, t) &&
    /(?:ed|en)$/.test(t.lower) &&
    ((tokens[j + 1]?.pos === 'NOUN' &&
      (/[^s]s$/.test(tokens[j + 1]?.lower ?? '') || tokens[j + 2]?.pos === 'NOUN')) ||
      compoundAt(tokens, i, j + 1))
  )
    return true
  if (
    t.pos === 'VERB' &&
    /(?:ed|en)$/.test(t.lower) &&
    ((tokens[j + 1]?.pos === 'NOUN' &&
      (/[^s]s$/.test(tokens[j + 1]?.lower ?? '') || tokens[j + 2]?.pos === 'NOUN')) ||
      compoundAt(tokens, i, j + 1))
  )
    return true
  // "Older residents", "Larger dogs": a capitalised comparative of an adjective.
  const plain = t.text.toLowerCase()
  const comparative =
    /er$/.test(plain) && (isAdjective(plain.slice(0, -2)) || isAdjective(plain.slice(0, -1)))
  return (
    openingAt(tokens, i, t) && (isAdjective(t.text) || comparative) && tokens[j + 1]?.pos === 'NOUN'
  )
}

export function genericSubjects(tokens: readonly Token[]): RuleMatch[] {
  let i = 0
  while (
    tokens[i] &&
    (tokens[i]?.pos === 'PUNCT' ||
      tokens[i]?.pos === 'CCONJ' ||
      ['that', 'but', 'and', 'so'].includes(tokens[i]?.lower ?? ''))
  )
    i++
  const first = tokens[i]
  if (!first || !/^\p{L}/u.test(first.text)) return []
  let k = i
  let head: Token | undefined
  let heads = 0
  // "Antlers, hooves and hard nylon bones": a list of kinds, each a short noun phrase.
  let listed = false
  while (k < i + (listed ? 14 : 6) && tokens[k]) {
    const t = tokens[k] as Token
    if (adjectiveAt(tokens, i, k)) k++
    else if (head && hiddenVerb(head, t, tokens[k + 1])) break
    else if (nounAt(tokens, i, t)) {
      head = t
      heads++
      k++
      // "Wheat and corn litters": coordinated modifiers of one head.
      if (['and', 'or'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'NOUN') k++
      else if (
        head &&
        (tokens[k]?.text === ',' || ['and', 'or'].includes(tokens[k]?.lower ?? ''))
      ) {
        // Another kind after a comma or "and" (", and" too): the list goes on.
        let j = k + 1
        if (tokens[k]?.text === ',' && ['and', 'or'].includes(tokens[j]?.lower ?? '')) j++
        let n = j
        while (n < j + 3 && adjectiveAt(tokens, i, n)) n++
        const next = tokens[n]
        if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) {
          listed = true
          heads = 0
          k = j
        }
      }
    } else break
  }
  if (!head || heads > 3) return []
  // A capitalised word inside the phrase is a name's ("Harbor Road"): not a kind.
  if (tokens.slice(i + 1, k).some((t) => /^\p{Lu}/u.test(t.text))) return []
  const h = head.lower
  if (TIME_HEADS.has(h) || VAGUE.has(h) || UNNAMED.has(h)) return []
  // A plural ("muscles", "utilities") or a noun with a describing word before it ("cloudy
  // water", "clumping clay"); a lone singular ("Rest is …", "Research suggests …") is too often
  // a turn of phrase.
  const plural = listed || (/[^s]s$/.test(h) && !/(?:ss|us|is)$/.test(h))
  // A lone singular ("Rest is …", "Research suggests …") is too often a turn of phrase, unless it
  // acts on a plain object: "Oil attracts grit", "Salt draws water" (checked below).
  const lone = !plural && k - i < 2
  let v = k
  // "Iron, steel and aluminium all spread heat …": a floating "all" or "both" after a plural.
  if (plural && ['all', 'both'].includes(tokens[v]?.lower ?? '')) v++
  while (tokens[v]?.pos === 'ADV') v++
  const verb = tokens[v]
  if (!verb) return []
  const w = verb.lower
  // "Seasoning is just oil that …", "Scale is simply the minerals left behind": what a kind
  // is, defined, with an adverb that marks a definition and a noun after it.
  if (
    verb.pos === 'AUX' &&
    ['is', 'are'].includes(w) &&
    DEFINING.has(tokens[v + 1]?.lower ?? '') &&
    definedAs(tokens, v + 2) &&
    (!lone || isCommonNoun(h))
  )
    return [{ rule: 'generalisation', start: first.start, end: verb.end, strength: 'strong' }]
  if (lone) {
    const object = tokens[v + 1]
    const objectNoun =
      object &&
      ((object.pos === 'NOUN' && /^\p{Ll}/u.test(object.text)) ||
        (object.pos === 'ADJ' && tokens[v + 2]?.pos === 'NOUN') ||
        // "Acid strips it": a thing named before, as the object.
        (['it', 'them'].includes(object.lower) && tokens[v + 2]?.pos !== 'VERB'))
    if (verb.pos !== 'VERB' || !objectNoun || !isCommonNoun(h) || v !== k) return []
  }
  if (verb.pos === 'AUX') {
    // "Cloudy water can shield bacteria": a capacity of a thing; not a copula's evaluation
    // ("Jars are a bad idea") nor what people may do ("Residents can call …").
    if (!GENERIC_AUX.has(w) || PEOPLE_HEAD.test(h)) return []
  } else {
    // A verb the tagger read as a noun right after the subject ("clay forms", "litters clump").
    const hidden = hiddenVerb(head, verb, tokens[v + 1])
    if (verb.pos !== 'VERB' && !hidden) return []
    // Present only, agreeing with the head: "muscles pull", "clay forms"; not "wore", "pulled".
    if (/(?:ed|ing)$/.test(w) || IRREGULAR_PARTICIPLES.has(w)) return []
    const base = plural
      ? isBaseFormVerb(w)
      : /[^s]s$/.test(w) &&
        (isBaseFormVerb(w.slice(0, -1)) || (/es$/.test(w) && isBaseFormVerb(w.slice(0, -2))))
    if (!base) return []
    // "Painted fences look cheerful": an impression, not what the kind does.
    if (GENERIC_MENTAL.has(w) || MENTAL.has(w) || SEEMING.has(w)) return []
    // Agreement: a plural head takes a verb without -s, a mass noun one with it.
    if (plural === /[^s]s$/.test(w)) return []
  }
  return [{ rule: 'generalisation', start: first.start, end: verb.end, strength: 'strong' }]
}

/** Words a relative clause or a modifier of a kind opens with: "A starter that smells …". */
const RELATIVE = set('that which')
/** Auxiliaries of a kind's property or capacity after an indefinite subject. */
const KIND_AUX = set("is can cannot does doesn't doesn’t")
/** Words that open a clause of their own inside a phrase ("a guide to what comes …"). */
const WH = set('who whom whose what where when why how')
/** Linking verbs: like "is", they take an adjective only after a restricting clause. */
const KIND_LINKING = set('gets becomes grows turns stays remains goes')
/** Verbs of speaking: "a teenager … asks for a selfie" is narration about a person. */
const SPEAKING = set('asks says tells explains adds replies writes shouts calls')
/** Verbs of how a thing seems ("doesn't sound like much"): an impression, not a property. */
const SEEMING = set('sound sounds seem seems look looks feel feels')
/** Spans of time: "An hour doesn't …" is a turn of phrase, not a kind. */
const SPANS = set('hour minute second moment day week month year decade while')
/** People a story may bring on with "a": never a kind's subject. */
const PERSON_SINGULAR = set(
  'man woman boy girl child baby kid teenager toddler friend guy lady gentleman stranger couple family colleague partner',
)

/** Whether `t` is a present singular verb of a thing ("needs", "smells", "ferments"). */
function presentSingular(t: Token | undefined): boolean {
  if (!t || t.pos !== 'VERB') return false
  const w = t.lower
  if (!/[^s]s$/.test(w) || GENERIC_MENTAL.has(w) || MENTAL.has(w)) return false
  return isBaseFormVerb(w.slice(0, -1)) || (/es$/.test(w) && isBaseFormVerb(w.slice(0, -2)))
}

/**
 * An indefinite singular as a kind: "A kettle with a steel element needs descaling …", "An
 * unfed starter smells of solvent", "A loaf that sounds hollow is done", "A brine is salt and
 * water". The kind is a common noun (never a person: "A woman walks in" is narration), the verb
 * is in the present; a copula takes an adjective only after a restricting clause (else "A good
 * pan is a joy" would be an evaluation) and otherwise a bare noun (what the kind is made of).
 * Cheap: it looks only at a sentence that opens with "a" or "an".
 */
export function indefiniteKinds(tokens: readonly Token[]): RuleMatch[] {
  let i = 0
  while (tokens[i] && (tokens[i]?.pos === 'PUNCT' || tokens[i]?.pos === 'SPACE')) i++
  const det = tokens[i]
  if (!det || (det.lower !== 'a' && det.lower !== 'an')) return []
  let k = i + 1
  let head: Token | undefined
  while (k < i + 6 && tokens[k]) {
    const t = tokens[k] as Token
    const lower = /^\p{Ll}/u.test(t.text)
    if (t.pos === 'ADJ' || t.text === '-') k++
    else if (t.pos === 'NOUN' && lower) {
      head = t
      k++
    } else if (
      t.pos === 'VERB' &&
      lower &&
      /(?:ed|ing)$/.test(t.lower) &&
      tokens[k + 1]?.pos === 'NOUN'
    )
      k++
    else break
  }
  if (!head || tokens[k - 1] !== head) return []
  const h = head.lower
  if (
    PERSON_NOUNS.has(h) ||
    PERSON_SINGULAR.has(h) ||
    SPANS.has(h) ||
    ANONYMOUS_NOUNS.has(h) ||
    PEOPLE_HEAD.test(h) ||
    TIME_HEADS.has(h) ||
    VAGUE.has(h) ||
    !isCommonNoun(h)
  )
    return []
  // A restricting clause or phrase after the kind: "that smells of …", "with a steel boiler".
  let v = k
  let restricted = false
  const after = tokens[k]
  if (after && RELATIVE.has(after.lower) && presentSingular(tokens[k + 1])) {
    restricted = true
    v = k + 2
  } else if (after?.pos === 'ADP' && !['of', 'by'].includes(after.lower)) {
    restricted = true
    v = k + 1
  }
  if (restricted) {
    // The main verb within a few words, with no punctuation between.
    const stop = v + 7
    while (v < stop && tokens[v] && tokens[v]?.pos !== 'PUNCT') {
      const t = tokens[v] as Token
      // A second clause inside ("a novel about a woman who inherits …"): not the kind's verb.
      if (RELATIVE.has(t.lower) || WH.has(t.lower)) return []
      if (t.pos === 'AUX' && KIND_AUX.has(t.lower)) break
      if (presentSingular(t) && v > k + 1) break
      v++
    }
  }
  while (tokens[v]?.pos === 'ADV') v++
  const verb = tokens[v]
  if (!verb) return []
  const w = verb.lower
  const next = tokens[v + 1]
  let ok: boolean
  if (verb.pos === 'AUX' && w === 'is') {
    const c = next?.pos === 'ADV' ? tokens[v + 2] : next
    ok =
      // "A loaf that sounds hollow is done": a state, after a restricting clause only.
      (restricted && (c?.pos === 'ADJ' || (c?.pos === 'VERB' && /(?:ed|en|ne)$/.test(c.lower)))) ||
      // "is flour and water …": a bare noun, what the kind is made of.
      (!!c &&
        c.pos !== 'DET' &&
        /^\p{Ll}/u.test(c.text) &&
        isCommonNoun(c.lower) &&
        ['NOUN', 'VERB'].includes(c.pos) &&
        !/(?:ed|ing)$/.test(c.lower))
  } else if (verb.pos === 'AUX' && KIND_AUX.has(w)) {
    const n = ['not', 'n’t', "n't"].includes(next?.lower ?? '') ? tokens[v + 2] : next
    ok = n?.pos === 'VERB' && isBaseFormVerb(n.lower)
  } else
    ok =
      presentSingular(verb) &&
      !SPEAKING.has(w) &&
      !(KIND_LINKING.has(w) && !restricted && ['ADJ', 'ADV'].includes(next?.pos ?? '')) &&
      !!next &&
      next.pos !== 'PUNCT' &&
      // "works mechanically:" — a manner alone says nothing to check.
      !(next.pos === 'ADV' && (tokens[v + 2]?.pos ?? 'PUNCT') === 'PUNCT')
  // "… tells you what's wrong": addressed to the reader, advice or an aphorism.
  const rest = tokens.slice(v + 1, v + 4)
  if (rest.some((t) => t.lower === 'you' || SEEMING.has(t.lower)) || SEEMING.has(w)) return []
  if (!ok) return []
  return [{ rule: 'generalisation', start: det.start, end: verb.end, strength: 'strong' }]
}

/** Verbs that read a sign: "Brown tips mean the plant is thirsty". */
const SIGNIFYING = set('mean means indicate indicates signal signals signify signifies')
/** Who a sign may be about when the sentence is about the writer or the reader, not a thing. */
const PERSONAL = set('i we you me us my our your a lot much little nothing everything')

/**
 * A sign read as what it shows: a thing (a noun phrase with a common noun, no pronoun or name)
 * that "means", "indicates" or "signals" something, in the present ("Brown tips mean the plant
 * is thirsty", "Those streaks mean mould has taken hold", "The noise signals a failing pump").
 * A diagnosis is checkable with no figure in it. Not "This means we leave at six" (a pronoun
 * alone), "That means a lot to me", nor a sign about the writer or the reader. Looks only at a
 * stretch with one of those verbs in it.
 */
export function signs(tokens: readonly Token[]): RuleMatch[] {
  const v = tokens.findIndex((t) => SIGNIFYING.has(t.lower))
  if (v < 1) return []
  // wink may tag the verb a noun ("The noise signals a failing pump"): then a phrase follows.
  if (tokens[v]?.pos === 'NOUN' && !['DET', 'ADJ'].includes(tokens[v + 1]?.pos ?? '')) return []
  let i = 0
  while (
    tokens[i] &&
    (tokens[i]?.pos === 'PUNCT' || tokens[i]?.pos === 'SPACE' || tokens[i]?.pos === 'CCONJ')
  )
    i++
  let end = v
  while (end > i && tokens[end - 1]?.pos === 'ADV') end--
  const subject = tokens.slice(i, end)
  if (subject.length === 0 || subject.length > 6) return []
  const head = subject.at(-1)
  // A head the tagger read as a verb ("Yellow leaves") is still a noun here.
  if (
    !head ||
    !['NOUN', 'VERB'].includes(head.pos) ||
    !/^\p{Ll}/u.test(head.text) ||
    !isCommonNoun(head.lower)
  )
    return []
  // A capitalised first word the tagger took for a name ("Brown tips"): a describing word.
  const opening = (t: Token) =>
    t === subject[0] && subject.length > 1 && (isAdjective(t.lower) || isCommonNoun(t.lower))
  if (
    subject.some(
      (t) =>
        t.pos === 'PRON' ||
        (t.pos === 'PROPN' && !opening(t)) ||
        t.pos === 'PUNCT' ||
        t.pos === 'AUX' ||
        (t.pos === 'VERB' && t !== head && !/(?:ed|ing)$/.test(t.lower)) ||
        PERSONAL.has(t.lower),
    )
  )
    return []
  if (
    PERSON_NOUNS.has(head.lower) ||
    PERSON_SINGULAR.has(head.lower) ||
    PEOPLE_HEAD.test(head.lower)
  )
    return []
  const after = tokens.slice(v + 1, v + 3)
  if (after.length === 0 || after[0]?.pos === 'PUNCT') return []
  if (PERSONAL.has(after[0]?.lower ?? '') || PERSONAL.has(after.map((t) => t.lower).join(' ')))
    return []
  const verb = tokens[v] as Token
  // Agreement: "tips mean", "a rattle means"; a past or a plural head with "-s" is another reading.
  const plural = /[^s]s$/.test(head.lower)
  if (plural === /s$/.test(verb.lower)) return []
  const first = subject[0] as Token
  return [{ rule: 'generalisation', start: first.start, end: verb.end, strength: 'strong' }]
}

/** Words that open a condition a kind's behaviour follows: "When the yeasts run out of …". */
const CONDITIONS = set('when whenever if once')

/**
 * A kind's behaviour under a condition, in the present on both sides: "When clay dries it
 * shrinks", "When the yeasts run out of sugar they produce ethyl acetate", "If the pump
 * overheats, it shuts down". The condition's subject is a thing (a common noun, no person, no
 * pronoun: "When I press it, it beeps" is the writer's doing), and "it" or "they" then does
 * something in the present. Looks only at a stretch opening with one of those words.
 */
export function conditionals(tokens: readonly Token[]): RuleMatch[] {
  let i = 0
  while (tokens[i] && (tokens[i]?.pos === 'PUNCT' || tokens[i]?.pos === 'CCONJ')) i++
  const cond = tokens[i]
  if (!cond || !CONDITIONS.has(cond.lower)) return []
  let k = i + 1
  if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++
  let head: Token | undefined
  while (k < i + 6 && tokens[k] && ['ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '')) {
    if (tokens[k]?.pos === 'NOUN') head = tokens[k]
    k++
  }
  if (!head || tokens[k - 1] !== head || !/^\p{Ll}/u.test(head.text)) return []
  const h = head.lower
  if (
    PERSON_NOUNS.has(h) ||
    PERSON_SINGULAR.has(h) ||
    PEOPLE_HEAD.test(h) ||
    ANONYMOUS_NOUNS.has(h)
  )
    return []
  // wink may read the consequence's verb as a noun right after "it" ("it crazes").
  const present = (t: Token | undefined, plural: boolean, afterPronoun = false) => {
    if (!t || (t.pos !== 'VERB' && !(afterPronoun && t.pos === 'NOUN'))) return false
    const w = t.lower
    // "run", "come" are participles too, but base forms first.
    if (/(?:ed|ing)$/.test(w) || (IRREGULAR_PARTICIPLES.has(w) && !isBaseFormVerb(w))) return false
    return plural
      ? isBaseFormVerb(w) && !/[^s]s$/.test(w)
      : /[^s]s$/.test(w) &&
          (isBaseFormVerb(w.slice(0, -1)) || (/es$/.test(w) && isBaseFormVerb(w.slice(0, -2))))
  }
  const plural = /[^s]s$/.test(h)
  if (!present(tokens[k], plural)) return []
  // The consequence: "it" or "they" and a present verb, within a few words.
  for (let j = k + 1; j < k + 10 && tokens[j]; j++) {
    const t = tokens[j] as Token
    if (t.text === '.' || t.text === ';') return []
    if (t.lower !== 'it' && t.lower !== 'they') continue
    let v = j + 1
    while (tokens[v]?.pos === 'ADV' && v < j + 3) v++
    const verb = tokens[v]
    if (!present(verb, t.lower === 'they', v === j + 1) || MENTAL.has(verb?.lower ?? '')) return []
    return [
      { rule: 'generalisation', start: cond.start, end: (verb as Token).end, strength: 'strong' },
    ]
  }
  return []
}

/** "Nothing", "nobody", "none of the banks", "no one" as a subject: see quantifiedSubjects. */
function pronounQuantifier(tokens: readonly Token[], i: number, k: number): RuleMatch[] {
  const q = tokens[i]
  const last = tokens[k - 1]
  if (!q || !last) return []
  const rest = tokens.slice(k)
  // The verb follows at once, or after a short phrase ("Nothing in the old tariff is …").
  const v = rest.findIndex(isFinite)
  const between = rest.slice(0, Math.max(0, v))
  const phrase = between.length <= 2 || (between[0]?.pos === 'ADP' && between.length <= 6)
  if (v < 0 || !phrase || between.some((t) => t.pos === 'PUNCT')) return []
  if (HYPOTHETICAL.has(rest[v]?.lower ?? '')) return []
  const after = rest.slice(v)
  const passive = after.some(
    (t, j) =>
      j > 0 &&
      t.pos === 'VERB' &&
      (/(?:ed|en|wn)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) &&
      after.slice(Math.max(0, j - 3), j).some((x) => BE.has(x.lower)),
  )
  const checkable = after.some((t) => t.pos === 'PROPN' || t.pos === 'NUM')
  const strong = passive || checkable || k > i + 1
  return [{ rule: 'absolute', start: q.start, end: last.end, strength: strong ? 'strong' : 'weak' }]
}

/** A street name after a house number: "4 Chandlers Quay", "12 Mill Lane". */
const STREET =
  /^\s(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Place|Square|Row|Way|Close|Drive|Terrace|Court|Crescent|Hill|Walk|Parade|Quay|Wharf|Yard|Gardens|Mews|Boulevard|Blvd)\b/u

/** The token that holds offset `pos`, by binary search over a sentence's tokens. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const t = tokens[mid]
    if (!t) break
    if (t.end <= pos) lo = mid + 1
    else if (t.start > pos) hi = mid - 1
    else return mid
  }
  return -1
}

/**
 * Whether a number match is no figure: part of a model name ("Apex 10", "Sela 1.6 Hybrid",
 * "Route 14") or a clock time ("9:40", "7 p.m.", which is a date).
 */
export function numberKind(
  tokens: readonly Token[],
  m: RuleMatch,
  text: string,
): 'model' | 'time' | 'score' | 'contact' | 'figure' {
  // A telephone number or a street address is where to reach someone, not a figure:
  // "call 0300 555 0192", "4 Chandlers Quay, Wenmouth".
  const around = text.slice(Math.max(0, m.start - 14), m.end + 14)
  const own = text.slice(m.start, m.end)
  const phone = /(?:\+\d{1,3}[\s-]?)?\(?\d{2,5}\)?(?:[\s-]\d{3,4}){2}\b/.exec(around)
  if (phone && phone[0].includes(own)) return 'contact'
  if (STREET.test(text.slice(m.end, m.end + 40)) && /^\d{1,4}[a-z]?$/i.test(own)) return 'contact'
  // The inward half of a postcode: "WN3 7QL".
  if (/^\d$/.test(own) && /^[A-Z]{2}\b/.test(text.slice(m.end, m.end + 3))) return 'contact'
  const after = text.slice(m.end, m.end + 6)
  const before = text.slice(Math.max(0, m.start - 1), m.start)
  // "practice until 7.", "home before 6 tonight": an hour of the day.
  if (
    /^(?:[1-9]|1[0-2])$/.test(own) &&
    /\b(?:until|till|before|after|from|past)\s$/i.test(
      text.slice(Math.max(0, m.start - 8), m.start),
    ) &&
    /^(?:\s*[.,;!?]|\s+(?:tonight|in the (?:morning|evening)|at night|o[’']clock))/i.test(
      text.slice(m.end, m.end + 20),
    )
  )
    return 'time'
  if (
    /^(?::\d|\s?[ap]\.?m\b)/i.test(after) ||
    (before === ':' && /\d/.test(text[m.start - 2] ?? ''))
  )
    return 'time'
  // "4 out of 5": a score the piece gives, not a figure to check ("six colonies out of 40" is a
  // count: a noun stands between the figures).
  const lead = text.slice(Math.max(0, m.start - 16), m.start)
  if (
    /^\s*out of\s+\d/.test(text.slice(m.end, m.end + 12)) ||
    /(?:^|[^\w.,])\d+(?:\.\d+)?\s*out of\s*$/.test(lead)
  )
    return 'score'
  if (/^[$€£¥]/.test(text.slice(m.start, m.end))) return 'figure'
  const i = tokenAt(tokens, m.start)
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (
    prev &&
    prev.end <= m.start &&
    /^\s?$/.test(text.slice(prev.end, m.start)) &&
    (prev.pos === 'PROPN' || prev.text === '#') &&
    prev.entity !== 'DATE' &&
    tokens[i]?.entity !== 'DATE' &&
    /^(?:\p{Lu}\p{Ll}|\p{Lu}{2,3}$|#)/u.test(prev.text) &&
    !(next && MEASURES.has(next.lower))
  )
    return 'model'
  return 'figure'
}

/** Verbs that report what someone stated as fact: "said", "told the board that", "pointed out". */
const REPORTING = set(
  'say says said tell tells told add adds added explain explains explained note notes noted argue argues argued insist insists insisted warn warns warned admit admits admitted claim claims claimed point points pointed confirm confirms confirmed state states stated announce announces announced acknowledge acknowledges acknowledged concede concedes conceded maintain maintains maintained estimate estimates estimated report reports reported write writes wrote',
)

/**
 * Where a report of someone's statement begins in a clause, as a token index: "She said
 * [teenagers' clocks shift later]", "told the board that [districts … saw gains]", "pointed out
 * that [tretinoin has decades of evidence]". -1 when the clause reports nothing. The reporter
 * must be named before the verb (a name, a noun or a pronoun), and what follows must be a
 * clause of its own (a verb after a subject).
 */
export function reportedFrom(tokens: readonly Token[], subjectBefore = false): number {
  // A clause that goes on from its subject in an earlier one ("One worker, who asked not to be
  // named, | said the alarm sounded about 3:10 a.m.") opens with the verb.
  const lead = subjectBefore
    ? tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.pos !== 'ADV')
    : -1
  for (let i = lead >= 0 ? lead : 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || !REPORTING.has(t.lower) || t.pos === 'NOUN') continue
    let s = i - 1
    while (s >= 0 && tokens[s]?.pos === 'ADV') s--
    const subject = tokens[s]
    const opens = i === lead && (s < 0 || ['PUNCT', 'CCONJ'].includes(subject?.pos ?? ''))
    if (!opens && (!subject || !['PROPN', 'NOUN', 'PRON'].includes(subject.pos))) continue
    let k = i + 1
    if (tokens[k]?.lower === 'out') k++
    // "told the board that …", "told reporters …": the hearer comes first.
    if (['tell', 'tells', 'told'].includes(t.lower)) {
      while (tokens[k] && ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[k]?.pos ?? '')) {
        if (tokens[k]?.lower === 'that') break
        k++
      }
    }
    // "said in a statement that …"
    if (tokens[k]?.pos === 'ADP' && tokens[k]?.lower !== 'that') {
      const that = tokens.slice(k, k + 6).findIndex((x) => x.lower === 'that')
      if (that < 0) continue
      k += that
    }
    if (tokens[k]?.lower === 'that') k++
    const rest = tokens.slice(k, k + 8)
    const verb = rest.findIndex(isFinite)
    if (verb <= 0 || rest.slice(0, verb).some((x) => x.text === ',')) continue
    // "said she would introduce a motion", "tells me he'll grow out of it": an intention or a
    // forecast, which the forecast cue weighs on its own.
    if (
      tokens
        .slice(k)
        .some((x) => HYPOTHETICAL.has(x.lower) || ['will', '’ll', "'ll"].includes(x.lower))
    )
      continue
    return k
  }
  return -1
}

/**
 * "it can make hard kibble painful", "makes the skin drier": a causal claim read from parts of
 * speech — a form of "make", what it acts on (a pronoun or a noun phrase), then an adjective.
 */
export function makesSo(tokens: readonly Token[]): RuleMatch[] {
  const out: RuleMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || !['make', 'makes', 'made', 'making'].includes(t.lower) || t.pos !== 'VERB') continue
    let k = i + 1
    if (['it', 'them', 'him', 'her', 'you'].includes(tokens[k]?.lower ?? '')) k++
    else {
      if (tokens[k]?.pos === 'DET') k++
      const from = k
      while (
        tokens[k] &&
        ['ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '') &&
        tokens[k + 1]?.pos !== 'PUNCT'
      )
        k++
      if (k === from || tokens[k - 1]?.pos !== 'NOUN') continue
    }
    const adj = tokens[k]
    if (!adj || adj.pos !== 'ADJ' || ['sure', 'certain', 'clear'].includes(adj.lower)) continue
    out.push({ rule: 'causal', start: t.start, end: adj.end, strength: 'strong' })
  }
  return out
}

/**
 * Whether a noun phrase starts at `i` (what a kind is defined as): a common noun, or a
 * determiner or adjective before one; a word wink mis-tags ("oil/VERB") counts when it reads as
 * a common noun. Not a pronoun ("just what you need") or a clause.
 */
function definedAs(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || !/^\p{Ll}/u.test(t.text)) return false
  if (t.pos === 'NOUN') return true
  if (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower) && isCommonNoun(t.text)) return true
  if (t.pos === 'DET' || t.pos === 'ADJ') {
    const n = tokens.slice(i + 1, i + 3).findIndex((x) => x.pos === 'NOUN')
    // "Fog is just the sky having a lie-in": a noun doing something is an image, not a definition.
    const after = tokens[i + 2 + n]
    return n >= 0 && !(after?.pos === 'VERB' && /ing$/.test(after.lower))
  }
  return false
}

/** Adverbs that make "X is …" a definition: "Seasoning is just oil that …". */
const DEFINING = new Set(['just', 'simply', 'essentially', 'basically', 'merely'])

/** Comparatives that say a thing does something more or less than something else. */
const COMPARATIVE_WORDS = new Set(
  'hotter colder warmer cooler faster slower longer quicker cheaper dearer harder softer louder quieter further farther higher lower earlier later less more better worse drier wetter heavier lighter stronger weaker'.split(
    ' ',
  ),
)

/** Verbs whose comparative complement is a feeling or a look, not a measure ("feels better"). */
const LINKING = new Set(
  'feel feels look looks seem seems sound sounds get gets become becomes go goes want wants like likes need needs know knows think thinks love loves mean means'.split(
    ' ',
  ),
)

/**
 * A comparative right after a present verb, with nothing named to compare against: "the fires we
 * are seeing now burn hotter", "They drain faster on the surface", "They do much less for the
 * gumline". What a thing does more or less of can be measured; "than" is implied (then, the
 * others). Not after "I", "we" or "you" (how someone feels or fares), not a linking verb ("feels
 * better", "looks older"), not a verb in the past (an anecdote) and not before "than" (the
 * patterns read those).
 */
export function bareComparatives(tokens: readonly Token[]): RuleMatch[] {
  // "Fewer buses mean fewer passengers", "More rain means more slugs": a comparative quantity as
  // the subject of a present verb states how two amounts move together.
  let o = 0
  while (tokens[o] && (tokens[o]?.pos === 'PUNCT' || tokens[o]?.pos === 'CCONJ')) o++
  const q = tokens[o]
  if (q && ['fewer', 'more', 'less'].includes(q.lower)) {
    let n = o + 1
    while (tokens[n]?.pos === 'ADJ') n++
    const noun = tokens[n]
    const verb = tokens[n + 1]
    if (
      noun?.pos === 'NOUN' &&
      verb &&
      (verb.pos === 'VERB' || verb.pos === 'AUX') &&
      !/(?:ed|ing)$/.test(verb.lower) &&
      !PAST_FORMS.has(verb.lower) &&
      !['was', 'were', 'had', 'did'].includes(verb.lower)
    )
      return [{ rule: 'comparison', start: q.start, end: verb.end, strength: 'strong' }]
  }
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token
    const w = verb.lower
    // wink may read the verb as an adjective or a noun ("Sandy ones dry faster"): right after
    // the subject and before the comparative, a word that reads as a verb is one.
    const hidden =
      verb.pos !== 'VERB' &&
      ['NOUN', 'PRON'].includes(tokens[i - 1]?.pos ?? '') &&
      COMPARATIVE_WORDS.has(tokens[i + 1]?.lower ?? '') &&
      (isBaseFormVerb(w) || (/[^s]s$/.test(w) && isBaseFormVerb(w.slice(0, -1))))
    if (verb.pos !== 'VERB' && !hidden) continue
    if (/(?:ed|ing|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || LINKING.has(w)) continue
    let j = i + 1
    while (j < i + 3 && tokens[j]?.pos === 'ADV' && !COMPARATIVE_WORDS.has(tokens[j]?.lower ?? ''))
      j++
    const c = tokens[j]
    if (!c || !COMPARATIVE_WORDS.has(c.lower)) continue
    if (tokens.slice(j + 1, j + 6).some((t) => t.lower === 'than')) continue
    if (PAST_FORMS.has(w)) continue
    const subject = tokens.slice(0, i).filter((t) => t.pos !== 'PUNCT' && !isQuote(t))
    if (!subject.some((t) => t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN')) continue
    // The verb's own subject, past any adverbs: "we absolutely pay more attention".
    let k = subject.length - 1
    while (k > 0 && subject[k]?.pos === 'ADV') k--
    if (['i', 'we', 'you', 'i’m', "i'm"].includes(subject[k]?.lower ?? '')) continue
    return [{ rule: 'comparison', start: verb.start, end: c.end, strength: 'strong' }]
  }
  return []
}

/** Irregular verbs in the simple past (an anecdote's "took more convincing"). */
const PAST_FORMS = new Set(
  'took made went got came ran grew fell kept felt held left gave found brought bought paid sold told said thought knew saw drove rode wore wrote spent sent built began became'.split(
    ' ',
  ),
)

const isQuote = (t: Token) => /^[“”"‘’']$/.test(t.text)

/** The index of the last token that passes, or -1. */
function findLast(tokens: readonly Token[], ok: (t: Token, k: number) => boolean): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (ok(tokens[k] as Token, k)) return k
  return -1
}

/** Units a timetable counts in: "every morning", "every 20 minutes", "twice a week". */
const SCHEDULE =
  /^(?:every|each)\s+(?:(?:\d+|two|three|four|five|six|ten|twenty|thirty)\s+)?(?:morning|evening|night|day|weekday|weekend|week|fortnight|month|year|hour|minute|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$|^(?:once|twice|three times|four times)\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour|season)$|^(?:(?:once|twice|three times|four times)\s+)?(?:daily|weekly|monthly|hourly|nightly|annually)$/i

/** The first words SCHEDULE's phrases can open with. */
const SCHEDULE_OPENERS = new Set(
  'every each once twice three four daily weekly monthly hourly nightly annually'.split(' '),
)

/** Days a timetable repeats on: "on Saturdays", "on weekdays". */
const REPEATED_DAYS = new Set(
  'mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weeknights weekends'.split(
    ' ',
  ),
)

/**
 * Where a timetable's hour or repeated day at token `i` ends (exclusive), or -1: "on Saturdays",
 * "at 7.10am", "at 7:30 p.m.", "at 1pm", "at noon". A bare "at one" is not an hour.
 */
function timetabled(tokens: readonly Token[], words: readonly string[], i: number): number {
  const w = words[i]
  const next = words[i + 1] ?? ''
  if (w === 'on' && REPEATED_DAYS.has(next)) return i + 2
  if (w !== 'at') return -1
  if (next === 'noon' || next === 'midnight') return i + 2
  // "7:30", "7.10am" (wink: "7", ".", "10am."), "1pm", "10 a.m."
  const after = tokens
    .slice(i + 1, i + 5)
    .map((t) => t.text)
    .join('')
  const clock = /^(\d{1,2}(?:[:.]\d\d)?)(\s*[ap]\.?m\.?)?/i.exec(after)
  if (!clock?.[1] || (!clock[2] && !/[:.]\d\d/.test(clock[1]))) return -1
  // Past the tokens the clock takes up.
  let k = i + 1
  let taken = 0
  while (k < tokens.length && taken < (clock[0] as string).length) {
    taken += (tokens[k] as Token).text.length
    k++
  }
  return k
}

/** Subjects whose routines are a life's, not a timetable: people and pets. */
const NOT_TIMETABLED = new Set([
  'dog',
  'dogs',
  'cat',
  'cats',
  'baby',
  'babies',
  'child',
  'children',
  'kids',
])

/**
 * A timetable or a schedule a thing keeps, in the present: "The ferry leaves at 7:40 every
 * morning", "The menu changes every week", "Buses run every 20 minutes", "The market opens
 * twice a week". Its subject is a common noun for a thing or a service (not a person, a pet or a
 * pronoun) and its verb is in the present; a person's routine ("I have a coffee at nine every
 * morning", "She swims every day") is prose.
 */
export function schedules(tokens: readonly Token[]): RuleMatch[] {
  const words = tokens.map((t) => t.lower)
  let at = -1
  let end = -1
  for (let i = 0; i < tokens.length && at < 0; i++) {
    // A timetable's hour or day: "leaves at 7.10am", "shuts at one on Wednesdays", "is open on
    // Saturdays from 10 a.m.".
    const hour = timetabled(tokens, words, i)
    if (hour > i) {
      at = i
      end = hour - 1
      break
    }
    // Every schedule opens with one of these words: the phrases are built only from there.
    if (!SCHEDULE_OPENERS.has(words[i] ?? '')) continue
    for (const n of [1, 2, 3, 4]) {
      const phrase = words.slice(i, i + n).join(' ')
      if (SCHEDULE.test(phrase)) {
        at = i
        end = i + n - 1
        break
      }
    }
  }
  if (at < 0) return []
  // The verb, or a present "-s" verb wink read as a noun after its subject ("The menu changes").
  const v = findLast(
    tokens,
    (t, k) =>
      k < at &&
      (t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        (k > 0 &&
          t.pos === 'NOUN' &&
          tokens[k - 1]?.pos === 'NOUN' &&
          /[^s]s$/.test(t.lower) &&
          isBaseFormVerb(t.lower.slice(0, -1)) &&
          !['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? ''))),
  )
  if (v < 1) return []
  // Someone else between the verb and the schedule ("the story my son requests every night").
  if (tokens.slice(v + 1, at).some((t) => t.pos === 'PRON')) return []
  const verb = tokens[v] as Token
  const w = verb.lower
  if (/(?:ed|ing)$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || PAST_FORMS.has(w)) return []
  if (['was', 'were', 'had', 'did', 'would', 'could', 'should', 'must', 'might'].includes(w))
    return []
  // A timetable's hour or day is kept by a verb in the present that has its own subject
  // ("leaves at 7.10am", "is open on Saturdays"), not by an infinitive or a participle ("to be
  // alert at 7:30 a.m.", "readings taken at noon").
  if (
    timetabled(tokens, words, at) > at &&
    (!(/s$/.test(w) || isBaseFormVerb(w)) ||
      w === 'be' ||
      ['to', 'will', 'can', 'may'].includes(tokens[v - 1]?.lower ?? ''))
  )
    return []
  // The verb's own subject starts after the verb or conjunction before it ("That means the menu
  // changes every week").
  let from = v - 1
  while (
    from >= 0 &&
    !['VERB', 'AUX', 'SCONJ'].includes(tokens[from]?.pos ?? '') &&
    tokens[from]?.text !== ','
  )
    from--
  if (from >= 0 && ['where', 'when', 'while', 'if', 'as'].includes(tokens[from]?.lower ?? ''))
    return []
  const subject = tokens.slice(from + 1, v).filter((t) => t.pos !== 'PUNCT' && !isQuote(t))
  // A pronoun or a name opening the subject is someone's routine ("She swims", "Ana opens …");
  // a name after the head is where the thing goes ("The ferry out of Port Aske").
  const opener = subject.find((t) => t.pos !== 'DET' && t.pos !== 'ADJ')
  if (!opener || opener.pos === 'PRON' || opener.pos === 'PROPN') return []
  // "Where the road disappears twice a day": a clause that describes, not one that states.
  if (['where', 'when', 'while', 'whenever', 'if', 'as'].includes(subject[0]?.lower ?? ''))
    return []
  if (subject.some((t) => t.pos === 'PRON')) return []
  const head = [...subject].reverse().find((t) => t.pos === 'NOUN')
  if (!head || subject.length > 6) return []
  const h = head.lower
  const singular = h.replace(/s$/, '')
  if (
    PERSON_NOUNS.has(h) ||
    PERSON_NOUNS.has(singular) ||
    ANONYMOUS_NOUNS.has(h) ||
    NOT_TIMETABLED.has(h) ||
    /(?:er|or|ist|ian)s?$/.test(h)
  )
    return []
  const last = tokens[end] as Token
  return [{ rule: 'date', start: verb.start, end: last.end, strength: 'strong' }]
}

const OFFERING = new Set([
  'offer',
  'offers',
  'provide',
  'provides',
  'give',
  'gives',
  'include',
  'includes',
])
/** "free" in a turn of phrase, not a price: "free time", "a free hand", "free rein". */
const FREE_IDIOMS = new Set([
  'time',
  'hand',
  'rein',
  'will',
  'spirit',
  'speech',
  'of',
  'from',
  'to',
  'and',
])

/**
 * What a business or a service offers at no cost or on trial, in the present: "Trundle offers a
 * free two-week home trial", "many utilities offer free testing", "the company provides a free
 * video call with an installer", "Corvid offers a home trial on its commuter range". A price of
 * nothing is a price to check. Not the writer's or the reader's ("we offer …", "you get …" are
 * read by the first- and second-person rules), not an infinitive or a wish ("hoped to offer a
 * free …", "would give the trial a fair chance"), not "free" in a turn of phrase ("gives you
 * free time", "offers a free hand"). The object is read up to the clause's next punctuation.
 */
export function offers(tokens: readonly Token[]): RuleMatch[] {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v] as Token
    if (!OFFERING.has(verb.lower) || (verb.pos !== 'VERB' && verb.pos !== 'NOUN')) continue
    const before = tokens[v - 1] as Token
    if (
      ['to', 'would', 'could', 'might', 'should', 'will', 'may', 'can', 'must'].includes(
        before.lower,
      )
    )
      continue
    // The subject: the nearest noun, name or pronoun before the verb.
    const subject = findLast(
      tokens.slice(0, v),
      (t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON',
    )
    const who = tokens[subject]
    if (!who || ['i', 'we', 'you', 'he', 'she'].includes(who.lower)) continue
    for (let k = v + 1; k < Math.min(tokens.length, v + 8); k++) {
      const t = tokens[k] as Token
      if (t.pos === 'PUNCT' && !/^[-–]$/.test(t.text)) break
      // The trial is what is on offer: the phrase ends there or goes on to what it covers ("a
      // home trial on its range", "a 30-day trial period"); not a court trial in a story ("a
      // trial that drags") nor a noun it describes ("a trial lawyer's view", "a trial scene").
      const after = tokens[k + 1]
      const trial =
        t.lower === 'trial' &&
        ['a', 'an'].some((d) => tokens.slice(v + 1, k).some((x) => x.lower === d)) &&
        (!after ||
          (after.pos === 'PUNCT' && !/^[-–]$/.test(after.text)) ||
          ['of', 'on', 'for', 'to', 'with', 'at', 'in', 'period', 'periods'].includes(after.lower))
      const free =
        t.lower === 'free' &&
        !FREE_IDIOMS.has(tokens[k + 1]?.lower ?? '') &&
        tokens[k + 1]?.pos !== 'PUNCT'
      if (trial || free)
        return [{ rule: 'specification', start: verb.start, end: t.end, strength: 'strong' }]
    }
  }
  return []
}
