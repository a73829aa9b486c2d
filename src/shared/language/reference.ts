import type { Doc } from './document'
import { paragraphAt } from '../text'
import { personLike, type Entity } from './entities'
import { indexOf, lastBefore } from './indexes'
import {
  ANONYMOUS_NOUNS,
  FEMALE_PRONOUNS,
  MALE_PRONOUNS,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  ROLE_TITLES,
  PLURAL_PRONOUNS,
  SPOKES_NOUNS,
  MASTHEAD_HEADS,
} from './lexicon'
import type { Mention } from './mentions'

/**
 * Coreference, one resolver for every analyser: what a pronoun ("she", "its", "they") or a
 * description ("the captain", "the company", "the authority", "the statement", "the woman")
 * refers to. The nearest earlier mention of the right kind, with gender and number agreement,
 * persons told apart from organisations, and unnamed people ("one resident", "a spokesperson")
 * kept unnamed: a pronoun after one of them refers to that unnamed person, not to the last name.
 * The quotes engine (who said a quote) and the disclosure reader (who is tied to a brand) both
 * ask here. Plain recency with agreement, not a statistical model.
 */

const owners = new WeakMap<Doc, Map<Mention, Entity>>()

/** The entity each mention belongs to, built once per document. */
function ownerMap(doc: Doc): Map<Mention, Entity> {
  let map = owners.get(doc)
  if (!map) {
    map = new Map()
    for (const e of doc.entities) for (const m of e.mentions) map.set(m, e)
    owners.set(doc, map)
  }
  return map
}

/** The entity a mention belongs to. */
export function ownerOf(doc: Doc, m: Mention): Entity | undefined {
  return ownerMap(doc).get(m)
}

/** Mentions that lie inside [start, end), in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  // Mentions are in text order and do not overlap: from the first at or after `start` (a
  // binary search, not a pass over every mention of a long draft) to the first at `end`.
  const ms = doc.mentions
  let lo = 0
  let hi = ms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ms[mid]?.start ?? Infinity) < start) lo = mid + 1
    else hi = mid
  }
  const out: Mention[] = []
  for (let i = lo; i < ms.length; i++) {
    const m = ms[i]
    if (!m || m.start >= end) break
    if (m.end <= end) out.push(m)
  }
  return out
}

/** Whether an entity can be a person: typed so, or untyped with a title or a gendered pronoun. */
export function maybePerson(e: Entity): boolean {
  if (e.kind === 'person') return true
  if (e.kind !== 'unknown') return false
  if (e.gender !== null) return true
  // Asked for every mention of a name: scanning its mentions each time grew with their square.
  let titled = TITLED.get(e)
  if (titled === undefined) {
    titled = e.mentions.some((m) => m.title !== '')
    TITLED.set(e, titled)
  }
  return titled
}

const TITLED = new WeakMap<Entity, boolean>()

/** Whether an entity can be a company or a brand (untyped names count). */
export function maybeOrganisation(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'product' || e.kind === 'unknown'
}

function paragraphIndexAt(doc: Doc, pos: number): number {
  return paragraphAt(doc.paragraphs, pos)
}

/**
 * The nearest entity named before `pos` that passes `accept`, looking back at most
 * `paragraphs` paragraphs (0: this paragraph only).
 */
export function entityBefore(
  doc: Doc,
  pos: number,
  accept: (e: Entity, m: Mention) => boolean,
  paragraphs = 2,
): { entity: Entity; mention: Mention } | null {
  const first = doc.paragraphs[Math.max(0, paragraphIndexAt(doc, pos) - paragraphs)]
  const from = first?.start ?? 0
  const map = ownerMap(doc)
  // Mentions are in text order: start at the last one before `pos`.
  let lo = 0
  let hi = doc.mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((doc.mentions[mid]?.start ?? Infinity) < pos) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = doc.mentions[i]
    if (!m || m.start >= pos) continue
    if (m.end <= from) break
    const e = map.get(m)
    if (e && accept(e, m)) return { entity: e, mention: m }
  }
  return null
}

/** The person a third-person pronoun ("she", "his") at `pos` most likely stands for. */
export function personBefore(
  doc: Doc,
  pos: number,
  gender: 'female' | 'male' | null,
  paragraphs = 3,
): Entity | null {
  return (
    entityBefore(
      doc,
      pos,
      (e) => maybePerson(e) && (gender === null || e.gender === null || e.gender === gender),
      paragraphs,
    )?.entity ?? null
  )
}

/** The company or brand "it", "its", "the company" or "their" at `pos` most likely stands for. */
export function organisationBefore(doc: Doc, pos: number, paragraphs = 2): Entity | null {
  return (
    entityBefore(
      doc,
      pos,
      (e) => (e.kind === 'organisation' || e.kind === 'product') && e.brand !== '',
      paragraphs,
    )?.entity ?? null
  )
}

// ---------------------------------------------------------------------------------------------
// The resolver.
// ---------------------------------------------------------------------------------------------

/** How far back a reference may reach, and which mentions it may not land on. */
export interface Scope {
  /** Mentions no pronoun refers back to here: words inside quotes, bylines and credits. */
  readonly skip?: (m: Mention) => boolean
  /** At most this many paragraphs back (default: no limit but `mentions`). */
  readonly paragraphs?: number
  /** At most this many mentions back (default 400). */
  readonly mentions?: number
}

/** What a reference resolved to: an entity, or on purpose no one ("one resident"). */
export interface Reference {
  readonly entity: Entity | null
  /** The text introduced an unnamed person or source the words refer to ("a neighbour"). */
  readonly unnamed?: string
  /** One line saying why, for the reviewer. */
  readonly reason: string
}

/** The agreement a third-person pronoun asks for. */
export function pronounAgreement(word: string): 'female' | 'male' | 'plural' | 'thing' | null {
  const w = word.toLowerCase()
  if (FEMALE_PRONOUNS.has(w)) return 'female'
  if (MALE_PRONOUNS.has(w)) return 'male'
  if (PLURAL_PRONOUNS.has(w)) return 'plural'
  if (w === 'it' || w === 'its' || w === 'itself') return 'thing'
  return null
}

/** The nearest entity mentioned before `pos` that passes `ok`, within the scope. */
export function nearest(
  doc: Doc,
  pos: number,
  ok: (e: Entity, m: Mention) => boolean,
  scope: Scope = {},
): { entity: Entity; mention: Mention } | null {
  const index = indexOf(doc)
  const from =
    scope.paragraphs === undefined
      ? 0
      : (doc.paragraphs[Math.max(0, paragraphIndexAt(doc, pos) - scope.paragraphs)]?.start ?? 0)
  const last = lastBefore(index.ordered, pos)
  const limit = scope.mentions ?? 400
  for (let i = last; i >= Math.max(0, last - limit); i--) {
    const m = index.ordered[i]
    if (!m) continue
    if (m.end <= from) break
    const e = index.entityOf.get(m)
    if (e && ok(e, m) && !scope.skip?.(m)) return { entity: e, mention: m }
  }
  return null
}

/** Words that name a person without naming them: "the woman told me", "a couple said". */
const GENERIC_PEOPLE = new Set([
  'woman',
  'man',
  'women',
  'men',
  'couple',
  'girl',
  'boy',
  'lady',
  'gentleman',
  'guy',
  'teenager',
  'child',
  'kid',
  'stranger',
  'diner',
  'diners',
  'guest',
  'guests',
  'visitor',
  'visitors',
  'local',
  'locals',
  'regular',
  'regulars',
  'passer-by',
  'bystander',
])

/** Whether a noun names a person without a name ("resident", "woman", "a senior aide"). */
export function unnamedNoun(noun: string): boolean {
  return ANONYMOUS_NOUNS.has(noun) || GENERIC_PEOPLE.has(noun)
}

/** The gender a person noun carries ("father", "sister", "chairwoman"), or null. */
function genderOfNoun(noun: string): 'female' | 'male' | null {
  const n = noun.toLowerCase()
  if (
    /^(?:mother|mum|mom|daughter|sister|wife|aunt|niece|grandmother|granddaughter|girlfriend|fiancée|widow|woman|lady|girl|actress|waitress|spokeswoman|chairwoman|businesswoman)$/.test(
      n,
    )
  )
    return 'female'
  if (
    /^(?:father|dad|son|brother|husband|uncle|nephew|grandfather|grandson|boyfriend|fiancé|widower|man|gentleman|boy|spokesman|chairman|businessman|fisherman)$/.test(
      n,
    )
  )
    return 'male'
  return null
}

