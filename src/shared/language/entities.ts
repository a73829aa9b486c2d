import {
  FEMALE_PRONOUNS,
  HONORIFICS,
  KNOWN_PLACES,
  ANONYMOUS_NOUNS,
  MALE_PRONOUNS,
  MASTHEAD_HEADS,
  MASTHEAD_OPENERS,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  STREET_WORDS,
  PRODUCT_NOUNS,
  ROLE_TITLES,
  SPEECH_VERBS,
  SPOKES_NOUNS,
} from './lexicon'
import { firstNameGender, isFirstName } from './names'
import { isAdjective, isBaseFormVerb } from './nlp'
import type { Mention } from './mentions'
import type { Token } from './nlp'

export type EntityKind = 'person' | 'organisation' | 'product' | 'place' | 'unknown'

/** One person, organisation, product or place the text names, with every mention of it. */
export interface Entity {
  readonly id: number
  /** Its fullest name in the text. */
  name: string
  kind: EntityKind
  gender: 'female' | 'male' | null
  /** Role nouns the text gives it ("dermatologist", "captain", "company"). */
  readonly roles: Set<string>
  readonly mentions: Mention[]
  /** Evidence per kind, summed over mentions. */
  readonly score: Record<Exclude<EntityKind, 'unknown'>, number>
  /** The brand family key: the first word of an organisation's or product's name. */
  brand: string
}

const words = (name: string) => name.split(/\s+/).filter(Boolean)

/** The last word of a law's or a treaty's name: "Clean Air Act", "Online Safety Bill". */
const LAW_WORDS = new Set([
  'act',
  'bill',
  'directive',
  'regulation',
  'regulations',
  'amendment',
  'treaty',
  'convention',
  'statute',
  'ordinance',
])

const lastWord = (name: string) => (words(name).at(-1) ?? '').toLowerCase()
const firstWord = (name: string) => (words(name)[0] ?? '').toLowerCase().replace(/[’']s$/, '')

/** Whether a short mention names the same thing as a longer name (surname, first word, whole). */
export function aliasOf(short: string, full: string): boolean {
  const s = short.toLowerCase()
  const f = full.toLowerCase()
  if (s === f) return true
  const fw = words(f)
  const sw = words(s)
  if (sw.length >= fw.length) return false
  // "Castellane" ↔ "Imogen Castellane"; "Velisse" ↔ "Velisse Skin"; "Okonjo-Bright" ↔ "Teresa Okonjo-Bright".
  if (sw.length === 1) return s === fw.at(-1) || s === fw[0]
  return f.endsWith(` ${s}`) || f.startsWith(`${s} `)
}

/** What a name's own words say, the same wherever it is written: worked out once per name. */
interface NameFacts {
  readonly nameWords: readonly string[]
  readonly multi: boolean
  readonly orgHead: boolean
  /** Whether its first word is a known first name. */
  readonly firstName: boolean
  /**
   * "Ama Castle", "Rosa Hill": two words, the first nobody's common word, the last an
   * institution's or a place's head that is also a surname. Its words say little; how the text
   * uses it decides.
   */
  readonly surnameHead: boolean
  /**
   * "Visit Harrowby", "Discover Tallow": a verb's base form (no known first name) before a name,
   * how a tourism body or a campaign is named. Some first names read as verbs too ("Frank"), so
   * it is a lean, not a verdict.
   */
  readonly verbFirst: boolean
  /** The evidence its words give, before its neighbours are read. */
  readonly score: Readonly<Record<Exclude<EntityKind, 'unknown'>, number>>
}

function nameFacts(name: string): NameFacts {
  const score = { person: 0, organisation: 0, product: 0, place: 0 }
  const nameWords = words(name).map((w) => w.toLowerCase())
  const last = nameWords.at(-1) ?? ''
  const firstName = isFirstName(nameWords[0] ?? '')
  // Name endings say what a name is only when there is a name before them ("Velisse Skin").
  const multi = nameWords.length >= 2
  if (KNOWN_PLACES.has(nameWords.join(' '))) score.place += 6
  // The last word is the name's head: "Cale Valley River Authority" is an authority.
  // …and "University of Orrenby", "Bank of Harlow": an institution word the name opens with,
  // before "of".
  const first = nameWords[0] ?? ''
  // "Harrow Bank UK", "Lantern Monthly UK": an institution's name with its country after it.
  const countryTail =
    nameWords.length >= 3 && KNOWN_PLACES.has(last) && ORG_WORDS.has(nameWords.at(-2) ?? '')
  const orgHead =
    (multi && (ORG_WORDS.has(last) || orgPlural(last))) ||
    // "Evening Standard", "Sunday Mail": a masthead's day or time word before its last word.
    (nameWords.length === 2 && MASTHEAD_OPENERS.has(first) && MASTHEAD_HEADS.has(last)) ||
    countryTail ||
    // "Brennock Civil Works of Halden", "Bank of Carrow": an institution word before "of".
    nameWords.some((w, k) => k > 0 && nameWords[k + 1] === 'of' && ORG_WORDS.has(w)) ||
    nameWords.includes('&') ||
    (ORG_WORDS.has(first) && (nameWords[1] === 'of' || nameWords[1] === 'for'))
  const surnameHead =
    nameWords.length === 2 &&
    SURNAME_HEADS.has(last) &&
    /^\p{L}+$/u.test(first) &&
    !ORG_WORDS.has(first) &&
    !PLACE_WORDS.has(first) &&
    !PLACE_PREFIXES.has(first) &&
    !KNOWN_PLACES.has(first) &&
    (firstName || (!isAdjective(first) && !isBaseFormVerb(first)))
  const verbFirst =
    multi &&
    nameWords.length <= 3 &&
    !orgHead &&
    !firstName &&
    /^\p{L}+$/u.test(first) &&
    isBaseFormVerb(first)
  // A surname-like head says less than an institution's own word ("Ama Castle" said she …).
  if (orgHead) score.organisation += surnameHead ? 2 : 4
  if (multi && (PLACE_WORDS.has(last) || STREET_WORDS.has(last)) && !orgHead)
    score.place += surnameHead ? 1 : 2
  // "Brightwave Q20", "Pellar X5": a model code (letters and digits) after a brand's name.
  const code = words(name).at(-1) ?? ''
  if (multi && /^\p{Lu}{1,3}-?\d{1,4}\p{Ll}?$/u.test(code)) score.product += 2
  if (multi && PRODUCT_NOUNS.has(last)) score.product += 3
  // "Pockett Mini", "Brellan Arc Pro", "Tuftly Go": a model's word after a brand's name.
  else if (multi && MODEL_WORDS.has(last) && !firstName) score.product += 2
  // A lean only, and no person's two-word lean either: "Frank Molloy" is a person whose first
  // name is also a verb, so the text's use of the name ("said", "she", a credit, a role held
  // at it, its site) decides.
  if (verbFirst) score.organisation += 0.5
  else if (
    nameWords.length >= 2 &&
    nameWords.length <= 3 &&
    !nameWords.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || PRODUCT_NOUNS.has(w))
  )
    score.person += 0.5
  if (nameWords.length >= 4) score.organisation += 0.5
  // A known first name before a surname: a person, most likely.
  if (multi && nameWords.length <= 3 && firstName) score.person += 1
  return { nameWords, multi, orgHead, firstName, surnameHead, verbFirst, score }
}

/**
 * Heads of institutions' and places' names that are also common surnames: "Ama Castle",
 * "Rosa Hill", "Tom Mill". (A head that names only a thing, "Bakery", "Authority", is not here.)
 */
const SURNAME_HEADS = new Set(
  'castle hall house mill court bank lodge manor hill wood woods park lane green bridge moor field fields brook brooks ford cross head'.split(
    ' ',
  ),
)

/**
 * "Tarrow Hearing Clinics", "Pell Dental Centres": an institution word in the plural heads a chain's
 * name. Not a surname-like head's plural, which is a surname too ("Banks", "Mills", "Woods").
 */
function orgPlural(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false
  const one = word.slice(0, -1)
  const two = word.endsWith('es') ? word.slice(0, -2) : ''
  return [one, two].some((w) => w.length >= 3 && ORG_WORDS.has(w) && !SURNAME_HEADS.has(w))
}

/** Words that end a product model's name after its brand's: "Pockett Mini", "Arc Pro", "Aria Duo". */
const MODEL_WORDS = new Set('mini pro max plus lite ultra duo trio go air neo flex xl'.split(' '))

/** Roles held at an organisation: "chief executive of X", "the founder of X", "a director of X". */
const LEADER_NOUNS = new Set(
  'executive ceo founder co-founder cofounder director chair chairman chairwoman chairperson spokesperson spokeswoman spokesman owner owners manager managers staff employee employees head trustee trustees shareholder shareholders investor investors member members'.split(
    ' ',
  ),
)

/** Titles of those who run an organisation, set after its name: "X chief executive", "X founder". */
const RUNS_IT = new Set(
  'chief ceo founder co-founder cofounder chairman chairwoman boss spokesperson'.split(' '),
)

/** Credits only a body gives: "sponsored by X", "in partnership with X", "courtesy of X". */
const BACKER_CUES: readonly (readonly string[])[] = [
  ['sponsored', 'by'],
  ['funded', 'by'],
  ['commissioned', 'by'],
  ['supported', 'by'],
  ['presented', 'by'],
  ['partnership', 'with'],
  ['association', 'with'],
  ['courtesy', 'of'],
  ['for', 'by'],
  ['thanks', 'to'],
]

/** Evidence for each kind from a mention's own words and its neighbours in the sentence. */
function evidence(
  m: Mention,
  facts: NameFacts,
  personBetween: (from: number, to: number) => boolean = () => false,
): Entity['score'] & { roles: string[]; gender: Entity['gender'] } {
  const score = { person: 0, organisation: 0, product: 0, place: 0 }
  const roles: string[] = []
  const toks = m.sentence.tokens
  const before = toks[m.tokenIndex - 1]
  const before2 = toks[m.tokenIndex - 2]
  const after = toks[m.possessive ? m.tokenEnd + 1 : m.tokenEnd]
  const { nameWords, orgHead, multi, firstName } = facts
  if (m.title) {
    score.person += 4
    const role = m.title.toLowerCase().split(/\s+/).at(-1)?.replace(/\.$/, '')
    if (role && ROLE_TITLES.has(role)) roles.push(role)
  }
  score.person += facts.score.person
  score.organisation += facts.score.organisation
  score.product += facts.score.product
  score.place += facts.score.place
  // "At Gulliver's Smokehouse", "from Tully's Bakery": a possessive name opening a business's
  // name (its last word an institution's) is the owner it is named after; the preposition's
  // place is the business, and a name on a shop front is as often a person's as a firm's.
  const namesake = m.possessive && ownerOfNamedBusiness(toks, m.tokenEnd + 1)
  // "$74 at Brightwave", "£19.99 at Harlow Outfitters": where a price is paid is a retailer.
  const retailer =
    before?.lower === 'at' &&
    toks
      .slice(Math.max(0, m.tokenIndex - 4), m.tokenIndex - 1)
      .some((t) => t.entity === 'MONEY' || /^[$£€]/.test(t.text)) &&
    !nameWords.some((w) => PLACE_WORDS.has(w))
  if (retailer) score.organisation += 2
  // Place: "in X", "from X", "near X" with no person evidence.
  if (
    !orgHead &&
    !namesake &&
    !retailer &&
    before &&
    ['in', 'near', 'across', 'around', 'outside', 'throughout', 'at'].includes(before.lower)
  )
    score.place += 1.5
  // "lives in London E1", "works in Leeds LS6": a postcode district after a town, where a place
  // preposition (no article) sets the name, is where someone is, not a model code ("the Pellar X5").
  if (
    multi &&
    !orgHead &&
    before &&
    ['in', 'near', 'from', 'around', 'outside', 'to'].includes(before.lower) &&
    /^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(words(m.name).at(-1) ?? '') &&
    facts.score.product === 2
  )
    score.place += 2.5
  // "on Carrick Head", "the cliffs on Marra Holm": a name of two words or more after "on" is
  // where something is (a lone word after "on" is as often a platform: "on Instagram").
  if (!orgHead && multi && before?.lower === 'on') score.place += 1.5
  // "we sailed to Tarran", "I cross to Elm Holm", "population 41": a journey's end, or a
  // population given in apposition, is a place.
  if (!orgHead && before?.lower === 'to' && before2 && MOTION_VERBS.has(before2.lower))
    score.place += 1.5
  if (after?.text === ',' && toks[m.tokenEnd + 1]?.lower === 'population') score.place += 3
  // "from Elmsford Downs": a two-word name after "from" whose first word is nobody's first name
  // is where someone comes from ("a letter from Tobias Renn" stays a person's).
  if (!orgHead && multi && before?.lower === 'from' && !firstName) score.place += 1.5
  // "Sankt Aurel", "Port Marlow", "Mount Carrow": a place's opening word, not a first name.
  if (multi && !m.title && PLACE_PREFIXES.has(nameWords[0] ?? '')) {
    score.place += 2
    score.person -= 1
  }
  // "head chef Ana Vidal-Kerr", "flood manager Owen Castellane": a lower-case role right before.
  if (
    before &&
    /^\p{Ll}/u.test(before.text) &&
    (PERSON_NOUNS.has(before.lower) || ROLE_TITLES.has(before.lower))
  ) {
    score.person += 2
    roles.push(before.lower)
  }
  // "her neighbour, Lila Park", "the landlord, Donnie Rae": a person noun set before the name.
  if (
    before?.text === ',' &&
    before2 &&
    /^\p{Ll}/u.test(before2.text) &&
    (PERSON_NOUNS.has(before2.lower) ||
      ROLE_TITLES.has(before2.lower) ||
      // "The harbour master, Ada Quill,": an agent noun set before the name.
      (before2.pos === 'NOUN' &&
        /(?:er|or|ist|ian)$/.test(before2.lower) &&
        // ("Another listener, Maeve in Ashby,", "One caller, Tomasz,": one of several people)
        ['the', 'our', 'his', 'her', 'their', 'its', 'another', 'one'].includes(
          toks
            .slice(Math.max(0, m.tokenIndex - 5), m.tokenIndex - 2)
            .find((t) => t.pos === 'DET' || t.pos === 'PRON')?.lower ?? '',
        )))
  ) {
    score.person += 3
    roles.push(before2.lower)
  }
  // "Korvel's head of audio, Ada Quill,", "the firm's director of sales in Europe, Ben Hale": a
  // role noun that a prepositional phrase goes on from, after a determiner or a possessive, set
  // before the name. Nothing but the noun phrase lies between the role and the comma.
  const headed = before?.text === ',' && !m.title ? roleHeadBefore(toks, m.tokenIndex - 1) : null
  if (headed) {
    score.person += 3
    roles.push(headed)
  }
  // "Her school, Open Sky Kiting,", "she founded a club, Tidewater Sculling,": an
  // institution's noun set before the name, after a determiner or a possessive, with the
  // apposition closed right after the name. Not a fronted phrase whose comma opens the clause the
  // name is the subject of ("The best table at the cafe, Ansel Corrie insists, is ...",
  // "Everyone at the school, Brisa Tolland included, ..."): no preposition before the noun
  // phrase, and no word between the name and its closing comma or full stop.
  const apposed = toks[m.tokenEnd]
  if (
    before?.text === ',' &&
    before2 &&
    !m.title &&
    before2.pos === 'NOUN' &&
    /^\p{Ll}/u.test(before2.text) &&
    (ORG_NOUNS.has(before2.lower) || VENUE_NOUNS.has(before2.lower)) &&
    ['the', 'a', 'an', 'our', 'his', 'her', 'their', 'its', 'my'].includes(
      toks[m.tokenIndex - 3]?.lower ?? '',
    ) &&
    toks[m.tokenIndex - 4]?.pos !== 'ADP' &&
    (!apposed || /^[,.;:)—–]$/.test(apposed.text))
  ) {
    score.organisation += 3
    roles.push(before2.lower)
  }
  // "her first name, Wen", "identified only as Wen": a name given as someone's own is a
  // person's (a reader or a source who keeps the surname out).
  const given =
    (before?.text === ',' &&
      before2?.lower === 'name' &&
      ['first', 'her', 'his', 'their', 'my'].includes(toks[m.tokenIndex - 3]?.lower ?? '')) ||
    (before?.lower === 'as' &&
      before2?.lower === 'only' &&
      ['identified', 'named', 'known', 'be'].includes(toks[m.tokenIndex - 3]?.lower ?? ''))
  if (given && !m.title) score.person += 3
  // "Jade Oyelaran, 1.2 million followers", "X (640,000 subscribers)": a creator's count set
  // beside a two- or three-word name with no institution's or product's word.
  if (
    multi &&
    nameWords.length <= 3 &&
    !orgHead &&
    facts.score.product === 0 &&
    facts.score.place === 0 &&
    (after?.text === ',' || after?.text === '(') &&
    toks[m.tokenEnd + 1]?.pos === 'NUM'
  ) {
    const count = toks.slice(m.tokenEnd + 2, m.tokenEnd + 4).find((t) => t.pos === 'NOUN')
    if (count && FOLLOWING.has(count.lower)) score.person += 1.5
  }
  // "June Park (@junepark)": a handle in brackets after a two- or three-word name with no
  // institution's word is a creator's account.
  if (
    multi &&
    nameWords.length <= 3 &&
    !orgHead &&
    after?.text === '(' &&
    /^@[\p{L}\p{N}_.]+$/u.test(toks[m.tokenEnd + 1]?.text ?? '')
  )
    score.person += 1.5
  // "June Park", "April Stone": a month the mention reader let open a name is a first name.
  if (multi && /^(?:april|may|june|august|january)$/.test(nameWords[0] ?? '')) score.person += 1.5
  // "my swim buddy Fen", "our flatmate Jory": a companion's noun before a name, after a
  // possessive, is said only of people.
  if (
    before &&
    !m.title &&
    before.pos === 'NOUN' &&
    /(?:mate|buddy|pal|partner|friend|colleague|neighbou?r|companion)$/.test(before.lower) &&
    toks
      .slice(Math.max(0, m.tokenIndex - 4), m.tokenIndex - 1)
      .some((t) => ['my', 'our', 'his', 'her', 'their'].includes(t.lower))
  ) {
    score.person += 3
    roles.push(before.lower)
  }
  // "the advocacy group Transit Forward", "the chemist Rafael Dunmore": the noun before says.
  if (before && !m.title) {
    if (ORG_NOUNS.has(before.lower)) score.organisation += 3
    else if (PERSON_NOUNS.has(before.lower) && before.pos === 'NOUN') score.person += 2
  }
  // "the Dallow family", "the Okafor twins": a name that modifies the noun after it leaves the
  // determiner to that noun, and a family or its members are people.
  const modifies = !m.possessive && after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)
  if (modifies && FAMILY_NOUNS.has(after.lower)) score.person += 1
  // People are not "the Sela" or "the Quiet Season": a determiner before a name marks a thing.
  if (
    !modifies &&
    before &&
    ['the', 'a', 'an', 'our', 'its', 'their', 'every', 'each'].includes(before.lower) &&
    !m.title
  ) {
    score.organisation += 0.5
    score.person -= nameWords.length === 1 ? 2 : 1
  }
  // Price right after: a product ("Velisse Night Serum, $68"), also after its vintage or model
  // year ("Marrowbank Old Vine Zinfandel 2021, £19.50").
  const year = /^(19|20)\d\d$/.test(toks[m.tokenEnd]?.text ?? '') ? 1 : 0
  const a1 = toks[m.tokenEnd + year]
  const a2 = toks[m.tokenEnd + year + 1]
  if (
    a1?.entity === 'MONEY' ||
    a1?.text === '$' ||
    a1?.text === '£' ||
    a1?.text === '€' ||
    ((a1?.text === ',' || a1?.text === '(') &&
      (a2?.entity === 'MONEY' || /^[$£€]/.test(a2?.text ?? '')))
  )
    score.product += 3
  // "the Valkin Swift 220", "Best budget: Orrin Basic 1.7", "the Glide 4 is …": a bare model
  // number right after a two- or three-word name (no year, no unit or count after it) is a
  // product's.
  const model = toks[m.tokenEnd]
  const afterModel = toks[m.tokenEnd + 1]
  if (
    multi &&
    nameWords.length <= 3 &&
    !m.possessive &&
    !m.title &&
    !firstName &&
    !orgHead &&
    model &&
    model.start === m.end + 1 &&
    /^\d{1,4}(?:\.\d)?$/.test(model.text) &&
    !/^(?:19|20)\d\d$/.test(model.text) &&
    facts.score.place === 0 &&
    (!afterModel || !['NOUN', 'PROPN', 'NUM', 'ADJ', 'SYM'].includes(afterModel.pos))
  )
    score.product += 2
  // Apposition: "X, a board-certified dermatologist" / "X, a skincare brand" / "X, 34, a nurse".
  // An age in apposition ("Gloria Nwankwo, 71, has …") is said only of people.
  if (
    after?.text === ',' &&
    toks[m.tokenEnd + 1]?.pos === 'NUM' &&
    toks[m.tokenEnd + 2]?.text === ','
  )
    score.person += 3
  if (after && after.text === ',') {
    let k = m.tokenEnd + 1
    if (toks[k]?.pos === 'NUM') k += 2
    // "X, Halvard's chief engineer,": a possessive name is the apposition's determiner.
    for (let n = k; n < Math.min(toks.length, k + 4) && /^\p{Lu}/u.test(toks[n]?.text ?? ''); n++)
      if (toks[n + 1]?.lower === "'s" || toks[n + 1]?.lower === '’s') {
        k = n + 1
        break
      }
    const det = toks[k]
    const possessor = det?.lower === "'s" || det?.lower === '’s'
    if (
      det &&
      (possessor || ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our'].includes(det.lower))
    ) {
      let head: string | null = null
      let brandLine = false
      for (let n = k + 1; n < Math.min(toks.length, k + 8); n++) {
        const w = toks[n]
        // "a venture-backed start-up", "a small non-profit": a hyphenated word the lexicon knows
        // is one noun, whatever wink tagged its parts.
        const h1 = toks[n + 1]
        const h2 = toks[n + 2]
        const compound =
          w && h1?.text === '-' && h2 && w.end === h1.start && h1.end === h2.start
            ? `${w.lower}-${h2.lower}`
            : ''
        if (compound && (ORG_NOUNS.has(compound) || PERSON_NOUNS.has(compound))) {
          head = compound
          n += 2
          continue
        }
        // "board-certified", "Ostborne-based": a hyphen inside the apposition does not end it.
        if (w?.text === '-' || toks[n - 1]?.text === '-') continue
        // "a serum the company says …": a second determiner starts another phrase, and so does
        // a possessive ("the label her brother started": the head is "label", not "brother").
        if (head && (w?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(w?.lower ?? ''))) break
        // "a fermented dairy drink", "a paid clinical adviser": a participle before the phrase's
        // head describes it and does not end it, nor does a gerund ("a teaching assistant", "a
        // managing director").
        if (
          !head &&
          w?.pos === 'VERB' &&
          /(?:ed|en|ing)$/.test(w.lower) &&
          ['NOUN', 'ADJ', 'PROPN'].includes(toks[n + 1]?.pos ?? '')
        )
          continue
        if (
          !w ||
          w.pos === 'PUNCT' ||
          w.pos === 'ADP' ||
          w.pos === 'VERB' ||
          w.pos === 'AUX' ||
          w.lower === 'who' ||
          w.lower === 'which' ||
          w.lower === 'that'
        ) {
          // "According to Trade Weekly, the company said …": a phrase after the comma that goes
          // straight on to its own verb of saying or auxiliary is the next clause's subject, not
          // an apposition to the name.
          if (
            head &&
            w &&
            toks[n - 1]?.lower === head &&
            (w.pos === 'AUX' || (w.pos === 'VERB' && SPEECH_VERBS.has(w.lower)))
          )
            head = null
          break
        }
        // The phrase's head is its last noun: "a flood manager", "a skincare brand".
        if (w.pos === 'NOUN' || w.pos === 'PROPN') {
          // "a skincare line", "a clothing range": a maker's line of goods named by its kind is
          // a brand, as "a skincare brand" is.
          brandLine = !!head && toks[n - 1]?.pos === 'NOUN' && BRAND_LINES.has(w.lower)
          head = w.lower
        }
      }
      // "a former miner", "a retired plumber": what one has retired from is a person's work.
      const former = toks
        .slice(k + 1, k + 3)
        .some((w) => w.lower === 'former' || w.lower === 'retired')
      // "Ana Ruiz, the school's headteacher,": a role title is a person's too.
      if (
        head &&
        (former ||
          PERSON_NOUNS.has(head) ||
          ROLE_TITLES.has(head) ||
          /(ist|ician|ologist)$/.test(head) ||
          unnamedish(head))
      ) {
        score.person += 3
        roles.push(head)
      } else if (head && (ORG_NOUNS.has(head) || brandLine)) {
        score.organisation += 3
        roles.push(head)
      } else if (head && PRODUCT_NOUNS.has(head)) score.product += 2
      // "X, a slow-milled wholemeal flour,": a thing's noun — no person's (no agent ending), no
      // organisation's, no place's — says a little that X is a thing.
      else if (
        head &&
        /^\p{Ll}/u.test(head) &&
        // (plural too: "X, one of its shareholders")
        !/(?:er|or|ist|ian|ant|ent|ess|ow|man|woman|one|body)$/.test(singular(head)) &&
        !PLACE_WORDS.has(head) &&
        !unnamedish(head)
      )
        score.product += 1
    }
    const rel = toks[m.tokenEnd + 1]
    // "the Ferrow Compact, which carries the line on its box": what has words on or in a box
    // or a label of its own is a product. (A company acts on its packaging: "X, which
    // redesigned its labels last year".)
    if (rel && (rel.lower === 'which' || rel.lower === 'that')) {
      const clause = toks.slice(m.tokenEnd + 2, m.tokenEnd + 12)
      const close = clause.findIndex((t) => /^[,.;:!?—–]$/.test(t.text))
      const own = close < 0 ? clause : clause.slice(0, close)
      if (
        own.some(
          (t, i) =>
            t.lower === 'its' &&
            PACKAGING.has(own[i + 1]?.lower ?? '') &&
            ['on', 'in', 'inside', 'across'].includes(own[i - 1]?.lower ?? ''),
        )
      )
        score.product += 2
      else score.organisation += 1
    }
    if (rel && rel.lower === 'who') score.person += 2
  }
  // "a reader in Harlow who asked …": after a place preposition, "who" is about someone else.
  const located = !!before && ['in', 'at', 'near', 'from', 'outside'].includes(before.lower)
  if (after && after.lower === 'who' && !located) score.person += 1.5
  // Speech: "X said" / "said X" — people mostly, organisations sometimes.
  // "X (1.2 million followers) posted …": a bracketed aside right after the name is skipped.
  // "X (LSE: XLD) said": a stock ticker after a name marks a listed company; that aside is
  // no person's detail, and the verb after it is a company's.
  const ticker = tickerAside(toks, m.tokenEnd)
  if (ticker) score.organisation += 2
  const past = ticker ? m.tokenEnd : afterAside(toks, m.tokenEnd)
  const verbAfter = m.possessive ? undefined : toks[past]
  // "Research suggests …", "Sales rose …": a lone word opening a sentence is rarely a person.
  const opensSentence = toks.slice(0, m.tokenIndex).every((t) => t.pos === 'PUNCT')
  const lone = nameWords.length === 1 && opensSentence && !firstName
  if (verbAfter && SPEECH_VERBS.has(verbAfter.lower)) score.person += lone ? 0.5 : 1.5
  if (
    before &&
    SPEECH_VERBS.has(before.lower) &&
    (before2?.text === ',' || before2?.text === '”' || before2?.text === '"')
  )
    score.person += 1
  // "a spokeswoman for X", "an X spokesperson": X is an organisation.
  if (before && before.lower === 'for' && before2 && SPOKES_NOUNS.has(before2.lower))
    score.organisation += 3
  if (after && SPOKES_NOUNS.has(after.lower)) score.organisation += 3
  // "Quarrel chief executive Ana Ruiz", "Orvo founder Tom Bell", "the Orvo CEO": a name before
  // the title of someone who runs it, in lower case, is what they run (not a possessive: "X's
  // chief executive" is read below).
  if (
    !m.possessive &&
    !m.title &&
    after &&
    /^\p{Ll}/u.test(after.text) &&
    RUNS_IT.has(after.lower) &&
    (after.lower !== 'chief' || /^(?:executive|officer)$/.test(toks[m.tokenEnd + 1]?.lower ?? ''))
  )
    score.organisation += 2
  // "X's chief executive", "X's shares", "X's website": what only an organisation has.
  if (m.possessive) {
    const owned = toks
      .slice(m.tokenEnd + 1, m.tokenEnd + 4)
      .find((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    if (owned && ORG_BELONGINGS.has(owned.lower)) score.organisation += 2
    // "Korvel's head of audio", "X's director of research": a post in a body's structure.
    else if (
      owned &&
      (ROLE_HEADS.has(owned.lower) || /^(?:director|manager|vice|head)$/.test(owned.lower)) &&
      ['of', 'for'].includes(toks[toks.indexOf(owned) + 1]?.lower ?? '')
    )
      score.organisation += 2
  }
  // "X says its new model …": the possessive pronoun that refers back is a thing's.
  if (!m.possessive) {
    for (let n = m.tokenEnd; n < Math.min(toks.length, m.tokenEnd + 6); n++) {
      const w = toks[n]
      if (!w || /^[“”"‘,.;:]$/.test(w.text) || w.lower === 'his' || w.lower === 'her') break
      if (w.lower === 'its') {
        score.organisation += 1.5
        break
      }
    }
  }
  // "X’s Night Serum": a possessor of a product is a brand.
  if (m.possessive && !namesake) {
    const owned = toks[m.tokenEnd + 1]
    if (owned && /^\p{Lu}/u.test(owned.text)) score.organisation += 1
    const nouns = toks.slice(m.tokenEnd + 1, m.tokenEnd + 5).map((t) => t.lower)
    if (nouns.some((w) => PRODUCT_NOUNS.has(w))) score.organisation += 1
  }
  // "at X" after a role noun: a workplace.
  if (
    before &&
    before.lower === 'at' &&
    before2 &&
    (PERSON_NOUNS.has(before2.lower) || /(ist|ician)$/.test(before2.lower))
  )
    score.organisation += 2
  // "chief executive of X", "a founder of X": a role held at X, an organisation. Not a family's
  // ("the daughter of X") nor a place's ("the mayor of X"), nor a name opened by a first name.
  if (
    !m.title &&
    !m.possessive &&
    !firstName &&
    before?.lower === 'of' &&
    before2 &&
    (LEADER_NOUNS.has(before2.lower) || SITE_NOUNS.has(before2.lower)) &&
    /^\p{Ll}/u.test(before2.text)
  )
    score.organisation += 2
  // "sponsored by X", "in partnership with X", "with thanks to X": credits a body gives, said of
  // a name with no first name or title (thanks are given to people too: weaker). Thanks and
  // "courtesy of" credit photographers and helpers as often as bodies ("Photographs courtesy of
  // Osric Tamblyn", an invented first name): they count only for a name led by a verb ("With
  // thanks to Visit Harrowby"), which has no person's lean.
  if (!m.title && !firstName && before && before2)
    for (const [a, b] of BACKER_CUES)
      if (before2.lower === a && before.lower === b) {
        if ((a === 'thanks' || a === 'courtesy') && !facts.verbFirst) break
        score.organisation += a === 'thanks' ? 1 : 1.5
        break
      }
  // "X is the third-largest coffee chain in the region", "X is a skincare brand": what a name
  // is said to be, by its predicate's head noun (a business's, a person's).
  if (!m.possessive && ['is', 'was', 'remains'].includes(toks[m.tokenEnd]?.lower ?? '')) {
    const det = toks[m.tokenEnd + 1]
    if (det && ['a', 'an', 'the', 'one'].includes(det.lower)) {
      let head: Token | null = null
      for (let n = m.tokenEnd + 2; n < Math.min(toks.length, m.tokenEnd + 9); n++) {
        const w = toks[n]
        if (!w) break
        if (w.text === '-' || toks[n - 1]?.text === '-') continue
        // "X is the company's founder": the possessed noun is the head, not the possessor.
        if (/^[’']s$/.test(w.text) && head) {
          head = null
          continue
        }
        if (w.pos === 'NOUN') head = w
        else if (!['ADJ', 'NUM', 'ADV', 'PROPN'].includes(w.pos)) break
      }
      if (head && /^\p{Ll}/u.test(head.text) && head.lower !== 'one') {
        // What a name is said to be outweighs how it is spoken of ("“…,” Orrin Pace said"):
        // a chain, a company, a brand is no one.
        if (ORG_NOUNS.has(head.lower) || ORG_NOUNS.has(singular(head.lower)))
          score.organisation += 3
        else if (PERSON_NOUNS.has(head.lower) && !facts.orgHead) score.person += 2
      }
    }
  }
  // "Harlow Outdoor makes the Trail Pro": a name that makes a named thing is its maker.
  if (!m.possessive && !firstName && !m.title) {
    const v = toks[m.tokenEnd]
    const o = toks[m.tokenEnd + 1]?.lower === 'the' ? toks[m.tokenEnd + 2] : toks[m.tokenEnd + 1]
    if (
      v &&
      /^(?:makes|made|manufactures|manufactured|produces)$/.test(v.lower) &&
      o &&
      o.pos === 'PROPN' &&
      /^\p{Lu}/u.test(o.text)
    )
      score.organisation += 2
  }
  // "a 4% stake in X", "shares in X", "invested in X": what one holds a part of is a company.
  if (
    before?.lower === 'in' &&
    before2 &&
    /^(?:stakes?|shares|holdings?|invested|investment|investing)$/.test(before2.lower) &&
    !m.possessive &&
    !firstName &&
    !m.title
  )
    score.organisation += 2
  // "X costs £3.20", "X sells for $40", "X retails at …": what has a price is a product.
  if (!m.possessive) {
    const v = toks[m.tokenEnd]
    const priced =
      v &&
      (['costs', 'cost', 'retails'].includes(v.lower) ||
        (['sells', 'sold'].includes(v.lower) && toks[m.tokenEnd + 1]?.lower === 'for'))
    if (
      priced &&
      toks
        .slice(m.tokenEnd + 1, m.tokenEnd + 5)
        .some((t) => t.entity === 'MONEY' || /^[$£€]/.test(t.text))
    )
      score.product += 2
  }
  // "15% off X", "£10 off X", "a discount on X": what a discount is taken off is for sale.
  if (
    (before?.lower === 'off' &&
      (before2?.text === '%' ||
        before2?.entity === 'MONEY' ||
        before2?.entity === 'PERCENT' ||
        /^[$£€]?\d/.test(before2?.text ?? ''))) ||
    (before?.lower === 'on' && /^discounts?$/i.test(before2?.text ?? ''))
  )
    score.product += 2
  let gender: Entity['gender'] = m.titleGender
  // A subject pronoun later in the same sentence, outside any quotation ("X says she …"), said
  // of a name that is the sentence's subject: not one after a preposition or a verb ("worked
  // beside Harrow … said she"), and not past an object pronoun ("X told him he had …": that
  // "he" is the one told).
  const objectOf = before && (before.pos === 'ADP' || before.pos === 'VERB')
  let verbSeen = false
  for (let n = past; !objectOf && n < Math.min(toks.length, past + 12); n++) {
    const w = toks[n]
    if (!w || /^[“”"‘]$/.test(w.text)) break
    // "X says the injuries changed how she plays": a clause with a subject of its own after X's
    // verb holds the pronoun, which is someone else's.
    const verb = w.pos === 'VERB' || w.pos === 'AUX'
    if (
      verbSeen &&
      verb &&
      (toks[n - 1]?.pos === 'NOUN' || toks[n - 1]?.pos === 'PROPN') &&
      toks[n - 2]?.text !== ','
    )
      break
    if (verb) verbSeen = true
    if (w.lower === 'him' || w.lower === 'them' || (w.lower === 'her' && w.pos === 'PRON')) break
    // "X still rides the bike she built for him", "X owns the mill, and she buys from him": a
    // pronoun of one gender with an object pronoun of the other in its clause, not straight
    // after a verb ("X says she told him"), is someone else acting on X. Not when a person is
    // named between them ("X took over the forge from Y, and she pays him"): Y is the one acted on.
    if ((w.lower === 'she' || w.lower === 'he') && toks[n - 1]?.pos !== 'VERB') {
      const other = w.lower === 'she' ? 'him' : 'her'
      let acted = false
      for (let o = n + 1; o < Math.min(toks.length, n + 9); o++) {
        const x = toks[o]
        if (!x || /^[.,;:!?“”"‘’]$/.test(x.text)) break
        if (x.lower === other && x.pos === 'PRON') acted = true
      }
      if (acted && !personBetween(m.tokenEnd, n)) break
    }
    // "Aurelio Santangelo, who, she says, made her carve scrolls": a pronoun set off with its
    // verb of saying is the speaker's aside, not the name's.
    if (
      (w.lower === 'she' || w.lower === 'he') &&
      toks[n - 1]?.text === ',' &&
      SPEECH_VERBS.has(toks[n + 1]?.lower ?? '') &&
      toks[n + 2]?.text === ','
    )
      break
    // A first name of the other gender says the pronoun is someone else's ("Her coach, Tomas
    // Brek, says she plays smarter now"): still a person, but no gender from it.
    if (w.lower === 'she') {
      if (firstNameGender(m.name) !== 'male') gender ??= 'female'
      score.person += 0.5
      break
    }
    if (w.lower === 'he') {
      if (firstNameGender(m.name) !== 'female') gender ??= 'male'
      score.person += 0.5
      break
    }
  }
  return { ...score, roles, gender }
}

/**
 * Whether the tokens from `k` are a business's name whose last word is an institution's head
 * ("Smokehouse" of "Gulliver's Smokehouse", "Bakery" of "Tully's Corner Bakery"): up to three
 * capitalised words.
 */
function ownerOfNamedBusiness(toks: readonly Token[], k: number): boolean {
  let last: Token | null = null
  for (let n = k; n < Math.min(toks.length, k + 3); n++) {
    const w = toks[n]
    if (!w || !/^\p{Lu}/u.test(w.text)) break
    last = w
  }
  return !!last && ORG_WORDS.has(last.lower) && !CIVIC_HEADS.has(last.lower)
}

/**
 * Heads of a town's own institutions, which a place's possessive opens ("Glasgow's Royal
 * Concert Hall", "Leeds's Corn Exchange"): no owner's namesake.
 */
const CIVIC_HEADS = new Set(
  'hall exchange gallery museum theatre theater library cathedral university college school academy hospital infirmary council authority police court station airport port harbour stadium arena park zoo observatory institute centre center market markets'.split(
    ' ',
  ),
)

/** A business that makes or sells goods, as an apposition names it: "X, the shoe's maker". */
const MAKER_NOUNS = new Set([
  'maker',
  'makers',
  'manufacturer',
  'brand',
  'company',
  'firm',
  'label',
  'producer',
  'parent',
])

/** A creator's audience, counted beside the name: "1.2 million followers". */
const FOLLOWING = new Set(['followers', 'subscribers', 'fans'])

/** A company's own pages and holdings, said "of X": "the website of X", "the shares of X". */
const SITE_NOUNS = new Set(['website', 'homepage', 'shares', 'headquarters', 'shareholders'])

/** What a product comes in, which only a product has: "its box", "its label". */
const PACKAGING = new Set(
  'box boxes packaging pack package label labels lid tub tin jar bottle wrapper sleeve tag carton'.split(
    ' ',
  ),
)

/** Whether a bracketed stock ticker opens at `at`: "(LSE: VLD)", "(Nasdaq: ORH)", "(NYSE:KO)". */
function tickerAside(toks: readonly Token[], at: number): boolean {
  if (toks[at]?.text !== '(') return false
  const inner: Token[] = []
  for (let k = at + 1; k < Math.min(toks.length, at + 8); k++) {
    const t = toks[k]
    if (!t) return false
    if (t.text === ')') break
    inner.push(t)
  }
  const colon = inner.findIndex((t) => t.text === ':')
  if (colon < 1 || colon === inner.length - 1) return false
  return (
    inner.slice(0, colon).every((t) => /^\p{Lu}[\p{L}]*$/u.test(t.text)) &&
    inner.slice(colon + 1).every((t) => /^[\p{Lu}\d.]{1,6}$/u.test(t.text))
  )
}

/**
 * The index after a bracketed aside that opens at `at` ("X (41) said", "X (1.2 million
 * followers) posted"), else `at`. Not an aside that says what X is ("X (the company behind Y)").
 */
function afterAside(toks: readonly Token[], at: number): number {
  if (toks[at]?.text !== '(') return at
  for (let k = at + 1; k < Math.min(toks.length, at + 16); k++) {
    const t = toks[k]
    if (t?.text === ')') return k + 1
    if (!t || t.text === '(' || t.text === '“' || t.text === '"' || t.pos === 'DET') return at
  }
  return at
}

/** Role nouns that head "head of audio", "director of sales", "chief of staff". */
const ROLE_HEADS = new Set(['head', 'heads', 'boss', 'lead'])

/**
 * The role noun heading the noun phrase that ends at the comma `toks[comma]`, when a preposition
 * goes on from it ("head of audio", "director of sales in Europe", "vice president for
 * research") and a determiner or a possessive opens it ("Korvel's", "the company's", "its").
 */
function roleHeadBefore(toks: readonly Token[], comma: number): string | null {
  for (let j = comma - 1; j >= Math.max(0, comma - 9); j--) {
    const t = toks[j]
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null
    const w = t.lower
    const role =
      /^\p{Ll}/u.test(t.text) && (ROLE_HEADS.has(w) || PERSON_NOUNS.has(w) || ROLE_TITLES.has(w))
    if (!role) continue
    const next = toks[j + 1]?.lower ?? ''
    if (!['of', 'for', 'at', 'in'].includes(next) || j + 1 >= comma - 1) continue
    // What opens the phrase: a determiner or a possessive, perhaps after adjectives.
    let k = j - 1
    while (k >= 0 && (toks[k]?.pos === 'ADJ' || ROLE_TITLES.has(toks[k]?.lower ?? ''))) k--
    const open = toks[k]
    if (!open) return null
    if (
      open.pos === 'DET' ||
      ['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(open.lower) ||
      open.text === "'s" ||
      open.text === '’s' ||
      open.text === "'"
    )
      return w
    return null
  }
  return null
}

/** Nouns for people that carry no agent ending ("a widow", "a nun", "a teen"). */
function unnamedish(noun: string): boolean {
  return (
    PERSON_NOUNS.has(noun) ||
    ANONYMOUS_NOUNS.has(noun) ||
    /^(?:widow|widower|nun|monk|teen|teenager|child|kid|boy|girl|man|woman|guy|lady|gentleman|veteran|native|local|pensioner|retiree|graduate|mum|mom|dad|grandparent|grandmother|grandfather|wife|husband|son|daughter|sister|brother|aunt|uncle|niece|nephew|cousin|twin|couple|family|chef|cook|nurse|vet|guide|pilot|poet|artist|medic|cleric|priest|vicar|rector|curate|tailor|smith|mason|carpenter|plumber|electrician|joiner)$/.test(
      noun,
    )
  )
}

/** Verbs of travel whose "to X" is a place: "sail to X", "crossed to X". */
const MOTION_VERBS = new Set(
  'go goes went travel travels travelled traveled travelling sail sails sailed cross crosses crossed fly flies flew drive drives drove ride rides rode walk walks walked return returns returned move moves moved head heads headed ferry hike hiked cycle cycled row rowed swim swam commute commutes commuted emigrated relocated'.split(
    ' ',
  ),
)

/** Places run as a business or a body, which an apposition before a name may say it is. */
const VENUE_NOUNS = new Set(
  'club school centre center studio bakery cafe café shop farm restaurant gallery salon practice workshop theatre trust'.split(
    ' ',
  ),
)

/** Nouns a surname modifies when it names people: "the Dallow family", "the Okafor twins". */
const FAMILY_NOUNS = new Set(['family', 'families', 'household', 'brothers', 'sisters', 'twins'])

/** What an organisation has and a person does not: "X's chief executive", "X's shares". */
const ORG_BELONGINGS = new Set([
  'chief',
  'ceo',
  'executive',
  'executives',
  'founder',
  'founders',
  'shares',
  'shareholders',
  'website',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'board',
  'employees',
  'staff',
  'workforce',
  'stores',
  'headquarters',
  'profits',
  'revenue',
  'customers',
  'chairman',
  'chairwoman',
  'chair',
])

/**
 * Whether a one-word entity is a plural noun for people ("Participants", "Farmers", "Residents")
 * capitalised only because each of its mentions opens a sentence or heading.
 */
function groupNoun(e: Entity): boolean {
  const w = e.name.toLowerCase()
  if (!w.endsWith('s') || isFirstName(w) || e.mentions.some((m) => m.title)) return false
  const plural =
    PERSON_NOUNS.has(w.slice(0, -1)) || ANONYMOUS_NOUNS.has(w) || /(?:ant|ent)s$/.test(w)
  return (
    plural &&
    e.mentions.every((m) =>
      m.sentence.tokens.slice(0, m.tokenIndex).every((t) => t.pos === 'PUNCT'),
    )
  )
}

/** The entity a name not seen before is a short form of ("Castellane", "Velisse"), if any. */
function aliasMatch(m: Mention, byWord: ReadonlyMap<string, Entity[]>): Entity | undefined {
  const mw = words(m.name.toLowerCase())
  const near = new Set([...(byWord.get(mw[0] ?? '') ?? []), ...(byWord.get(mw.at(-1) ?? '') ?? [])])
  const candidates = [...near].sort((a, b) => a.id - b.id).filter((e) => aliasOf(m.name, e.name))
  // A short name that is both a surname and a company's first word ("Tolland"): the surname wins.
  const surnameOf = candidates.find(
    (e) =>
      lastWord(e.name) === m.name.toLowerCase() &&
      !/&|\bof\b/.test(e.name) &&
      e.score.person >= e.score.organisation + e.score.product,
  )
  // A lone brand word is the brand, not its product: "Larchfield says …" beside "the
  // Larchfield Dune" speaks for the maker. Such a mention starts an entity of its own.
  return surnameOf ?? candidates.find((e) => !brandWordOnly(m, e))
}

/** Whether mention `m` is one word that opens product `e`'s name: the brand, not the product. */
function brandWordOnly(m: Mention, e: Entity): boolean {
  return (
    words(m.name).length === 1 &&
    firstWord(e.name) === m.name.toLowerCase() &&
    e.score.product > Math.max(e.score.person, e.score.organisation)
  )
}

/**
 * The sites a text links to or names, by the first label of each host ("visitharrowby" of
 * "https://www.visitharrowby.example/stay" or a bare "visitharrowby.example"), lower case.
 */
export function linkHosts(body: string): Set<string> {
  const out = new Set<string>()
  const re = /(?:https?:\/\/)?(?:www\.)?([a-z0-9][a-z0-9-]{2,})\.(?:[a-z]{2,}\.)?[a-z]{2,}\b/gi
  for (const x of body.matchAll(re)) {
    const label = x[1]
    if (!label || x.index === undefined) continue
    // A full stop between two words of a sentence ("it.The") is no host: a host is lower case.
    if (label !== label.toLowerCase() && !x[0].includes('/')) continue
    out.add(label.toLowerCase().replace(/-/g, ''))
  }
  return out
}

/** Groups mentions into entities (full names first, then their surnames and short forms) and types them. */
export function buildEntities(
  mentions: readonly Mention[],
  hosts: ReadonlySet<string> = new Set(),
): Entity[] {
  const entities: Entity[] = []
  // Each name's word count worked out once, not twice per comparison of the sort.
  const byLength = mentions
    .map((m) => ({ m, n: words(m.name).length }))
    .sort((a, b) => b.n - a.n || a.m.start - b.m.start)
    .map(({ m }) => m)
  const assigned = new Map<Mention, Entity>()
  const factsOf = new Map<string, NameFacts>()
  // The mentions of each sentence, gathered only when a she/him clause asks.
  let sentences: Map<Mention['sentence'], Mention[]> | null = null
  const bySentence = () => {
    if (sentences) return sentences
    sentences = new Map()
    for (const x of mentions) {
      const list = sentences.get(x.sentence)
      if (list) list.push(x)
      else sentences.set(x.sentence, [x])
    }
    return sentences
  }
  // Entities by full name and by first and last word: a mention is compared with few, not all.
  const byName = new Map<string, Entity>()
  const byWord = new Map<string, Entity[]>()
  const remember = (e: Entity) => {
    byName.set(e.name.toLowerCase(), e)
    const ws = words(e.name.toLowerCase())
    for (const w of new Set([ws[0] ?? '', ws.at(-1) ?? '']))
      byWord.set(w, [...(byWord.get(w) ?? []), e])
  }
  for (const m of byLength) {
    // The same name said again is the entity it named before; only a new name is compared.
    const exact = byName.get(m.name.toLowerCase())
    let match = exact ?? aliasMatch(m, byWord)
    let facts = factsOf.get(m.name)
    if (!facts) factsOf.set(m.name, (facts = nameFacts(m.name)))
    const ev = evidence(m, facts, (from, to) =>
      (bySentence().get(m.sentence) ?? []).some(
        (o) =>
          o !== m &&
          o.tokenIndex >= from &&
          o.tokenEnd <= to &&
          (o.title !== '' || (factsOf.get(o.name) ?? nameFacts(o.name)).firstName),
      ),
    )
    // "Kestrel, the shoe's maker, says …" beside "the Kestrel Glide 4": a lone brand word set
    // in apposition to a business's noun is the maker, not a short form of its product's name.
    if (
      match &&
      !exact &&
      words(m.name).length === 1 &&
      firstWord(match.name) === m.name.toLowerCase() &&
      !(factsOf.get(match.name) ?? nameFacts(match.name)).orgHead &&
      ev.roles.some((r) => MAKER_NOUNS.has(r)) &&
      ev.organisation >= 3 &&
      ev.person < 1
    )
      match = undefined
    if (match) {
      match.mentions.push(m)
      for (const k of ['person', 'organisation', 'product', 'place'] as const)
        match.score[k] += ev[k]
      ev.roles.forEach((r) => match.roles.add(r))
      match.gender ??= ev.gender
      assigned.set(m, match)
      continue
    }
    const e: Entity = {
      id: entities.length,
      name: m.name,
      kind: 'unknown',
      gender: ev.gender,
      roles: new Set(ev.roles),
      mentions: [m],
      score: {
        person: ev.person,
        organisation: ev.organisation,
        product: ev.product,
        place: ev.place,
      },
      brand: '',
    }
    entities.push(e)
    remember(e)
    assigned.set(m, e)
  }
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start)
    // "More at visitharrowby.example": a site named by a name's words run together is a body's
    // (a person's own site is as likely, so not for a name that opens with a first name).
    if (hosts.size > 0 && words(e.name).length >= 2 && !e.mentions.some((m) => m.title)) {
      const run = e.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
      const facts = factsOf.get(e.name) ?? nameFacts(e.name)
      if (!facts.firstName && hosts.has(run)) e.score.organisation += 2
    }
    const best = (Object.entries(e.score) as [Exclude<EntityKind, 'unknown'>, number][]).sort(
      (a, b) => b[1] - a[1],
    )[0]
    e.kind = best && best[1] >= 1 ? best[0] : 'unknown'
    // As much a body's as a person's, with nothing only a person has (a title, a known first
    // name, a "she" or "he", a surname said alone: "Brandt said"): "Quarrel says …" and
    // "Quarrel chief executive …" make a company.
    if (
      e.kind === 'person' &&
      e.score.organisation >= e.score.person &&
      e.gender === null &&
      !e.mentions.some((m) => m.title) &&
      !isFirstName(firstWord(e.name)) &&
      !(
        words(e.name).length >= 2 &&
        e.mentions.some((m) => !m.name.includes(' ') && m.name.toLowerCase() === lastWord(e.name))
      )
    )
      e.kind = 'organisation'
    // Where a name is, said as often as it looks like a person's, makes it a place.
    if (e.kind === 'person' && e.score.place >= e.score.person) e.kind = 'place'
    // "Ossian Vey, the vase's maker, works alone. … Vey said": a two-word name the text later
    // calls by its last word alone, as papers call people, with some person's lean and no
    // institution word at its head, is a maker who is a person (a company is called by its first
    // word: "Kestrel, the shoe's maker", "Harlow Outdoor … Harlow").
    if (
      e.kind === 'organisation' &&
      e.score.person >= 2 &&
      words(e.name).length === 2 &&
      !(factsOf.get(e.name) ?? nameFacts(e.name)).orgHead &&
      [...e.roles].some((r) => MAKER_NOUNS.has(r)) &&
      e.mentions.some(
        (m) =>
          !m.name.includes(' ') &&
          !m.possessive &&
          m.name.toLowerCase() === lastWord(e.name) &&
          !restOfName(m, e.name),
      ) &&
      !e.mentions.some((m) => !m.name.includes(' ') && m.name.toLowerCase() === firstWord(e.name))
    )
      e.kind = 'person'
    // A surname used alone later is how papers refer to people, not to companies. Not a common
    // noun capitalised by its place before the name ("Protein, and plenty of it." before
    // "Ironleaf Plant Protein"): the lone word comes after the full name.
    const full = e.mentions.find((m) => words(m.name).length >= 2)
    // ("Corvane Plant Protein … Protein, and plenty of it, …": a longer name opened by no known
    // first name is a product's or a body's, whose last word is often a common noun.)
    if (
      e.kind === 'unknown' &&
      e.score.person > -1 &&
      words(e.name).length >= 2 &&
      (words(e.name).length === 2 || isFirstName(firstWord(e.name))) &&
      e.mentions.some(
        (m) =>
          words(m.name).length === 1 &&
          m.name.toLowerCase() === lastWord(e.name) &&
          m.start > (full?.start ?? 0) &&
          !restOfName(m, e.name),
      )
    )
      e.kind = 'person'
    // "Cale Valley River Authority": a full name whose head is an institution word names an
    // organisation, whatever its short forms ("Cale Valley", a place) were seen doing.
    // Not "Ama Castle said she …": a surname-like head the text uses as a person's.
    if (
      e.kind !== 'organisation' &&
      words(e.name).length >= 2 &&
      ORG_WORDS.has(lastWord(e.name)) &&
      !e.mentions.some((m) => m.title) &&
      !(e.kind === 'person' && (factsOf.get(e.name) ?? nameFacts(e.name)).surnameHead)
    )
      e.kind = 'organisation'
    // "the Proceeds of Crime Act", "the Online Safety Bill": a law is nobody, and no brand; it is
    // typed with places, which no pronoun for a person takes ("He said …" after "under the
    // Crime Act" is the detective named before).
    if (e.kind !== 'person' || !e.mentions.some((m) => m.title))
      if (LAW_WORDS.has(lastWord(e.name)) && words(e.name).length >= 2) e.kind = 'place'
    // "Participants who …", "Farmers say …": a plural noun for people opening its sentences is
    // a group, not someone's name.
    if (e.kind === 'person' && words(e.name).length === 1 && groupNoun(e)) e.kind = 'unknown'
    // "the Aria Duo was sent to me", "The Aria Duo has two boilers": a name the text always
    // sets after an article or a possessive is a thing, however much it looks like a first name
    // and a surname ("Crestline Aria Duo" in a heading, its maker's name taken for a title,
    // does not make it a person).
    if (e.kind === 'person' && thingNamed(e)) e.kind = 'product'
    // A first name alone ("Rosalind recommends …", "Dana"): a person the text is on first-name terms with.
    if (e.kind === 'unknown' && words(e.name).length === 1 && isFirstName(e.name.toLowerCase()))
      e.kind = 'person'
    if (e.kind === 'organisation' || e.kind === 'product') e.brand = firstWord(e.name)
    if (e.kind !== 'organisation' && e.kind !== 'product' && e.kind !== 'place')
      e.gender ??= firstNameGender(e.name)
  }
  // The brand word of a product named alone is its maker ("Larchfield" of "Larchfield Dune").
  const productBrands = new Set(
    entities.filter((e) => e.kind === 'product').map((e) => firstWord(e.name)),
  )
  for (const e of entities)
    if (
      words(e.name).length === 1 &&
      e.kind === 'unknown' &&
      productBrands.has(e.name.toLowerCase())
    ) {
      e.kind = 'organisation'
      e.brand = e.name.toLowerCase()
    }
  // "Korvel lent us a Sable X … Korvel says …" beside "the Korvel Sable X": a name said mostly
  // by the product's brand word alone, with nothing only a person has (a title, a first name, a
  // she or he, its last word said alone), is the maker speaking, not a person.
  for (const e of entities) {
    if (e.kind !== 'person' || e.gender !== null || !productBrands.has(firstWord(e.name))) continue
    if (isFirstName(firstWord(e.name)) || e.mentions.some((m) => m.title)) continue
    const brandAlone = e.mentions.filter((m) => m.name.toLowerCase() === firstWord(e.name)).length
    const lastAlone =
      words(e.name).length > 1 && e.mentions.some((m) => m.name.toLowerCase() === lastWord(e.name))
    if (brandAlone * 2 > e.mentions.length && !lastAlone && e.score.organisation > 0) {
      e.kind = 'organisation'
      e.brand = firstWord(e.name)
    }
  }
  // A product's brand is an organisation's first word ("Velisse Night Serum" ↔ "Velisse Skin").
  return entities
}

/**
 * Whether a lone word is the end of the full name written again but read apart ("Best gooseneck:
 * Brisa Pour Gooseneck", where "Pour" was read as a verb): the name's other words stand right
 * before it.
 */
function restOfName(m: Mention, full: string): boolean {
  const ws = words(full.toLowerCase())
  const toks = m.sentence.tokens
  const from = m.tokenIndex - (ws.length - 1)
  return from >= 0 && ws.slice(0, -1).every((w, j) => toks[from + j]?.lower === w)
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'its'])

/** Whether a mention's title is a real one: an honorific, a role or an occupation. */
const realTitle = (m: Mention) =>
  m.title
    .toLowerCase()
    .split(/\s+/)
    .some((w) => {
      const x = w.replace(/\.$/, '')
      return HONORIFICS.has(x) || HONORIFICS.has(w) || ROLE_TITLES.has(x) || PERSON_NOUNS.has(x)
    })

/**
 * Whether every mention of an entity is a thing's: at least two set after a determiner ("the
 * Aria Duo"), the rest with a capitalised word before them that is no title, and none with a
 * real title or a verb of saying after it.
 */
function thingNamed(e: Entity): boolean {
  let determined = 0
  for (const m of e.mentions) {
    const toks = m.sentence.tokens
    const before = toks[m.tokenIndex - 1]
    const after = toks[m.possessive ? m.tokenEnd + 1 : m.tokenEnd]
    if (after && SPEECH_VERBS.has(after.lower)) return false
    if (m.title && realTitle(m)) return false
    if (before && DETERMINERS.has(before.lower)) determined++
    else if (!m.title) return false
  }
  return determined >= 2
}

/** The entity a mention belongs to. */
export function entityOf(entities: readonly Entity[], m: Mention): Entity | undefined {
  return entities.find((e) => e.mentions.includes(m))
}

/** Whether a token is a pronoun that can stand for a person, and which gender it gives. */
export function pronounGender(t: Token): 'female' | 'male' | 'plural' | null {
  if (FEMALE_PRONOUNS.has(t.lower)) return 'female'
  if (MALE_PRONOUNS.has(t.lower)) return 'male'
  if (t.lower === 'they' || t.lower === 'them' || t.lower === 'their') return 'plural'
  return null
}

/** A person, or a two- or three-word name with nothing saying it is anything else. */
export function personLike(e: Entity): boolean {
  if (e.kind === 'person') return true
  if (e.kind !== 'unknown') return false
  const n = words(e.name).length
  return (
    n >= 2 &&
    n <= 4 &&
    e.score.person >= 0.5 &&
    e.score.organisation + e.score.product + e.score.place < 1
  )
}

/** Possessive pronouns, which open a noun phrase of their own. */
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'its'])

/** A maker's line of goods, a brand when its kind comes first: "a skincare line". */
const BRAND_LINES = new Set(['line', 'range', 'collection'])

/** A plural noun's singular, roughly: "shareholders" → "shareholder", "women" → "woman". */
function singular(noun: string): string {
  if (noun.endsWith('men')) return `${noun.slice(0, -3)}man`
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`
  return noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun
}