/** Person nouns by their endings: "stallholder", "deckhand", "shopkeeper", "farmworker". */
const AGENT = /^[\p{L}-]{3,}(?:holder|keeper|hand|worker|grower|trader|dealer)$/u

/** Whether offset `i` of `text` lies inside quotation marks opened in its paragraph. */
function insideMarks(text: string, i: number): boolean {
  const para = text.slice(text.lastIndexOf('\n', i) + 1, i)
  const opens = (para.match(/“/g) ?? []).length
  const closes = (para.match(/”/g) ?? []).length
  const straight = (para.match(/"/g) ?? []).length
  // British single marks: an opening ‘ not inside a word, against a closing ’ that no letter
  // follows (an apostrophe, "they’ll", has one on both sides).
  const singleOpens = (para.match(/(?<![\p{L}\p{N}])‘/gu) ?? []).length
  const singleCloses = (para.match(/’(?![\p{L}\p{N}])/gu) ?? []).length
  // The same in typewriter marks: an opening ' before a letter and after none ("'I had a man"),
  // against a closing ' after a letter or punctuation and before none ("twice,' he said").
  const typedOpens = (para.match(/(?<![\p{L}\p{N}])'(?=\p{L})/gu) ?? []).length
  const typedCloses = (para.match(/(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu) ?? []).length
  return (
    opens > closes || straight % 2 === 1 || singleOpens > singleCloses || typedOpens > typedCloses
  )
}

/** Family and close relations: "my sister", "her husband" introduce someone the text may not name. */
const RELATIVES = new Set(
  'sister brother husband wife partner mother father mum mom dad son daughter aunt uncle cousin grandmother grandfather grandson granddaughter niece nephew friend neighbour neighbor boyfriend girlfriend fiancé fiancée'.split(
    ' ',
  ),
)

/** Words after which "a nurse" says what someone is, not who someone new is. */
/** A subject with a determiner and no name before a copula: "The first caller on Monday was". */
const UNNAMED_SUBJECT =
  /(?:^|[.!?]\s+|,\s*)(?:the|a|an|one|another|this|that)\s+(?:[\p{L}-]+\s+){0,4}(?:is|was|are|were|became|becomes|remained|remains)\s*$/iu
const COPULAS = new Set(
  'is was are were be been being as become became becomes remains remained'.split(' '),
)

/** Prepositions after which "a neighbour" is a place or an owner, not someone introduced. */
const NOT_INTRODUCING = new Set(
  'in into at of on near behind beside outside inside across past through'.split(' '),
)

/**
 * An unnamed person introduced between two offsets ("one reader", "a resident said"), if any:
 * not a possessive ("a neighbour's window") and not after a preposition ("from a neighbour").
 */
export function unnamedSince(doc: Doc, from: number, to: number): string | null {
  const text = doc.masked.slice(Math.max(0, from), to)
  const found = unnamedIn(doc, text, from, ARTICLE_PHRASE)
  // "my sister", "her husband": only relatives, found by their own (rarer) words.
  const relative = RELATIVE_HINT.test(text) ? unnamedIn(doc, text, from, POSSESSIVE_PHRASE) : null
  const anonymous = ANONYMITY.test(text) ? anonymousIn(text) : null
  const one = /\b(?:One|Another)\b/.test(text) ? bareOneIn(text) : null
  const last = [found, relative, anonymous, one]
    .filter((x): x is { phrase: string; at: number } => x !== null)
    .sort((a, b) => b.at - a.at)[0]
  return last?.phrase ?? null
}

/** "…, who asked not to be named", "who spoke on condition of anonymity", "who declined to name …". */
const ANONYMITY =
  /,?\s*who\s+(?:[^.!?;,]{0,90}?\s(?:and|but)\s+)?(?:asked|requested|wished|declined|refused|did\s+not\s+(?:want|wish|give)|would\s+not\s+give|spoke\s+on\s+(?:the\s+)?condition)\b[^.!?]{0,60}?\b(?:named|identified|anonymity|name)\b/i

/**
 * The part of ANONYMITY that is about the subject's own name: "asked not to be named", "did not
 * want to be identified", "spoke on condition of anonymity", "declined to give his name", "asked
 * me not to print their name". Not "declined to name the buyer": that withholds someone else's.
 */
const OWN_ANONYMITY =
  /^,?\s*who\s+(?:[^.!?;,]{0,90}?\s(?:and|but)\s+)?(?:asked|requested|wished|declined|refused|did\s+not\s+(?:want|wish|give)|would\s+not\s+give|spoke\s+on\s+(?:the\s+)?condition)\b[^.!?]{0,60}?(?:\bto\s+be\s+(?:named|identified)\b|\banonymity\b|\b(?:her|his|their|my|our)\s+(?:full\s+|real\s+)?(?:sur)?names?\b)/i

/**
 * "Most swimmers shrugged. One, who swims every morning, said …", "Another said …": a bare "one"
 * or "another" opening a sentence, described by a relative clause or saying something, is one
 * of the people just mentioned, whom the text leaves unnamed. Not inside quotation marks.
 */
function bareOneIn(text: string): { phrase: string; at: number } | null {
  const re =
    /(?:^|[.!?]["”’]?\s+)(One|Another)(?=,\s*who\s|\s+(?:said|says|told|tells|wrote|writes|added|adds|explained|recalled|admitted|complained|agreed|laughed|put\s+it)\b)/g
  let found: { phrase: string; at: number } | null = null
  for (let x = re.exec(text); x; x = re.exec(text)) {
    const at = x.index + x[0].length - (x[1] ?? '').length
    if (!insideMarks(text, at)) found = { phrase: (x[1] ?? '').toLowerCase(), at }
  }
  return found
}

/** Nouns for bodies that British English also follows with "who" ("The club, who …"). */
const BODY_NOUNS = new Set(['club', 'team', 'side', 'firm', 'bank', 'council', 'company'])

const PHRASE_PREPOSITION = /^(?:of|in|at|from|for|on|with|near|by|to|behind|outside|inside)$/

/**
 * "The owner of a cafe near the river, who asked not to be named, said …": a person the text
 * leaves unnamed on purpose, introduced by the phrase that opens the clause before it.
 */
function anonymousIn(text: string): { phrase: string; at: number } | null {
  const re = new RegExp(ANONYMITY.source, 'gi')
  let found: { phrase: string; at: number } | null = null
  for (let x = re.exec(text); x; x = re.exec(text)) {
    const lead = text.slice(Math.max(0, x.index - 80), x.index)
    const np = /(?:^|[.!?;:—–]\s+|\n)\s*((?:the|a|an|one)\s+[^.!?;:,]{2,70}|one|another)$/iu.exec(
      lead,
    )?.[1]
    if (!np) continue
    // "Many wrote in. One, who did not want her name printed, said …": one of those just
    // mentioned, who keeps their own name out.
    if (/^(?:one|another)$/i.test(np)) {
      if (OWN_ANONYMITY.test(x[0])) found = { phrase: np, at: x.index }
      continue
    }
    const words = np.split(/\s+/).slice(1, 4)
    const personNoun = words.some(
      (w) => /^\p{Ll}/u.test(w) && (PERSON_NOUNS.has(w) || unnamedNoun(w) || AGENT.test(w)),
    )
    if (!personNoun) {
      // Only a person asks that their own name be kept out, so with such a clause the phrase's
      // noun may be any ("one former shift supervisor", "a rower from a visiting club"): a
      // lower-case word among its first three. Not a body's ("The bank, who asked not to be
      // named"): the noun before the phrase's first preposition.
      if (!OWN_ANONYMITY.test(x[0])) continue
      if (!words.some((w) => /^\p{Ll}/u.test(w) && !PHRASE_PREPOSITION.test(w))) continue
      const all = np.trim().split(/\s+/)
      const cut = all.findIndex((w, i) => i > 0 && PHRASE_PREPOSITION.test(w.toLowerCase()))
      const head = (all[(cut < 0 ? all.length : cut) - 1] ?? '').toLowerCase()
      if (BODY_NOUNS.has(head) || ORG_NOUNS.has(head) || ORG_WORDS.has(head)) continue
    }
    found = { phrase: np.trim(), at: x.index }
  }
  return found
}

const ARTICLE_PHRASE = /\b(?:a|an|one|another)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b/giu
const POSSESSIVE_PHRASE = /\b(?:my|our|his|her|their)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b/giu
const RELATIVE_HINT =
  /\b(?:sister|brother|husband|wife|partner|mother|father|mum|mom|dad|son|daughter|aunt|uncle|cousin|grand\w+|niece|nephew|friend|neighbou?r|boyfriend|girlfriend|fianc)/i

/** The last unnamed person a determiner phrase of `pattern` introduces in `text`. */
function unnamedIn(
  doc: Doc,
  text: string,
  from: number,
  pattern: RegExp,
): { phrase: string; at: number } | null {
  const re = new RegExp(pattern.source, pattern.flags)
  let found: { phrase: string; at: number } | null = null
  const personWord = (w: string) => {
    const l = w.toLowerCase()
    return unnamedNoun(l) || PERSON_NOUNS.has(l) || RELATIVES.has(l) || AGENT.test(l)
  }
  for (let x = re.exec(text); x; x = re.exec(text)) {
    // The phrase's noun: the first of its (up to three) words that names a person.
    const ws = (x[1] ?? '').split(/\s+/)
    let k = ws.findIndex(personWord)
    // "A hiker I met on the quay …", "a cyclist who …": whoever the writer met, or "who"
    // describes, is a person, whatever the noun.
    let met = false
    if (k < 0 && !/^(?:my|our|his|her|their)\s/i.test(x[0])) {
      let off = x.index + x[0].length - (x[1] ?? '').length
      for (let j = 0; j < ws.length; j++) {
        const w = ws[j] ?? ''
        off += w.length
        const rest = text.slice(off, off + 160)
        // "one regular, who asked not to be named, …": only a person keeps their name out.
        if (
          /^\p{Ll}+$/u.test(w) &&
          ((!/^(?:who|that|which)$/.test(w) &&
            /^\s+(?:who\b|(?:I|we)\s+(?:met|spoke\s+to|talked\s+to|interviewed|passed|found)\b)/u.test(
              rest,
            )) ||
            OWN_ANONYMITY.test(rest))
        ) {
          k = j
          met = true
          break
        }
        off += 1
      }
    }
    if (k < 0) {
      // No person here: read on from the word after the determiner.
      re.lastIndex = x.index + x[0].length - (x[1] ?? '').length
      continue
    }
    // "a gesture one neighbour": the phrase starts again at the second determiner.
    const again = ws.slice(0, k).findIndex((w) => /^(?:a|an|one|another|the)$/i.test(w))
    if (again >= 0) {
      const head = x[0].length - (x[1] ?? '').length
      re.lastIndex = x.index + head + ws.slice(0, again).join(' ').length + (again > 0 ? 1 : 0)
      continue
    }
    const noun = (ws[k] ?? '').toLowerCase()
    const phrase = `${x[0].slice(0, x[0].length - (x[1] ?? '').length)}${ws.slice(0, k + 1).join(' ')}`
    re.lastIndex = x.index + phrase.length
    // "one in five people", "one in every ten adults": a proportion of a group, nobody introduced.
    if (/^one\s/i.test(x[0]) && ws[0] === 'in') continue
    const possessed = /^(?:my|our|his|her|their)\s/i.test(x[0])
    // "a man named Cyrus Pell", "a woman called Ana": the phrase names them.
    if (
      /^\s+(?:named|called)\s+\p{Lu}/u.test(
        text.slice(x.index + phrase.length, x.index + phrase.length + 24),
      )
    )
      continue
    // "At a bakery on Quay Street, one shop worker, who asked not to be named, said …": only a
    // person keeps their own name out, so the phrase is someone unnamed wherever it stands (not
    // an apposition to the place before it).
    const anonymous =
      !possessed &&
      OWN_ANONYMITY.test(text.slice(x.index + phrase.length, x.index + phrase.length + 160))
    // "My sister, who has kept a plot for years, …": a relative no name follows.
    if (possessed && !RELATIVES.has(noun)) continue
    // "a neighbour's window" is a place, not someone introduced.
    if (/^[’']s\b/.test(text.slice(x.index + phrase.length, x.index + phrase.length + 3))) continue
    // What comes just before (a short stretch: these tests look only at its end).
    const lead = text.slice(Math.max(0, x.index - 60), x.index)
    const opening = x.index <= 60 ? lead.trim() === '' : false
    const before = /([\p{L}-]+)\s*$/u.exec(lead)?.[1]?.toLowerCase() ?? ''
    // "A retired engineer who asked not to be named": a person noun no name follows introduces
    // someone unnamed; not as a predicate ("she is a retired engineer") or an apposition
    // ("Ingrid Solheim, a nurse,"), nor before a name ("a nurse, Ada Quill,").
    // Only as a subject: opening a sentence or clause, or after a verb of saying ("said a
    // nurse"), never inside quotation marks.
    const described =
      (PERSON_NOUNS.has(noun) || RELATIVES.has(noun) || met) &&
      !COPULAS.has(before) &&
      (opening ||
        /[.!?:;—–”"]\s*$/u.test(lead) ||
        // "Outside the gates, a machine operator who …": a phrase after a fronted one, which
        // "who" says is a person's.
        (met && /(?:^|\s)\p{Ll}[\p{L}'’-]*\s*,\s*$/u.test(lead)) ||
        // "“…,” said her sister" inverts; "Kerry said her mother had taught her" reports.
        (possessed
          ? /[”"’]\s*(?:said|says|added)\s+$/iu.test(lead)
          : /\b(?:said|says|added|according to)\s+$/i.test(lead))) &&
      // "Sunniva Okafor—a paid consultant for …—says": an apposition set off by dashes.
      !/\p{Lu}[\p{L}'’-]*\s*[—–(]\s*$/u.test(lead) &&
      !insideMarks(text, x.index) &&
      (met ||
        !/^,?\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}[,.;:]?/u.test(
          text.slice(x.index + phrase.length, x.index + phrase.length + 60),
        ))
    // "Tormod Vass, a local guide who …": an apposition describes the person just named; it
    // introduces no one else.
    const setOff = /[,—–(]\s*$/u.exec(lead)
    if (
      !possessed &&
      !anonymous &&
      setOff &&
      indexOf(doc).endingAt.has(Math.max(0, from) + x.index - (lead.length - setOff.index))
    )
      continue
    // "Ada Quill, a nurse in Harlow and a member of the …,": a second apposition joined by "and"
    // still describes the person just named.
    const chained = /,\s*(?:a|an)\s[^,.;:!?—–()]{1,60}\band\s+$/iu.exec(lead)
    if (
      !possessed &&
      chained &&
      indexOf(doc).endingAt.has(Math.max(0, from) + x.index - (lead.length - chained.index))
    )
      continue
    if ((possessed || !(unnamedNoun(noun) || AGENT.test(noun))) && !described && !anonymous)
      continue
    // "the authority had never licensed a woman": a person under a negation is nobody in
    // particular, not someone introduced.
    if (
      !possessed &&
      /^an?\s/i.test(x[0]) &&
      /\b(?:never|not|n[’']t)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(lead)
    )
      continue
    // "the fastest time by a woman from the state", "the first by a player this season",
    // "faster than a man": a person in a comparison is the class compared against, nobody in
    // particular.
    if (
      !possessed &&
      /^an?\s/i.test(x[0]) &&
      (/\b(?:[\p{L}-]+est|first|second|third|last|only|most|fewest|best|worst)\s+(?:[\p{L}-]+\s+){0,3}(?:by|for|from|among)\s+$/iu.test(
        lead,
      ) ||
        /\bthan\s+$/i.test(lead))
    )
      continue
    // "“… nowhere for a young person to work,” she says": words inside quotation marks are the
    // speaker's, about others; they introduce no one the narration's pronouns turn to.
    if (insideMarks(text, x.index)) continue
    // "She raced as a teenager", "he is a nurse": a predicate says what someone is, and
    // introduces no one ("there was a woman who …" does).
    // A predicate of an unnamed subject still is someone ("The first caller was a woman who …").
    if (
      !anonymous &&
      COPULAS.has(before) &&
      !/\bthere\s+[\p{L}']+\s*$/iu.test(lead) &&
      !UNNAMED_SUBJECT.test(lead)
    )
      continue
    const according = before === 'to' && /according\s+to\s*$/i.test(lead)
    if (NOT_INTRODUCING.has(before) && !according) continue
    // "a gesture one neighbour called …": right after a noun, the unnamed person is the subject
    // of a clause describing that noun, in the background, not someone a pronoun turns to.
    if (
      before &&
      nounAt(doc, Math.max(0, from) + x.index) &&
      !frontedPhrase(doc, Math.max(0, from) + x.index)
    )
      continue
    found = { phrase, at: x.index }
  }
  return found
}

/**
 * Whether what opens the sentence up to `pos` is a short fronted phrase with no verb and no
 * comma ("On my last evening a woman at the bar asked …", "That winter a neighbour …"): the
 * person after it is the sentence's subject, not someone in a clause describing the noun before.
 */
function frontedPhrase(doc: Doc, pos: number): boolean {
  const p = doc.paragraphs[paragraphIndexAt(doc, pos)]
  const s = p?.sentences.find((x) => x.start <= pos && pos < x.end)
  if (!s) return false
  const lead = s.tokens.filter((t) => t.end <= pos)
  const first = lead[0]
  return (
    !!first &&
    lead.length >= 2 &&
    lead.length <= 6 &&
    (first.pos === 'ADP' ||
      /^(?:that|this|last|next|one|every|each|early|late)$/.test(first.lower)) &&
    /^\p{Lu}/u.test(first.text) &&
    lead.every(
      (t) =>
        t.pos !== 'VERB' &&
        t.pos !== 'AUX' &&
        t.pos !== 'PUNCT' &&
        (t.pos !== 'PRON' || /^(?:my|your|his|her|its|our|their)$/.test(t.lower)),
    )
  )
}

/** Whether the word just before `pos` is a common noun (wink's tag), in its sentence. */
function nounAt(doc: Doc, pos: number): boolean {
  const p = doc.paragraphs[paragraphIndexAt(doc, pos)]
  if (!p) return false
  let prev: { pos: string; text: string } | null = null
  for (const s of p.sentences) {
    if (s.start > pos) break
    for (const t of s.tokens) {
      if (t.start >= pos) break
      prev = t
    }
  }
  return !!prev && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text)
}

/** The last "a spokesperson for X" between two offsets: X's name, or its kind ("the district"). */
export function spokesSince(
  doc: Doc,
  from: number,
  to: number,
): { name: string | null; role: string | null } | null {
  const text = doc.masked.slice(from, to)
  // Most windows name no spokesperson: skip the patterns at once.
  if (!/spokes|representative/i.test(text)) return null
  const re =
    /\b(?:[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(?:spokes\p{L}*|representative)\s+(?:for|at|of)\s+(?:the\s+)?(\p{Lu}[\p{L}&'’ -]*\p{L}|\p{Ll}+)/gu
  let last: RegExpExecArray | null = null
  for (let m = re.exec(text); m; m = re.exec(text)) last = m
  // "a council spokesman", "a Harbour Line spokeswoman": the organisation before the noun.
  const before =
    /\b(?:[Aa]n?)\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*|(?:\p{Ll}+\s+)?\p{Ll}+)\s+(?:spokes\p{L}*|representative)\b/gu
  for (let m = before.exec(text); m; m = before.exec(text))
    if (!last || m.index > last.index) last = m
  if (!last) return null
  // A person named after the spokesperson is a better referent for the pronoun.
  const introEnd = from + last.index + last[0].length
  const index = indexOf(doc)
  const personAfter = index.ordered.some((m) => {
    const e = index.entityOf.get(m)
    return m.start > introEnd && m.start < to && !!e && personLike(e)
  })
  if (personAfter) return null
  const target = (last[1] ?? '').trim()
  // "a county council spokeswoman": the last word says what kind of body.
  return /^\p{Lu}/u.test(target)
    ? { name: target, role: null }
    : { name: null, role: target.split(/\s+/).at(-1) ?? target }
}

/**
 * The organisation "a company spokesperson" or "a council spokesman" speaks for: for a business
 * word, the piece's main company; for a public body, only one named so ("Harlow District
 * Council"), never the union or the firm the piece also quotes.
 */
function spokesRole(doc: Doc, role: string | null, pos: number, scope: Scope): Entity | null {
  if (!role || COMPANY_NOUNS.has(role))
    return salientOrganisation(doc, pos, scope, role ?? undefined)
  return (
    nearest(doc, pos, (e) => e.kind === 'organisation' && organisationFitsRole(e, role), scope)
      ?.entity ?? null
  )
}

/**
 * Whether an organisation is one the role word names: "the council" for "Harlow District
 * Council" or for a body the text calls "the council". Spokes attributions and anaphors share it.
 */
export function organisationFitsRole(e: Entity, role: string): boolean {
  return e.roles.has(role) || e.name.toLowerCase().split(/\s+/).includes(role)
}

/** The organisation a name stands for, by its full name or one of its mentions. */
function organisationNamed(doc: Doc, name: string): Entity | null {
  // "the Retail Investment Standards Board said the regulator …": the name may run on.
  return (
    doc.entities.find(
      (x) =>
        x.kind !== 'person' &&
        x.kind !== 'place' &&
        (x.name === name ||
          x.mentions.some((m) => m.name === name) ||
          name.startsWith(`${x.name} `) ||
          x.name.startsWith(`${name} `)),
    ) ?? null
  )
}

/** The organisation the piece is most about among those named before `pos` ("the company"). */
export function salientOrganisation(
  doc: Doc,
  pos: number,
  scope: Scope = {},
  role?: string,
): Entity | null {
  let best: Entity | null = null
  let bestScore = 0
  // "the company", "the brand": a business, not the police or the council the piece also names.
  const business = !role || COMPANY_NOUNS.has(role)
  for (const e of doc.entities) {
    if (e.kind !== 'organisation') continue
    if (business && publicBody(e)) continue
    const before = e.mentions.slice(0, lastBefore(e.mentions, pos) + 1)
    const seen = before.length > 50 || !scope.skip ? before : before.filter((m) => !scope.skip?.(m))
    if (seen.length === 0) continue
    // A paper named only as the one spoken to or reporting is not "the company" it reports on.
    if (business && seen.every((m) => reportsTo(m, e))) continue
    const last = seen[seen.length - 1]?.start ?? 0
    const named =
      role && (e.roles.has(role) || e.name.toLowerCase().split(/\s+/).includes(role)) ? 5 : 0
    const trade = [...e.roles].some((r) => COMPANY_NOUNS.has(r)) ? 1 : 0
    const score = seen.length + (pos - last < 600 ? 2 : 0) + trade + named
    if (score > bestScore) {
      best = e
      bestScore = score
    }
  }
  return best
}

/**
 * The maker behind the nearest product or organisation named just before `pos` in its
 * paragraph ("the brand calls it …" beside a product): the organisation that shares the
 * product's brand word, else the organisation itself.
 */
export function makerNearby(
  doc: Doc,
  pos: number,
  scope: Scope = {},
  business = false,
): Entity | null {
  const index = indexOf(doc)
  const para = doc.paragraphs[paragraphIndexAt(doc, pos)]
  if (!para) return null
  // The nearest product whose maker the text never names alone ("The Orra Step 2 comes in a
  // recycled box. Its box says …"): the caller names its maker by the product's brand word.
  let product: Entity | null = null
  for (let i = lastBefore(index.ordered, pos); i >= 0; i--) {
    const m = index.ordered[i]
    if (!m || m.start < para.start) break
    if (scope.skip?.(m)) continue
    const e = index.entityOf.get(m)
    if (!e || e.kind === 'person' || e.kind === 'place' || e.kind === 'unknown' || personLike(e))
      continue
    // "the company" is never the school, hospital or council the paragraph also names.
    if (business && e.kind === 'organisation' && publicBody(e)) continue
    // …nor the paper it spoke to: "According to Trade Weekly, the company said …", "the
    // company told the Morning Ledger".
    if (business && e.kind === 'organisation' && reportsTo(m, e)) continue
    if (e.kind === 'organisation') return e
    const key = e.brand || (e.name.split(/\s+/)[0] ?? '').toLowerCase()
    const org = doc.entities.find((x) => x.kind === 'organisation' && x.brand === key)
    if (org) return org
    const bare = doc.entities.find((x) => x !== e && x.name.toLowerCase() === key)
    if (bare) return bare
    product ??= e.kind === 'product' && e.name.includes(' ') ? e : null
  }
  if (product) return product
  // "### Best budget: Orrin Basic 1.7" … "The company promises …": in a product's own section,
  // with no name of its own in the paragraph, "the company" makes the product the heading names
  // (at most three paragraphs up, the heading the first set-apart line met).
  if (business && !index.ordered.some((m) => m.start >= para.start && m.start < pos)) {
    const at = doc.paragraphs.indexOf(para)
    for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
      const h = doc.paragraphs[k]
      if (!h) break
      if (!(h.role === 'heading' || h.setting.heading > 0)) continue
      const named = index.ordered
        .filter((m) => m.start >= h.start && m.end <= h.end && !scope.skip?.(m))
        .map((m) => index.entityOf.get(m))
        .filter((e): e is Entity => !!e && (e.kind === 'product' || e.kind === 'organisation'))
      const [only] = named
      if (named.length === 1 && only) {
        if (only.kind === 'organisation') return only
        const key = only.brand || (only.name.split(/\s+/)[0] ?? '').toLowerCase()
        return doc.entities.find((x) => x.kind === 'organisation' && x.brand === key) ?? only
      }
      break
    }
  }
  return null
}

/** Heads of a publication's name: "Trade Weekly", "the Harlow Gazette". */
const PUBLICATION_HEADS = new Set([
  ...MASTHEAD_HEADS,
  'weekly',
  'monthly',
  'quarterly',
  'magazine',
  'review',
  'digest',
  'daily',
])

/**
 * Whether a mention is of a publication that someone speaks to or that reports what is said:
 * "according to X", "told X", "speaking to X", "in an interview with X", "X quoted …".
 */
function reportsTo(m: Mention, e: Entity): boolean {
  if (!PUBLICATION_HEADS.has(e.name.toLowerCase().split(/\s+/).at(-1) ?? '')) return false
  const toks = m.sentence.tokens
  let k = m.tokenIndex - 1
  if (toks[k]?.lower === 'the') k--
  const w = toks[k]?.lower ?? ''
  const w2 = toks[k - 1]?.lower ?? ''
  // "Trade Weekly quoted the company as saying …", "The Ledger reported that …".
  const verb = toks[m.possessive ? m.tokenEnd + 1 : m.tokenEnd]?.lower ?? ''
  if (/^(?:quot|cit|report)(?:ed|es|s)$/.test(verb)) return true
  return (
    (w === 'to' && (w2 === 'according' || /^(?:speak|talk|spoke|said|told)/.test(w2))) ||
    w === 'told' ||
    w === 'telling' ||
    (w === 'with' && /^interview/.test(w2))
  )
}

/** Nouns for what an organisation puts out: "the statement said", "the review found". */
const DOCUMENT_NOUNS = new Set([
  'statement',
  'release',
  'announcement',
  'review',
  'report',
  'study',
  'survey',
  'paper',
  'analysis',
  'filing',
  'letter',
  'guidance',
  'notice',
  'assessment',
  'audit',
  'evaluation',
])

/** Nouns for a business: what "the company" may stand for. */
const COMPANY_NOUNS = new Set([
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
  'chain',
])
/** Last words of public bodies' names, which are never "the company". */
const PUBLIC_HEADS = new Set(
  'police council authority ministry department university college school hospital court agency commission government service board trust'.split(
    ' ',
  ),
)

/**
 * Whether an organisation is a public body or an institution, never "the company": its head word
 * — the last, or the one before "of" ("Marlow School of Public Health") — says so.
 */
function publicBody(e: Entity): boolean {
  const nameWords = e.name.toLowerCase().split(/\s+/)
  const of = nameWords.indexOf('of')
  return PUBLIC_HEADS.has((of > 0 ? nameWords[of - 1] : nameWords.at(-1)) ?? '')
}

/** Public bodies a text names by a bare noun ("police said"). */
const PUBLIC_BODY_NOUNS = new Set(['police', 'regulators', 'prosecutors', 'investigators'])

/** Whether a noun stands for something an organisation issued ("the statement"). */
export function documentNoun(noun: string): boolean {
  return DOCUMENT_NOUNS.has(noun)
}

/**
 * A 'giu' pattern made once per source (issuerOf asks for the same few nouns again and again;
 * matchAll works on a copy, so the shared pattern keeps no position).
 */
function cachedPattern(source: string): RegExp {
  let re = patterns.get(source)
  if (!re) {
    re = new RegExp(source, 'giu')
    patterns.set(source, re)
  }
  return re
}

const patterns = new Map<string, RegExp>()

/**
 * Who issued "the statement", "the review" or "the report" at `pos`: the organisation its
 * introduction names ("a 2021 review by researchers at X", "X said in a statement", "X's
 * report"), else the maker or organisation named just before, else the piece's main one.
 */
function issuerOf(doc: Doc, noun: string, pos: number, scope: Scope): Entity | null {
  const p = paragraphIndexAt(doc, pos)
  const from = doc.paragraphs[Math.max(0, p - 1)]?.start ?? 0
  const text = doc.masked.slice(from, pos)
  const intro = [
    ...text.matchAll(
      cachedPattern(`\\b(?:a|an|the|its|their|in\\s+a)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${noun}s?\\b`),
    ),
  ].at(-1)
  if (intro) {
    const at = from + (intro.index ?? 0)
    const end = at + intro[0].length
    // "a review by researchers at X", "a statement from X": the name after it.
    const after = doc.masked.slice(end, end + 80)
    const by = /^\s+(?:by|from|of|for)\b[^.;]{0,40}?(\p{Lu}[\p{L}&'’ -]*\p{L})/u.exec(after)
    const named = by?.[1] ? organisationNamed(doc, by[1].trim()) : null
    if (named) return named
    // "The authority said in a statement": the subject of the sentence that introduced it.
    // (In the paragraph that holds `at`: every sentence lies inside its own paragraph.)
    const sentence = doc.paragraphs[paragraphIndexAt(doc, at)]?.sentences.find(
      (s) => s.start <= at && at < s.end,
    )
    if (sentence) {
      const subject = nearest(doc, at, (e) => e.kind === 'organisation', {
        ...scope,
        paragraphs: 0,
      })
      if (subject && subject.mention.start >= sentence.start) return subject.entity
      const head = /^\s*(?:[Tt]he|[Ii]ts)\s+(\p{Ll}+)/u.exec(
        doc.masked.slice(sentence.start, at),
      )?.[1]
      if (head && ORG_NOUNS.has(head)) {
        const org = organisationFor(doc, head, sentence.start, scope)
        if (org) return org
      }
    }
  }
  // "the council's own economic assessment", "Calder Rail's internal audit": whose it is.
  const owned = [
    ...text.matchAll(cachedPattern(`([\\p{L}-]+)[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}s?\\b`)),
  ].at(-1)
  if (owned?.[1]) {
    const ownerEnd = from + (owned.index ?? 0) + owned[1].length
    const m = indexOf(doc).endingAt.get(ownerEnd)
    const e = m ? indexOf(doc).entityOf.get(m) : undefined
    if (e?.kind === 'organisation') return e
    const word = owned[1].toLowerCase()
    if (!m && ORG_NOUNS.has(word)) {
      const org = organisationFor(doc, word, pos, scope)
      if (org) return org
    }
  }
  return makerNearby(doc, pos, scope) ?? salientOrganisation(doc, pos, scope)
}

/** "the authority", "the council", "the company": the organisation the noun describes. */
function organisationFor(doc: Doc, noun: string, pos: number, scope: Scope): Entity | null {
  // "Lumora said in a statement that it welcomed the trial. “…,” the company said.": a body that
  // opens a sentence of the same paragraph is who "the company" there goes on about, before
  // one the text called a company further back.
  const subject = ['company', 'firm', 'business', 'brand', 'maker', 'group', 'charity'].includes(
    noun,
  )
    ? nearest(
        doc,
        pos,
        (e, m) =>
          e.kind === 'organisation' &&
          m.tokenIndex <= 1 &&
          !m.possessive &&
          !m.title &&
          // (a sentence before: "Trade Weekly quoted the company as saying …" is the paper's
          // sentence about someone else)
          m.sentence.end <= pos,
        { ...scope, paragraphs: 0 },
      )
    : null
  if (subject && subject.entity.roles.size === 0) return subject.entity
  if (subject && subject.entity.roles.has(noun)) return subject.entity
  // One whose name says what it is ("Cale Valley River Authority") or the text called so.
  const described = nearest(
    doc,
    pos,
    (e) =>
      e.kind === 'organisation' &&
      (e.roles.has(noun) || e.name.toLowerCase().split(/\s+/).includes(noun)),
    scope,
  )
  if (described) return described.entity
  // "the company", "the brand" beside a product: its maker.
  const maker = ['company', 'brand', 'maker', 'manufacturer', 'firm', 'label'].includes(noun)
    ? makerNearby(doc, pos, scope, true)
    : null
  return maker ?? salientOrganisation(doc, pos, scope, noun)
}

const topics = new WeakMap<Doc, Entity | null>()

/**
 * The person a piece is about, when it is about one: the interviewee, else the person the
 * headline or the opening paragraphs name who is mentioned at least four times and at least
 * twice as often as anyone else.
 */
export function topicPerson(doc: Doc): Entity | null {
  if (topics.has(doc)) return topics.get(doc) ?? null
  let out: Entity | null = doc.interviewee
  if (!out) {
    const opening = doc.paragraphs.slice(0, 4)
    const inOpening = (e: Entity) =>
      e.mentions.some((m) => opening.some((p) => m.start >= p.start && m.end <= p.end))
    const people = doc.entities
      .filter((e) => personLike(e))
      .sort((a, b) => b.mentions.length - a.mentions.length)
    const [first, second] = people
    if (
      first &&
      first.mentions.length >= 4 &&
      first.mentions.length >= 2 * (second?.mentions.length ?? 0) &&
      inOpening(first)
    )
      out = first
  }
  topics.set(doc, out)
  return out
}

const givenGenders = new WeakMap<Doc, Map<Entity, 'female' | 'male' | null>>()

/**
 * The gender the text gives a person no title or first name did: the pronouns outside quotation
 * marks in the sentences that name them and in the sentence after each, when no other person is
 * named there ("Priyanka Vasquez-Hale runs the shop. “…,” she said."); one gender only.
 */
export function pronounsGender(doc: Doc, e: Entity): 'female' | 'male' | null {
  let memo = givenGenders.get(doc)
  if (!memo) givenGenders.set(doc, (memo = new Map()))
  if (memo.has(e)) return memo.get(e) ?? null
  // "her father, Tobiah Marlow,", "Jory, her elder brother,": a relation noun in apposition
  // gives the name its gender.
  const related = relationGender(doc, e)
  if (related) {
    memo.set(e, related)
    return related
  }
  const index = indexOf(doc)
  let female = 0
  let male = 0
  for (const m of e.mentions) {
    const p = doc.paragraphs[paragraphIndexAt(doc, m.start)]
    if (!p) continue
    // The sentence after stays in the paragraph: a new paragraph's "She …" is often the piece's
    // subject again ("Some of the wood was cut before Tobias Renn was born.\n\nShe …").
    const sentences = p.sentences
    const at = sentences.findIndex((s) => s.start <= m.start && m.start < s.end)
    if (at < 0) continue
    const window = sentences.slice(at, at + 2)
    const from = window[0]?.start ?? 0
    const to = window.at(-1)?.end ?? 0
    // Another person named there could be the one the pronoun means.
    let others = false
    for (let i = lastBefore(index.ordered, from) + 1; i < index.ordered.length; i++) {
      const o = index.ordered[i]
      if (!o || o.start >= to) break
      const oe = index.entityOf.get(o)
      if (oe && oe !== e && personLike(oe)) others = true
    }
    if (others) continue
    // "A shopkeeper who worked beside Lenn said she …": a name after a preposition or a verb is
    // not the one the sentence's pronouns are about.
    const prev = window[0]?.tokens.filter((t) => t.end <= m.start).at(-1)
    if (prev && (prev.pos === 'ADP' || prev.pos === 'VERB')) continue
    for (const s of window) {
      let inside = false
      for (const t of s.tokens) {
        if (t.text === '“' || t.text === '”' || t.text === '"') {
          inside = t.text === '“' ? true : t.text === '”' ? false : !inside
          continue
        }
        if (inside || t.start < m.start) continue
        if (FEMALE_PRONOUNS.has(t.lower)) female++
        else if (MALE_PRONOUNS.has(t.lower)) male++
      }
    }
  }
  const out = female > 0 && male === 0 ? 'female' : male > 0 && female === 0 ? 'male' : null
  memo.set(e, out)
  return out
}

/** Words that may stand between a possessive and a relation noun ("her elder brother"). */
const RELATION_LEAD =
  '(?:(?:elder|eldest|older|oldest|younger|youngest|late|only|twin|little|big|step)\\s+)?'

/**
 * The gender a relation noun in apposition gives a name: "her father, Tobiah Marlow",
 * "Marlow's brother, Jory", "Jory, her elder brother," (one gender only).
 */
function relationGender(doc: Doc, e: Entity): 'female' | 'male' | null {
  const before = new RegExp(
    `\\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|\\p{Lu}[\\p{L}'’-]*['’]s)\\s+${RELATION_LEAD}(\\p{Ll}+)\\s*,\\s*$`,
    'u',
  )
  // Not a relation of a relation's: "Osric Vell, her daughter's teacher," is the teacher.
  const after = new RegExp(
    `^\\s*,\\s*(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)\\s+${RELATION_LEAD}(\\p{Ll}+)\\b(?!['’])`,
    'u',
  )
  let found: 'female' | 'male' | null = null
  for (const m of e.mentions) {
    const noun =
      before.exec(doc.masked.slice(Math.max(0, m.start - 60), m.start))?.[1] ??
      after.exec(doc.masked.slice(m.end, m.end + 50))?.[1]
    const g = noun ? genderOfNoun(noun) : null
    if (!g) continue
    if (found && found !== g) return null
    found = g
  }
  return found
}

const topicGenders = new WeakMap<Doc, 'female' | 'male' | null>()

/**
 * The gender the piece gives its subject when no title or first name did: the third-person
 * pronouns, outside quotation marks, of the paragraphs that name no other person; one gender
 * at least twice and at least three times as often as the other.
 */
function topicGender(doc: Doc, topic: Entity): 'female' | 'male' | null {
  if (topicGenders.has(doc)) return topicGenders.get(doc) ?? null
  const index = indexOf(doc)
  let female = 0
  let male = 0
  for (const p of doc.paragraphs) {
    if (p.role !== 'body' && p.role !== 'standfirst') continue
    const from = lastBefore(index.ordered, p.start) + 1
    let others = false
    for (let i = from; i < index.ordered.length; i++) {
      const m = index.ordered[i]
      if (!m || m.start >= p.end) break
      const e = index.entityOf.get(m)
      if (e && e !== topic && personLike(e)) others = true
    }
    if (others) continue
    // Words inside quotation marks are the speaker's, about others.
    const outside = p.text.replace(/[“"][^”"]*[”"]?/g, ' ')
    female += (outside.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length
    male += (outside.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length
  }
  const out =
    female >= 2 && female >= 3 * male ? 'female' : male >= 2 && male >= 3 * female ? 'male' : null
  topicGenders.set(doc, out)
  return out
}

/**
 * What a third-person pronoun at `pos` refers to. "she"/"he": the nearest person whose gender
 * agrees (a caller may narrow who counts with `accept`), unless a spokesperson for an
 * organisation or an unnamed person was introduced after that person's last mention;
 * "they"/"their": the organisation named before; "it"/"its": the company or product.
 */
/** Words that open a fronted clause whose subject may be a pronoun: "When she took over, …". */
const FRONTED_OPENERS = new Set(
  'when after before since while once although though as until whenever'.split(' '),
)
/** …and prepositions before a possessive that may refer forward: "In her first year, …". */
const FRONTED_PREPOSITIONS = new Set(
  'after before since during in on within throughout despite until'.split(' '),
)

/**
 * The name a pronoun refers forward to: the pronoun right after the word opening its sentence's
 * fronted clause ("When she …", "After his …", "In her first year"), and a name (not a
 * possessive) right after the comma that closes that clause.
 */
function forwardReferent(
  doc: Doc,
  pos: number,
  word: string,
): { entity: Entity; mention: Mention } | null {
  const w = word.toLowerCase()
  const subject = w === 'she' || w === 'he'
  if (!subject && w !== 'her' && w !== 'his') return null
  const para = doc.paragraphs[paragraphIndexAt(doc, pos)]
  const sentence = para?.sentences.find((s) => s.start <= pos && pos < s.end)
  const toks = sentence?.tokens ?? []
  let k = 0
  while (toks[k] && /^[“"‘'(*_]$/.test(toks[k]?.text ?? '')) k++
  const opener = toks[k]
  if (!opener || toks[k + 1]?.start !== pos) return null
  if (!(subject ? FRONTED_OPENERS : FRONTED_PREPOSITIONS).has(opener.lower)) {
    if (!(w === 'her' || w === 'his') || !FRONTED_OPENERS.has(opener.lower)) return null
  }
  const comma = toks.findIndex((t, i) => i > k + 1 && t.text === ',')
  if (comma < 0 || comma > k + 16) return null
  // Not past a quotation or a second clause inside the fronted one.
  if (toks.slice(k + 2, comma).some((t) => /^[“”"‘’;:—–]$/.test(t.text))) return null
  const next = toks[comma + 1]
  const m = next ? indexOf(doc).startingAt.get(next.start) : undefined
  if (!m || m.possessive) return null
  const e = indexOf(doc).entityOf.get(m)
  return e ? { entity: e, mention: m } : null
}

export function resolvePronoun(
  doc: Doc,
  pos: number,
  word: string,
  scope: Scope & { readonly accept?: (e: Entity, m: Mention) => boolean } = {},
): Reference | null {
  const g = pronounAgreement(word)
  if (!g) return null
  const accept = scope.accept ?? (() => true)
  // Who can be a person: the caller's test when it has one (it may know the register), else
  // the entity's type.
  const isPerson = scope.accept ?? ((e: Entity) => personLike(e))
  if (g === 'plural' || g === 'thing') {
    const org = nearest(
      doc,
      pos,
      (e, m) =>
        accept(e, m) &&
        (e.kind === 'organisation' || (g === 'thing' && e.kind === 'product' && e.brand !== '')),
      scope,
    )
    return org
      ? {
          entity: org.entity,
          reason: `"${word}" taken as the organisation named before: ${org.entity.name}`,
        }
      : null
  }
  // A person whose gender, known or unknown, agrees with the pronoun.
  const agrees = (e: Entity, m: Mention) => {
    if (!isPerson(e, m)) return false
    const known = e.gender ?? pronounsGender(doc, e)
    return known === null || known === g
  }
  // Such a person named earlier in the sentence of `at`, as `ok` also asks.
  const earlierInSentence = (
    at: { readonly mention: Mention },
    ok: (e: Entity, m: Mention) => boolean,
  ) =>
    nearest(
      doc,
      at.mention.start,
      (e, m) => m.sentence === at.mention.sentence && ok(e, m) && agrees(e, m),
      { ...scope, mentions: 12 },
    )
  // "When she took over in 2019, Marta Ilves found …": a pronoun opening a fronted clause refers
  // forward to the name that opens the main clause, when it agrees.
  const ahead = forwardReferent(doc, pos, word)
  if (ahead && accept(ahead.entity, ahead.mention) && agrees(ahead.entity, ahead.mention))
    return {
      entity: ahead.entity,
      reason: `"${word}" refers forward to the subject of the main clause: ${ahead.entity.name}`,
    }
  let found = nearest(doc, pos, agrees, scope)
  // "Among them was Isaiah Marchbanks, who rides to Brenford High every day. … he told the
  // council": a name the text never typed loses to a person of the same sentence named before it.
  if (found && found.entity.kind !== 'person') {
    const typed = earlierInSentence(found, (e) => e.kind === 'person')
    if (typed) found = typed
  }
  // "Denise Oduya, who …, had brought her daughters, both wearing Okwuosa's number 9. “…,” she
  // said": a possessive inside the sentence is not who it is about; the person who opens it is.
  if (found?.mention.possessive) {
    const opener = earlierInSentence(found, (_, m) => m.tokenIndex <= 1 && !m.possessive)
    if (opener && opener.entity !== found.entity) found = opener
  }
  // "Priya Castellane, head of lending at Marden Lending, said …": a name after a
  // preposition is where someone works or what they talk about; the person who opens the
  // sentence is who a pronoun after it means, however often the other name comes up.
  // Not when a relative clause goes on to describe a person handed, introduced or joined to the
  // opener ("Peter Marsh introduced me to Tom Hale, who runs the mill now. “…,” he said."): that
  // is who the sentence brings in. (After "at"/"in" a place, "at a hospital in Dunmore, who …",
  // the clause is still the opener's.)
  if (found && found.mention.tokenIndex > 0) {
    const toks = found.mention.sentence.tokens
    const prev = toks[found.mention.tokenIndex - 1]
    const current = found.entity
    const next = toks[found.mention.tokenEnd]
    const described =
      current.kind === 'person' &&
      ['to', 'with', 'by'].includes(prev?.lower ?? '') &&
      (next?.lower === 'who' ||
        (next?.text === ',' && toks[found.mention.tokenEnd + 1]?.lower === 'who'))
    if (prev?.pos === 'ADP' && !described) {
      const opener = earlierInSentence(
        found,
        (e, m) => m.tokenIndex <= 1 && !m.possessive && e !== current && e.kind !== 'organisation',
      )
      if (opener) found = opener
    }
  }
  // "She laughs when I repeat this." in a profile of a woman, after a quote by a man whose
  // gender the text never gave: from a new paragraph, the piece's subject, whose gender agrees,
  // is a better referent than a name of unknown gender in a paragraph before.
  const topic = topicPerson(doc)
  // "Last year she joined X as a paid ambassador." in a profile whose subject was last named
  // further back than the caller looks: the piece's subject, when her gender is the pronoun's
  // and nobody nearer agrees.
  if (
    !found &&
    topic &&
    (topic.gender ?? topicGender(doc, topic)) === g &&
    scope.paragraphs !== undefined &&
    isPerson(topic, topic.mentions[0] as Mention)
  )
    found = nearest(doc, pos, (e) => e === topic, { skip: scope.skip })
  if (
    found &&
    topic &&
    found.entity !== topic &&
    found.entity.gender === null &&
    (topic.gender ?? topicGender(doc, topic)) === g &&
    paragraphIndexAt(doc, found.mention.start) < paragraphIndexAt(doc, pos) &&
    isPerson(topic, topic.mentions[0] as Mention)
  ) {
    const seen = nearest(doc, pos, (e) => e === topic, scope)
    if (seen) found = seen
  }
  const person = found?.entity
  // A spokesperson or an unnamed person introduced in an earlier section (before a heading) is
  // not who a pronoun in this one means.
  let window = Math.max(0, pos - 400)
  for (let i = paragraphIndexAt(doc, pos); i >= 0; i--) {
    const p = doc.paragraphs[i]
    if (!p || p.end < window) break
    if (p.setting.heading > 0 || p.role === 'heading') {
      window = Math.max(window, p.end)
      break
    }
  }
  // "A spokesperson for the Board said … “…,” she said": the pronoun speaks for the Board.
  const spokes = spokesSince(doc, window, pos)
  if (spokes) {
    const org = spokes.name
      ? organisationNamed(doc, spokes.name)
      : spokesRole(doc, spokes.role, pos, scope)
    if (org) return { entity: org, reason: `"${word}" is the spokesperson for ${org.name}` }
  }
  // "One reader … she said": an unnamed person introduced after the last name is the referent.
  // The nearest mention found scanning back is that person's last one before the pronoun.
  const lastNamed = found ? found.mention.start : -1
  // "A shopkeeper who worked beside Lenn said she …": when that last mention is the object of
  // a preposition or a verb, an unnamed person opening its sentence is still its subject.
  let since = Math.max(lastNamed, window)
  if (found) {
    const sentence = found.mention.sentence
    const prev = sentence.tokens.filter((t) => t.end <= found.mention.start).at(-1)
    if (prev && (prev.pos === 'ADP' || prev.pos === 'VERB'))
      since = Math.max(window, Math.min(since, sentence.start))
  }
  let unnamed = unnamedSince(doc, since, pos)
  // "Dilys, a teaching assistant who asked that her surname not be used, …": a description set
  // in apposition right after the name is the named person's, not someone else unnamed.
  if (
    unnamed &&
    found &&
    doc.masked
      .slice(found.mention.end, found.mention.end + unnamed.length + 4)
      .replace(/^[’']s\b/, '')
      .toLowerCase()
      .startsWith(`, ${unnamed.toLowerCase()}`)
  )
    unnamed = null
  // "Her father, a trawlerman, took her out … “…,” she told …": an unnamed person whose noun
  // has a gender the pronoun does not share is not its referent.
  const nounGender = unnamed ? genderOfNoun(unnamed.split(/\s+/).at(-1) ?? '') : null
  if (unnamed && (!nounGender || !g || nounGender === g))
    return { entity: null, unnamed, reason: `"${word}" refers to an unnamed person: "${unnamed}"` }
  return person
    ? {
        entity: person,
        reason: `"${word}" resolved to the nearest ${g === 'female' ? 'woman' : 'man'} or person named before: ${person.name}`,
      }
    : { entity: null, reason: `"${word}" has no person named before it` }
}

/** Last words that name a body of a kind another noun calls it by: "the school" → "Millbrook Primary". */
const KIND_HEADS = new Map([
  ['school', new Set(['primary', 'academy', 'college', 'high', 'grammar'])],
  ['hospital', new Set(['infirmary'])],
])

/** Abbreviated titles and the office each names: "Sen." holds "the senator". */
const TITLE_ABBREVIATIONS = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['cllr', 'councillor'],
  ['capt', 'captain'],
  ['cmdr', 'commander'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['det', 'detective'],
  ['insp', 'inspector'],
  ['supt', 'superintendent'],
  ['pres', 'president'],
  ['dr', 'doctor'],
  ['prof', 'professor'],
])

/**
 * What a definite description at `pos` refers to: "the captain" → the person the text gave
 * that title; "the company", "the authority" → the organisation it describes; "the statement",
 * "the review" → who issued it; "the spokesperson" → the organisation the spokesperson was
 * introduced for; "the woman", "the resident" with no one so described → an unnamed person.
 */
export function resolveDescription(
  doc: Doc,
  noun: string,
  pos: number,
  scope: Scope = {},
  /** Words before the noun in the description ("fire" of "the fire service"). */
  modifiers: readonly string[] = [],
): Reference | null {
  if (SPOKES_NOUNS.has(noun) && !DOCUMENT_NOUNS.has(noun)) {
    const spokes = spokesSince(doc, Math.max(0, pos - 1500), pos)
    const org = spokes
      ? spokes.name
        ? organisationNamed(doc, spokes.name)
        : spokesRole(doc, spokes.role, pos, scope)
      : null
    return org
      ? { entity: org, reason: `"the ${noun}" speaks for ${org.name}` }
      : { entity: null, unnamed: `the ${noun}`, reason: `an unnamed source: "the ${noun}"` }
  }
  if (DOCUMENT_NOUNS.has(noun)) {
    const org = issuerOf(doc, noun, pos, scope)
    return org
      ? { entity: org, reason: `"the ${noun}" was issued by ${org.name}` }
      : { entity: null, unnamed: `the ${noun}`, reason: `an unnamed source: "the ${noun}"` }
  }
  // "police said": the force the text named, or no one by name; never the piece's company.
  if (PUBLIC_BODY_NOUNS.has(noun)) {
    const named = nearest(
      doc,
      pos,
      (e) =>
        e.kind === 'organisation' &&
        (e.name.toLowerCase().split(/\s+/).includes(noun) || e.roles.has(noun)),
      scope,
    )
    return named
      ? { entity: named.entity, reason: `"${noun}" resolved to ${named.entity.name}` }
      : { entity: null, unnamed: noun, reason: `an unnamed source: "${noun}"` }
  }
  // "the fire service" → "Linhaven Fire and Rescue Service", "the union" → "… Workers' Union":
  // an organisation whose name ends in the noun (and holds its modifiers, if any).
  if (ORG_NOUNS.has(noun) || ORG_WORDS.has(noun)) {
    const named = nearest(
      doc,
      pos,
      (e) => {
        if (e.kind !== 'organisation') return false
        const ws = e.name.toLowerCase().split(/\s+/)
        // …or whose head is the noun before "of": "the chamber" → "… Chamber of Commerce".
        const of = ws.indexOf('of')
        const head = of > 0 ? ws[of - 1] : undefined
        return (
          (ws.at(-1) === noun ||
            head === noun ||
            (KIND_HEADS.get(noun)?.has(ws.at(-1) ?? '') ?? false)) &&
          modifiers.every((w) => ws.includes(w))
        )
      },
      scope,
    )
    if (named)
      return {
        entity: named.entity,
        reason: `"the ${[...modifiers, noun].join(' ')}" resolved to ${named.entity.name}`,
      }
  }
  if (ORG_NOUNS.has(noun)) {
    const org = organisationFor(doc, noun, pos, scope)
    return org ? { entity: org, reason: `"the ${noun}" resolved to ${org.name}` } : null
  }
  // A person the text gave this title or role ("Harbour Captain Ana Ruiz" … "the captain"), also
  // abbreviated ("Sen. Maria Lopez" … "the senator").
  const holds = (word: string) => word === noun || TITLE_ABBREVIATIONS.get(word) === noun
  const titled = nearest(
    doc,
    pos,
    (e, m) =>
      personLike(e) &&
      ([...e.roles].some(holds) ||
        m.title
          .toLowerCase()
          .split(/\s+/)
          .some((w) => holds(w.replace(/\.$/, '')))),
    scope,
  )
  if (titled)
    return { entity: titled.entity, reason: `"the ${noun}" resolved to ${titled.entity.name}` }
  if (unnamedNoun(noun))
    return { entity: null, unnamed: `the ${noun}`, reason: `an unnamed person: "the ${noun}"` }
  // "the 54-year-old": the nearest person, whom the text gave an age.
  const age = /^(\d*)-year-old$/.exec(noun)
  if (age) {
    // The one the text gave that age ("Ines Marlow, 54, …"), else the nearest person.
    const given = age[1]
      ? nearest(
          doc,
          pos,
          (e, m) =>
            personLike(e) &&
            new RegExp(`^,\\s*${age[1]}\\b`).test(doc.masked.slice(m.end, m.end + 8)),
          scope,
        )
      : null
    const aged = given ?? nearest(doc, pos, (e) => personLike(e), { ...scope, paragraphs: 2 })
    if (aged)
      return { entity: aged.entity, reason: `"the ${noun}" resolved to ${aged.entity.name}` }
  }
  // An office nobody named holds ("the mayor", "the senator") is not whoever had another title.
  if ((PERSON_NOUNS.has(noun) || /(ist|ian|er|or)$/.test(noun)) && !ROLE_TITLES.has(noun)) {
    // Someone the text gave a role or a title ("Dr. Amara Lindqvist" for "the lead author").
    const someone = nearest(
      doc,
      pos,
      (e, m) => personLike(e) && (e.roles.size > 0 || m.title !== ''),
      scope,
    )
    if (someone)
      return { entity: someone.entity, reason: `"the ${noun}" resolved to ${someone.entity.name}` }
  }
  return null
}
