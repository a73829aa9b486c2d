import { brandFamilies, brandKey, familyOf, type BrandFamily } from '../language/brands'
import type { Doc, DocParagraph } from '../language/document'
import { personLike, pronounGender, type Entity } from '../language/entities'
import {
  documentNoun,
  makerNearby,
  mentionsIn,
  organisationFitsRole,
  pronounAgreement,
  resolveDescription,
  resolvePronoun,
  salientOrganisation,
  spokesSince,
  topicPerson,
  unnamedNoun,
  type Reference,
  type Scope,
} from '../language/reference'
import {
  ANONYMOUS_NOUNS,
  CLAIM_VERBS,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  ROLE_TITLES,
  SPEECH_VERBS,
  SPOKES_NOUNS,
} from '../language/lexicon'
import { indexOf, lastBefore } from '../language/indexes'
import type { Mention } from '../language/mentions'
import type { Token } from '../language/nlp'
import type { DetectedQuote } from './detect'

/** Who said a quote, and why Galley thinks so. */
export interface SpeakerGuess {
  /** The speaker's full name (a person or an organisation), or null for none or an unnamed one. */
  readonly speaker: string | null
  readonly entity: Entity | null
  readonly confidence: number
  readonly reason: string
  /** True when the text names no one on purpose ("a resident said"): no later guess overrides it. */
  readonly unnamed?: boolean
}

/** A noun phrase the attribution names: a name, a pronoun, a role ("the captain") or an unnamed one. */
type Phrase =
  | { kind: 'name'; mention: Mention }
  | { kind: 'pronoun'; token: Token }
  | { kind: 'author' }
  | {
      kind: 'role'
      noun: string
      at: number
      mods?: readonly string[]
      /** "Tom Reed's lawyer": the person whose lawyer it is (never the speaker). */
      owner?: Entity
      /** "the council's highways officer": the body the post is held in. */
      byOrg?: string
    }
  | {
      kind: 'spokes'
      org: Mention | null
      orgRole: string | null
      text: string
      at: number
      /** "a spokesperson", "a spokesperson for the centre": only an organisation the text
       * names so, or the one the sentence before is about, never the piece's likeliest one. */
      strict?: boolean
    }
  | { kind: 'unnamed'; text: string }
  | { kind: 'anaphor'; noun: string; at: number }

const ADVERBS = new Set([
  'also',
  'later',
  'then',
  'now',
  'once',
  'simply',
  'quietly',
  'flatly',
  'bluntly',
  'recently',
  'previously',
  'earlier',
  'still',
  'again',
  'often',
  'has',
  'have',
  'had',
  'was',
  'is',
  'would',
  'will',
  'did',
  'does',
  'told',
  'tells',
])
const DETS = new Set([
  'a',
  'an',
  'the',
  'one',
  'another',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
])
const SKIP = new Set([',', ':', '—', '–', '-', '(', ')', ';'])

/**
 * The person the text named as someone's relation before `pos`, in apposition either way round
 * ("her son, Piran Marsk", "Elowen, her sister,"): the last such mention, or null.
 */
function namedRelative(doc: Doc, relation: string, pos: number): Mention | null {
  // The whole text before: "her son, Piran Marsk," named early holds for the rest of the piece.
  const text = doc.masked.slice(0, pos)
  const base = 0
  const name = "(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})"
  const patterns = [
    new RegExp(`\\b(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir)\\s+${relation}\\s*,\\s*${name}`, 'gu'),
    new RegExp(`${name}\\s*,\\s*(?:his|her|their)\\s+${relation}\\b`, 'gu'),
  ]
  let best: Mention | null = null
  for (const re of patterns)
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = base + m.index + m[0].indexOf(m[1] ?? '')
      const mention = indexOf(doc).startingAt.get(at)
      if (mention && (!best || mention.start > best.start)) best = mention
    }
  return best
}

/** Family and close relations: "her son said" is the son's, whom the text may have named. */
const RELATIONS = new Set(
  'son daughter sister brother husband wife partner mother father mum mom dad aunt uncle cousin grandson granddaughter grandmother grandfather niece nephew widow widower'.split(
    ' ',
  ),
)

const none = (reason: string): SpeakerGuess => ({
  speaker: null,
  entity: null,
  confidence: 0.2,
  reason,
})

const frames = new WeakMap<readonly DetectedQuote[], Map<number, Token[]>>()
const byParagraph = new WeakMap<readonly DetectedQuote[], Map<number, DetectedQuote[]>>()
const insideQuotes = new WeakMap<readonly DetectedQuote[], WeakSet<Mention>>()

/**
 * Each list of quotes indexed once, so a long draft's attribution never walks every quote for
 * every quote: the first quote (in list order) that starts after a position, and whether an
 * earlier quote ends at a token.
 */
interface QuoteIndex {
  /** Whether the list is in order of start (then "first in the list" is "first by start"). */
  readonly inOrder: boolean
  /** The quotes in order of end. */
  readonly byEnd: readonly DetectedQuote[]
  /** The first quote of the list starting at each offset. */
  readonly byStart: ReadonlyMap<number, DetectedQuote>
  /** The parts of each quote (split quotes share a group), in the list's order. */
  readonly byGroup: ReadonlyMap<number, readonly DetectedQuote[]>
}
const quoteIndexes = new WeakMap<readonly DetectedQuote[], QuoteIndex>()

function quoteIndex(quotes: readonly DetectedQuote[]): QuoteIndex {
  let index = quoteIndexes.get(quotes)
  if (!index) {
    const inOrder = quotes.every(
      (q, i) => i === 0 || (quotes[i - 1] as DetectedQuote).start <= q.start,
    )
    const byEnd = [...quotes].sort((a, b) => a.end - b.end)
    const byStart = new Map<number, DetectedQuote>()
    const byGroup = new Map<number, DetectedQuote[]>()
    for (const q of quotes) {
      if (!byStart.has(q.start)) byStart.set(q.start, q)
      const group = byGroup.get(q.groupId)
      if (group) group.push(q)
      else byGroup.set(q.groupId, [q])
    }
    quoteIndexes.set(quotes, (index = { inOrder, byEnd, byStart, byGroup }))
  }
  return index
}

/** The first quote of the list that starts after `pos`. */
function nextQuote(quotes: readonly DetectedQuote[], pos: number): DetectedQuote | undefined {
  if (!quoteIndex(quotes).inOrder) return quotes.find((o) => o.start > pos)
  let lo = 0
  let hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((quotes[mid] as DetectedQuote).start > pos) hi = mid
    else lo = mid + 1
  }
  return quotes[lo]
}

/**
 * Whether a quote other than `q`, ending before `q` starts, holds the token at `at` or ends
 * just before it (`o.start <= at <= o.end + 1`): only quotes ending from `at - 1` to `q.start`
 * can, and they are found by a binary search on their ends.
 */
function quoteEndsAt(quotes: readonly DetectedQuote[], q: DetectedQuote, at: number): boolean {
  const { byEnd } = quoteIndex(quotes)
  let lo = 0
  let hi = byEnd.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((byEnd[mid] as DetectedQuote).end < at - 1) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < byEnd.length; i++) {
    const o = byEnd[i] as DetectedQuote
    if (o.end > q.start) break
    if (o !== q && o.start <= at) return true
  }
  return false
}

/**
 * Whether a quote other than `q` lies between `from` and `to` and ends its sentence inside its
 * marks ("… will “end it for good.” Ana Ruiz …"), with a capital after it.
 */
function sentenceQuoteBetween(
  quotes: readonly DetectedQuote[],
  q: DetectedQuote,
  from: number,
  to: number,
): boolean {
  const o = quotes.find((x) => x !== q && x.start >= from && x.end <= to)
  return !!o && /[.!?…]$/.test(o.text.trim()) && o.end < q.start
}

/** The quotes of each paragraph (cached per list of quotes). */
function quotesIn(p: DocParagraph, quotes: readonly DetectedQuote[]): readonly DetectedQuote[] {
  let map = byParagraph.get(quotes)
  if (!map) {
    map = new Map()
    for (const q of quotes) {
      const list = map.get(q.paragraph) ?? []
      list.push(q)
      map.set(q.paragraph, list)
    }
    byParagraph.set(quotes, map)
  }
  return map.get(p.index) ?? []
}

/** The tokens of a paragraph that lie outside its quotes (cached per list of quotes). */
function frame(p: DocParagraph, quotes: readonly DetectedQuote[]): Token[] {
  let cache = frames.get(quotes)
  if (!cache) frames.set(quotes, (cache = new Map()))
  const known = cache.get(p.index)
  if (known) return known
  const mine = quotesIn(p, quotes)
  const out = p.sentences
    .flatMap((s) => s.tokens)
    .filter((t) => !mine.some((q) => t.start >= q.start - 1 && t.end <= q.end + 1))
  cache.set(p.index, out)
  return out
}

/** Whether a mention lies inside one of the quotes (said by the speaker, not about them). */
function quoted(doc: Doc, m: Mention, quotes: readonly DetectedQuote[]): boolean {
  let set = insideQuotes.get(quotes)
  if (!set) {
    set = new WeakSet()
    const sorted = [...quotes].sort((a, b) => a.start - b.start)
    for (const x of indexOf(doc).ordered) {
      const q = sorted[lastBefore(sorted, x.start + 1)]
      if (q && x.start >= q.start && x.end <= q.end) set.add(x)
    }
    insideQuotes.set(quotes, set)
  }
  return set.has(m)
}

/** Reads a noun phrase starting at `toks[k]` (forwards). */
function phraseAt(doc: Doc, toks: readonly Token[], k: number): Phrase | null {
  let t = toks[k]
  if (!t) return null
  // "critic Anouk Verhoeven", "my friend Dr. Leni Paszkowski", "the landlord, Donnie Rae,":
  // a role before a name, with or without a determiner or an apposition's comma.
  // "One reader, Beatrix in Lowther Bay, sent …": "one" too.
  const lead = ['my', 'our', 'his', 'her', 'their', 'the', 'a', 'an', 'its', 'one'].includes(
    t.lower,
  )
    ? 1
    : 0
  for (let r = k + lead; r < Math.min(toks.length, k + lead + 5); r++) {
    const w = toks[r]
    // "Her sous-chef, Ben Tull": a hyphenated role is one word.
    if (w?.text === '-' && toks[r - 1]?.end === w.start) continue
    // "managing director Catriona Bell", "acting chief Ana Ruiz": a participle before the role
    // noun is part of the role.
    const participle =
      w?.pos === 'VERB' &&
      /ing$/.test(w.lower) &&
      (toks[r + 1]?.pos === 'NOUN' || toks[r + 1]?.pos === 'ADJ')
    if (!w || !/^\p{Ll}/u.test(w.text) || (w.pos !== 'NOUN' && w.pos !== 'ADJ' && !participle))
      break
    const comma = toks[r + 1]?.text === ',' ? 1 : 0
    const next = toks[r + 1 + comma]
    if (next && indexOf(doc).startingAt.has(next.start) && !SPOKES_NOUNS.has(w.lower)) {
      const m = indexOf(doc).startingAt.get(next.start)
      const e = m ? indexOf(doc).entityOf.get(m) : undefined
      if (e && (e.kind === 'product' || e.kind === 'place')) break
      k = r + 1 + comma
      t = next
      break
    }
  }
  const covering = indexOf(doc).covering.get(t.start)
  const mention =
    covering && (covering.start === t.start || covering.start >= (toks[k - 1]?.end ?? 0))
      ? covering
      : undefined
  if (mention) {
    // "Council member Aurelio Banks", "Harbor FC captain Denise Oduya": a name that modifies a
    // role noun before a person's name; the person is the phrase.
    const at = toks.findIndex((x) => x.start >= mention.end)
    for (let r = at; at >= 0 && r < at + 3; r++) {
      const w = toks[r]
      if (!w || !/^\p{Ll}/u.test(w.text) || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break
      if (SPOKES_NOUNS.has(w.lower)) break
      const comma = toks[r + 1]?.text === ',' ? 1 : 0
      const m = indexOf(doc).startingAt.get(toks[r + 1 + comma]?.start ?? -1)
      if (m && indexOf(doc).entityOf.get(m)?.kind === 'person') return { kind: 'name', mention: m }
    }
    // "a Brightmere spokesperson": a name used as a modifier of a spokes-noun.
    const after = toks.find((x) => x.start >= mention.end)
    if (after && SPOKES_NOUNS.has(after.lower))
      return {
        kind: 'spokes',
        org: mention,
        orgRole: null,
        text: `${mention.name} ${after.text}`,
        at: t.start,
      }
    // "said Marlow's neighbour, Lila Park": the person the possessive phrase describes.
    if (mention.possessive) {
      let h = toks.findIndex((x) => x.start >= mention.end)
      if (toks[h]?.lower === "'s" || toks[h]?.lower === '’s') h++
      let noun: Token | null = null
      while (
        toks[h] &&
        /^\p{Ll}/u.test(toks[h]?.text ?? '') &&
        (toks[h]?.pos === 'NOUN' || toks[h]?.pos === 'ADJ')
      ) {
        if (toks[h]?.pos === 'NOUN') noun = toks[h] ?? null
        h++
      }
      // "Skellig's head of design, Ola Brandt": the role's own "of"/"for" phrase.
      if (noun && (toks[h]?.lower === 'of' || toks[h]?.lower === 'for')) {
        let e = h + 1
        // "head of UK sales", "friend of forty years": a figure or a capital inside it too.
        while (
          e < h + 5 &&
          (((/^\p{Ll}/u.test(toks[e]?.text ?? '') || /^\p{Lu}+$/u.test(toks[e]?.text ?? '')) &&
            (toks[e]?.pos === 'NOUN' || toks[e]?.pos === 'PROPN')) ||
            (toks[e]?.pos === 'NUM' && toks[e + 1]?.pos === 'NOUN') ||
            (toks[e]?.lower === 'and' && toks[e + 1]?.pos === 'NOUN'))
        )
          e++
        if (e > h + 1 && toks[e]?.text === ',') h = e
      }
      if (noun && !SPOKES_NOUNS.has(noun.lower)) {
        // "Kestrel's product manager Marta Ilves": the name may follow the role with no comma.
        const direct = indexOf(doc).startingAt.get(toks[h]?.start ?? -1)
        const directKind = direct ? indexOf(doc).entityOf.get(direct)?.kind : undefined
        const named =
          toks[h]?.text === ','
            ? indexOf(doc).startingAt.get(toks[h + 1]?.start ?? -1)
            : direct && !direct.possessive && directKind === 'person'
              ? direct
              : undefined
        if (named) return { kind: 'name', mention: named }
        if (unnamedNoun(noun.lower))
          return { kind: 'unnamed', text: `${mention.name}'s ${noun.text}` }
        const owner = indexOf(doc).entityOf.get(mention)
        // "Ana Ruiz's agent said": someone acting for a person, by the noun's ending too.
        const forPerson =
          owner?.kind === 'person' && /(?:er|or|ist|ian|ant|ent|ide)$/.test(noun.lower)
        if (PERSON_NOUNS.has(noun.lower) || ROLE_TITLES.has(noun.lower) || forPerson) {
          return {
            kind: 'role',
            noun: noun.lower,
            at: t.start,
            ...(owner && owner.kind === 'person' ? { owner } : {}),
          }
        }
      }
    }
    return { kind: 'name', mention }
  }
  // "Its website promises …", "Its own marketing calls it …": whoever "its" is speaks through
  // it (adjectives may stand before the noun).
  if (t.lower === 'its' || t.lower === 'their') {
    let n = k + 1
    while (n < k + 4 && toks[n]?.pos === 'ADJ') n++
    if (toks[n]?.pos === 'NOUN') return { kind: 'role', noun: 'its', at: t.start }
  }
  // "her son said", "his sister says": a possessive before a relation is a determiner, and the
  // relative is the person the text named so ("her son, Piran Marsk"), else an unnamed one.
  const next = toks[k + 1]
  if (
    ['his', 'her', 'their'].includes(t.lower) &&
    next?.pos === 'NOUN' &&
    RELATIONS.has(next.lower)
  ) {
    const holder = namedRelative(doc, next.lower, t.start)
    return holder
      ? { kind: 'name', mention: holder }
      : { kind: 'unnamed', text: `${t.lower} ${next.lower}` }
  }
  // "One, who did not want her name printed, said …", "Another said …": a bare "one" opening a
  // sentence is one of the people just mentioned, and unnamed.
  if (
    (t.lower === 'one' || t.lower === 'another') &&
    /^\p{Lu}/u.test(t.text) &&
    (next?.text === ',' || next?.lower === 'who' || next?.pos === 'VERB' || next?.pos === 'AUX')
  )
    return { kind: 'unnamed', text: t.lower }
  if (t.pos === 'PRON') return pronounPhrase(t)
  if (!DETS.has(t.lower)) return null
  const det = t.lower
  // "the 54-year-old said": the person the text gave that age.
  if (det === 'the' && /^\s*\d+-year-old\b/.test(doc.masked.slice(t.end, t.end + 16)))
    return {
      kind: 'role',
      noun: `${/\d+/.exec(doc.masked.slice(t.end, t.end + 16))?.[0] ?? ''}-year-old`,
      at: t.start,
    }
  let head: Token | null = null
  let h = k + 1
  for (; h < Math.min(toks.length, k + 6); h++) {
    const w = toks[h]
    if (!w) break
    const m = indexOf(doc).startingAt.get(w.start)
    if (m) {
      const after = toks.find((x) => x.start >= m.end)
      if (after && SPOKES_NOUNS.has(after.lower))
        return {
          kind: 'spokes',
          org: m,
          orgRole: null,
          text: `${det} ${m.name} ${after.text}`,
          at: t.start,
        }
      // "The Whirlette Spiralizer Pro claims …", "the Sela": the name is the phrase.
      if (h === k + 1 && (det === 'the' || det === 'this')) return { kind: 'name', mention: m }
    }
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      head = w
      const next = toks[h + 1]
      if (
        next &&
        (next.pos === 'NOUN' || next.pos === 'PROPN') &&
        !indexOf(doc).startingAt.has(next.start)
      )
        continue
      break
    }
    if (
      w.pos !== 'ADJ' &&
      w.pos !== 'NUM' &&
      w.pos !== 'PUNCT' &&
      w.pos !== 'ADV' &&
      w.pos !== 'VERB'
    )
      break
  }
  // "the study's lead author": the possessed noun is the head.
  let byOrg: string | null = null
  if (head && /^[’']s$/.test(toks[h + 1]?.text ?? '')) {
    const possessor = head.lower
    let h2 = h + 2
    let owned: Token | null = null
    let at = h
    while (
      toks[h2] &&
      /^\p{Ll}/u.test(toks[h2]?.text ?? '') &&
      ['NOUN', 'ADJ', 'VERB'].includes(toks[h2]?.pos ?? '')
    ) {
      if (toks[h2]?.pos === 'NOUN') {
        owned = toks[h2] ?? null
        at = h2
      }
      h2++
    }
    if (owned && (PERSON_NOUNS.has(owned.lower) || ROLE_TITLES.has(owned.lower))) {
      head = owned
      h = at
      // "said the shop's owner, Joan Pike": the holder the apposition names, not someone
      // the role would resolve to earlier ("Joan Pike's husband" is not Joan Pike).
      if (toks[h + 1]?.text === ',') {
        const m = indexOf(doc).startingAt.get(toks[h + 2]?.start ?? -1)
        const e = m ? indexOf(doc).entityOf.get(m) : undefined
        if (m && e && personLike(e) && !m.possessive) return { kind: 'name', mention: m }
      }
      // "the council's highways officer": someone in a body's post, speaking for it.
      if (ORG_NOUNS.has(possessor) || ORG_WORDS.has(possessor) || PUBLIC_ROLES.has(possessor))
        byOrg = possessor
    }
  }
  if (!head) return null
  // "a reader named Josie", "a woman called Ana Ruiz": the name the phrase gives.
  if (
    ['named', 'called'].includes(toks[h + 1]?.lower ?? '') &&
    (PERSON_NOUNS.has(head.lower) || unnamedNoun(head.lower))
  ) {
    const m = indexOf(doc).startingAt.get(toks[h + 2]?.start ?? -1)
    const e = m ? indexOf(doc).entityOf.get(m) : undefined
    if (m && e && (personLike(e) || e.kind === 'unknown')) return { kind: 'name', mention: m }
  }
  const noun = head.lower
  // "A spokesman, Dan Orme, said", "a council spokeswoman, Dana Orme, said": the name set in
  // apposition after the spokes-noun is who speaks, not the body it speaks for.
  if (SPOKES_NOUNS.has(noun) && det !== 'the' && toks[h + 1]?.text === ',') {
    const m = indexOf(doc).startingAt.get(toks[h + 2]?.start ?? -1)
    const e = m ? indexOf(doc).entityOf.get(m) : undefined
    if (
      m &&
      e &&
      personLike(e) &&
      !m.possessive &&
      toks[h + 2 + (m.tokenEnd - m.tokenIndex)]?.text === ','
    )
      return { kind: 'name', mention: m }
  }
  if (det === 'the' && (SPOKES_NOUNS.has(noun) || unnamedNoun(noun) || documentNoun(noun))) {
    // "the spokesperson said", "the person said": the one introduced before.
    return { kind: 'anaphor', noun, at: t.start }
  }
  // "a company spokesperson", "a district representative": speaks for that kind of organisation.
  // "a commission spokesperson", "a trust spokeswoman": an institution word counts as well.
  const orgModifier = toks
    .slice(k + 1, h)
    .find((w) => ORG_NOUNS.has(w.lower) || PUBLIC_ROLES.has(w.lower))
  // "according to a company filing", "a council report": what an organisation issued.
  if (documentNoun(noun) && orgModifier)
    return {
      kind: 'spokes',
      org: null,
      orgRole: orgModifier.lower,
      text: `${det} ${orgModifier.lower} ${noun}`,
      at: t.start,
    }
  if (SPOKES_NOUNS.has(noun) && orgModifier && det !== 'the')
    return {
      kind: 'spokes',
      org: null,
      orgRole: orgModifier.lower,
      text: `${det} ${orgModifier.lower} ${noun}`,
      at: t.start,
    }
  if (SPOKES_NOUNS.has(noun)) {
    const prep = toks[h + 1]
    if (prep && (prep.lower === 'for' || prep.lower === 'at' || prep.lower === 'of')) {
      const target = phraseAt(doc, toks, h + 2)
      if (target?.kind === 'name')
        return {
          kind: 'spokes',
          org: target.mention,
          orgRole: null,
          text: `${noun} for ${target.mention.name}`,
          at: t.start,
        }
      const roleTok = toks.slice(h + 2, h + 6).find((x) => ORG_NOUNS.has(x.lower))
      if (roleTok)
        return {
          kind: 'spokes',
          org: null,
          orgRole: roleTok.lower,
          text: `${noun} for the ${roleTok.lower}`,
          at: t.start,
        }
      // "a spokesperson for the centre", "… for the board": any noun after "the" names the
      // organisation by the word its name ends in, or the one the sentence before is about.
      const the = toks[h + 2]
      const orgNoun = toks[h + 3]
      if (the?.lower === 'the' && orgNoun?.pos === 'NOUN' && /^\p{Ll}+$/u.test(orgNoun.text))
        return {
          kind: 'spokes',
          org: null,
          orgRole: orgNoun.lower,
          text: `${noun} for the ${orgNoun.lower}`,
          at: t.start,
          strict: true,
        }
      return { kind: 'unnamed', text: `${det} ${noun}` }
    }
    // "a spokesperson said" with no organisation: the one the sentence before is about
    // ("X, which makes Y, said … “…,” a spokesperson said"), else an unnamed source.
    if (det === 'a' || det === 'an')
      return {
        kind: 'spokes',
        org: null,
        orgRole: null,
        text: `${det} ${noun}`,
        at: t.start,
        strict: true,
      }
    return { kind: 'unnamed', text: `${det} ${noun}` }
  }
  // "Its website promises …", "their packaging says …": the organisation behind it speaks.
  if (det === 'its' || det === 'their') return { kind: 'role', noun: 'its', at: t.start }
  if (det === 'the' || det === 'this' || det === 'that') {
    // "the fire service": the words before the head narrow down which organisation.
    const mods = toks
      .slice(k + 1, h)
      .filter((w) => /^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ'))
      .map((w) => w.lower)
    if (
      ORG_NOUNS.has(noun) ||
      PERSON_NOUNS.has(noun) ||
      /(ist|ian|er|or)$/.test(noun) ||
      noun === 'statement'
    )
      return { kind: 'role', noun, at: t.start, mods, ...(byOrg ? { byOrg } : {}) }
    if (ORG_WORDS.has(noun) && orgNamedWith(doc, noun, mods))
      return { kind: 'role', noun, at: t.start, mods }
    return null
  }
  // "one deckhand", "a fisherman", "a chairwoman": person nouns by their endings too.
  if (
    unnamedNoun(noun) ||
    PERSON_NOUNS.has(noun) ||
    /(?:ist|ian|er|or|hand|man|woman|person)$/.test(noun)
  )
    return { kind: 'unnamed', text: `${det} ${noun}` }
  return null
}

/** Whether the text names an organisation whose name ends in `noun` and holds `mods`. */
function orgNamedWith(doc: Doc, noun: string, mods: readonly string[]): boolean {
  return doc.entities.some((e) => {
    if (e.kind !== 'organisation') return false
    const ws = e.name.toLowerCase().split(/\s+/)
    return ws.at(-1) === noun && mods.every((w) => ws.includes(w))
  })
}

/**
 * The organisation the sentence before `pos` in its paragraph (or the one holding it) is about:
 * its subject a name typed organisation ("Westray Ferries said …") or a description of one
 * ("The company, which …, said …"). With `speaking`, only a subject that is the sentence's voice:
 * not one that acted on another organisation the sentence names ("X fined Y £20,000" is about
 * both sides, and "a spokesperson said" after it may be either), unless its verb is one of saying.
 */
function organisationSubject(
  doc: Doc,
  pos: number,
  quotes: readonly DetectedQuote[],
  speaking = false,
): Entity | null {
  const p = doc.paragraphs[paragraphOf(doc, pos)]
  if (!p) return null
  const toks = frame(p, quotes).filter((t) => t.end <= pos)
  // The sentence holding `pos` and the one before it.
  const ends = toks.map((t, i) => (/^[.!?]$/.test(t.text) ? i : -1)).filter((i) => i >= 0)
  const starts = [0, ...ends.map((i) => i + 1)].slice(-2)
  for (const from of starts.reverse()) {
    const sentence = toks.slice(from)
    const subject = firstPhrase(doc, sentence)
    if (!subject) continue
    // "I asked X why …. A spokesperson said …": the writer put the question to X, who answers.
    if (subject.kind === 'author') {
      const asked = askedOrganisation(doc, sentence)
      if (asked) return asked
      continue
    }
    let e: Entity | null = null
    if (subject.kind === 'name') {
      const named = indexOf(doc).entityOf.get(subject.mention)
      if (named?.kind === 'organisation') e = named
    }
    if (subject.kind === 'role' && ORG_NOUNS.has(subject.noun)) {
      const r = resolveDescription(doc, subject.noun, subject.at, {}, subject.mods)
      if (r?.entity?.kind === 'organisation') e = r.entity
    }
    if (!e) continue
    if (speaking && actsOnAnother(doc, sentence, e, subject)) return null
    return e
  }
  return null
}

/**
 * The document "it" at `pos` stands for: a noun for what an organisation issues ("the
 * assessment", "the report") in its sentence before it or in the sentence before, with no
 * organisation or product named after it.
 */
function documentBefore(doc: Doc, pos: number, quotes: readonly DetectedQuote[]): Token | null {
  const p = doc.paragraphs[paragraphOf(doc, pos)]
  if (!p) return null
  const toks = frame(p, quotes).filter((t) => t.end <= pos)
  const ends = toks.map((t, i) => (/^[.!?]$/.test(t.text) ? i : -1)).filter((i) => i >= 0)
  const from = ends.length >= 2 ? (ends.at(-2) ?? -1) + 1 : 0
  for (let i = toks.length - 1; i >= from; i--) {
    const t = toks[i]
    if (!t) break
    if (t.pos === 'PROPN') return null
    // "the assessment", "the council's own economic assessment": a determiner or a possessive
    // within the three words before it.
    if (
      t.pos === 'NOUN' &&
      documentNoun(t.lower) &&
      toks.slice(Math.max(from, i - 4), i).some((x) => DETS.has(x.lower) || /^[’']s$/.test(x.text))
    )
      return t
  }
  return null
}

/** Verbs with which the writer puts a question to someone ("I asked X", "I contacted X"). */
const ASKING = new Set(
  'asked contacted approached emailed e-mailed rang phoned called messaged wrote put'.split(' '),
)

/**
 * The organisation a sentence opened by "I" puts a question to: "I asked X why …", "I contacted
 * the council", "I wrote to X": named right after the verb (past "to"), or described ("the
 * council").
 */
function askedOrganisation(doc: Doc, sentence: readonly Token[]): Entity | null {
  const v = sentence.findIndex((t, i) => i <= 3 && t.pos === 'VERB')
  if (v < 0 || !ASKING.has(sentence[v]?.lower ?? '')) return null
  let k = v + 1
  // "I put those figures to X": the one asked comes after "to".
  if (sentence[v]?.lower === 'put') {
    const to = sentence.findIndex((x, i) => i > v && i <= v + 5 && x.lower === 'to')
    if (to < 0) return null
    k = to
  }
  if (sentence[k]?.lower === 'to') k++
  const t = sentence[k]
  if (!t) return null
  const m = indexOf(doc).startingAt.get(t.start)
  if (m) {
    const e = indexOf(doc).entityOf.get(m)
    return e?.kind === 'organisation' ? e : null
  }
  if (t.lower !== 'the') return null
  // "the council", "the ferry company": its head within three words.
  const head = sentence
    .slice(k + 1, k + 4)
    .findIndex((x) => (ORG_NOUNS.has(x.lower) || ORG_WORDS.has(x.lower)) && x.pos === 'NOUN')
  const noun = sentence[k + 1 + head]
  if (head < 0 || !noun) return null
  const mods = sentence.slice(k + 1, k + 1 + head).map((x) => x.lower)
  const r = resolveDescription(doc, noun.lower, noun.start, {}, mods)
  return r?.entity?.kind === 'organisation' ? r.entity : null
}

/**
 * Whether the clause `toks` opens with `subject` (organisation `e`) acting on another
 * organisation it names after its verb ("Harnley Council, which owns the site, fined Brightwell
 * Foods"), the verb not one of saying ("X said it had fined Y" is X's voice).
 */
function actsOnAnother(doc: Doc, toks: readonly Token[], e: Entity, subject: Phrase): boolean {
  let k =
    subject.kind === 'name'
      ? toks.findIndex((t) => t.start >= subject.mention.end)
      : subject.kind === 'role'
        ? toks.findIndex((t) => t.start >= subject.at && t.lower === subject.noun) + 1
        : 0
  if (k <= 0) return false
  // Past an apposition or a relative clause set off by commas ("X, which owns the site, …").
  if (toks[k]?.text === ',') {
    const close = toks.findIndex((t, i) => i > k && t.text === ',')
    if (close > 0) k = close + 1
  }
  const verb = toks.slice(k).find((t) => t.pos === 'VERB')
  if (!verb) return false
  if (SPEECH_VERBS.has(verb.lower)) return false
  const index = indexOf(doc)
  const end = toks.findIndex((t) => t.start > verb.start && /^[.!?]$/.test(t.text))
  const stop = end < 0 ? (toks.at(-1)?.end ?? verb.end) : (toks[end]?.start ?? verb.end)
  return mentionsIn(doc, verb.end, stop).some((m) => {
    const other = index.entityOf.get(m)
    return !!other && other !== e && other.kind === 'organisation'
  })
}

/** The entities named inside the quote that starts at `at` and the rest of its group. */
function namedInside(doc: Doc, at: number, quotes: readonly DetectedQuote[]): Set<Entity> {
  const out = new Set<Entity>()
  // Looked up, not searched: every pronoun's quote asks, and a long draft has thousands.
  const { byStart, byGroup } = quoteIndex(quotes)
  const q = byStart.get(at)
  if (!q) return out
  const index = indexOf(doc)
  for (const part of byGroup.get(q.groupId) ?? []) {
    // "I'm Ana Ruiz": a speaker may name themselves.
    if (/\b(?:I['’]m|I am|my name is|this is)\s+\p{Lu}/u.test(part.text)) continue
    for (let i = lastBefore(index.ordered, part.start) + 1; i < index.ordered.length; i++) {
      const m = index.ordered[i]
      if (!m || m.start >= part.end) break
      const e = index.entityOf.get(m)
      if (e) out.add(e)
    }
  }
  return out
}

/** Public bodies a spokesperson may speak for when the text gives them no name. */
const PUBLIC_ROLES = new Set(
  'council ministry department authority agency police government commission board court service'.split(
    ' ',
  ),
)

/** A pronoun as a speaker: "she", "they", "it" (an organisation), or "I" (the writer). */
function pronounPhrase(t: Token, subjectOfSaying = false): Phrase | null {
  if (t.text === 'I' || t.lower === 'we') return t.text === 'I' ? { kind: 'author' } : null
  if (t.lower === 'it' && subjectOfSaying) return { kind: 'pronoun', token: t }
  return pronounGender(t) ? { kind: 'pronoun', token: t } : null
}

/** The writer of the piece: the person its byline names. */
function authorOf(doc: Doc): Entity | null {
  const index = indexOf(doc)
  for (const p of doc.paragraphs) {
    if (p.role !== 'byline') continue
    for (let i = lastBefore(index.ordered, p.start) + 1; i < index.ordered.length; i++) {
      const m = index.ordered[i]
      if (!m || m.start >= p.end) break
      const e = index.entityOf.get(m)
      if (e && personLike(e)) return e
    }
  }
  return null
}

/** Whether the piece is written in the first person: "I" and "my" outside quotes, often. */
function firstPerson(doc: Doc, quotes: readonly DetectedQuote[]): boolean {
  let n = 0
  for (const p of doc.paragraphs) {
    if (p.role !== 'body' && p.role !== 'standfirst') continue
    for (const t of frame(p, quotes)) if (t.text === 'I' || t.lower === 'my') n++
  }
  return n >= 4
}

/** Words that pick some members out of a group: "one of them", "two of the workers". */
const PARTITIVES = new Set(
  'one two three four several some many most few none each another either neither any all both'.split(
    ' ',
  ),
)

/** Reads the noun phrase that ends just before `toks[k]` (the subject of a verb at k). */
function phraseBefore(doc: Doc, toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1
  while (j >= 0 && ADVERBS.has(toks[j]?.lower ?? '')) j--
  // "one of them said", "two of the firefighters said": members of a group, named by no one.
  for (let o = j - 1; o >= Math.max(1, j - 4); o--) {
    const w = toks[o]
    if (!w) break
    if (w.lower === 'of') {
      const q = toks[o - 1]
      if (q && PARTITIVES.has(q.lower) && !indexOf(doc).covering.has(toks[j]?.start ?? -1))
        return { kind: 'unnamed', text: doc.body.slice(q.start, toks[j]?.end ?? q.end) }
      break
    }
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PRON') break
  }
  // "Leah Okonedo, a gastroenterologist at St Aldwyn's Hospital, put it": past the apposition
  // (a comma, a determiner … a comma) to the name it describes.
  if (toks[j]?.text === ',') {
    // The apposition may hold a name with a comma of its own ("a dentist who hosts the podcast
    // Whole Mouth, Whole Body,", "a mother of two in Galway, Ireland,"): a comma that only a
    // name follows up to the next comma is inside it, and the walk goes on past it.
    let inner = j
    for (let o = j - 2; o >= Math.max(1, j - 24); o--) {
      const w = toks[o]
      if (!w || /^[.!?;:”"]$/.test(w.text) || o < inner - 14) break
      if (w.text !== ',') continue
      const det = toks[o + 1]?.lower ?? ''
      const named = indexOf(doc).startingAt.get(toks[o + 1]?.start ?? -1)
      if (
        named &&
        named.end === toks[inner - 1]?.end &&
        !named.possessive &&
        toks[o - 1]?.lower !== 'and' &&
        !['a', 'an', 'the', 'its', 'his', 'her', 'their', 'who'].includes(det)
      ) {
        inner = o
        continue
      }
      if (
        ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(det) &&
        indexOf(doc).endingAt.has(toks[o - 1]?.end ?? -1)
      )
        j = o - 1
      // "Tansy Orrell, who sits on Brackwater District Council, said": past a relative clause
      // to the person it describes, not the organisation named inside it.
      else if (det === 'who') {
        const m = indexOf(doc).endingAt.get(toks[o - 1]?.end ?? -1)
        const e = m && !m.possessive ? indexOf(doc).entityOf.get(m) : undefined
        if (e && personLike(e)) j = o - 1
      }
      // "The council, in a reply to Dana Rusk, said …", "Ana Ruiz, at a meeting on Friday,
      // said …": past an aside that opens with a preposition to the subject before it.
      else if (
        toks[o + 1]?.pos === 'ADP' &&
        det !== 'of' &&
        (indexOf(doc).endingAt.has(toks[o - 1]?.end ?? -1) || toks[o - 1]?.pos === 'NOUN')
      )
        j = o - 1
      // "the Tarn Rowing Trust, which has run the club since 2004, called her …": past a
      // relative clause on an organisation to the organisation.
      else if (det === 'which') {
        const m = indexOf(doc).endingAt.get(toks[o - 1]?.end ?? -1)
        const e = m && !m.possessive ? indexOf(doc).entityOf.get(m) : undefined
        if (e && e.kind === 'organisation') j = o - 1
        // …unless the organisation sits in a person's own apposition or relative clause ("Tom
        // Reyes, a nurse at Harlow Hospital, which is due to close, said"): the person speaks.
        if (e && e.kind === 'organisation' && m) {
          for (let o2 = o - 2; o2 >= Math.max(1, o - 16); o2--) {
            const w2 = toks[o2]
            if (!w2 || /^[.!?;:”"]$/.test(w2.text)) break
            if (w2.end > m.start || w2.text !== ',') continue
            const d2 = toks[o2 + 1]?.lower ?? ''
            if (!['a', 'an', 'the', 'its', 'his', 'her', 'their', 'who'].includes(d2)) break
            const pm = indexOf(doc).endingAt.get(toks[o2 - 1]?.end ?? -1)
            const pe = pm && !pm.possessive ? indexOf(doc).entityOf.get(pm) : undefined
            if (pe && personLike(pe)) j = o2 - 1
            break
          }
        }
      }
      break
    }
  }
  // "Pellary, a young delivery firm that promises “…”": the relative pronoun's antecedent, an
  // apposition, speaks for the name it describes.
  // ("start-up": wink tags a hyphenated noun's parts as other words)
  const antecedent = toks[j - 1]?.pos === 'NOUN' || toks[j - 2]?.text === '-'
  if (['that', 'which', 'who'].includes(toks[j]?.lower ?? '') && antecedent) {
    let d = j - 1
    while (d > Math.max(0, j - 10) && !DETS.has(toks[d]?.lower ?? '')) d--
    const m =
      ['a', 'an'].includes(toks[d]?.lower ?? '') && toks[d - 1]?.text === ','
        ? indexOf(doc).endingAt.get(toks[d - 2]?.end ?? -1)
        : undefined
    if (m && !m.possessive) return { kind: 'name', mention: m }
  }
  // "Brevik's chief executive, Lorcan Aaltonen, said": the apposition's closing comma.
  if (toks[j]?.text === ',' && indexOf(doc).endingAt.has(toks[j - 1]?.end ?? -1)) j--
  const t = toks[j]
  if (!t) return null
  const covering = indexOf(doc).covering.get(t.start)
  const mention =
    indexOf(doc).endingAt.get(t.end) ?? (covering && !covering.possessive ? covering : undefined)
  if (mention && !mention.possessive) {
    const before = toks
      .slice(0, j)
      .reverse()
      .find((x) => x.end <= mention.start)
    // "Dr. Priyanka Vale of the Harlow Clinic put it this way:": a person named with where
    // they work, "of", "at" or "from" it; the person speaks, not the workplace.
    const idx0 = before ? toks.indexOf(before) : -1
    const prep = before?.lower === 'the' ? toks[idx0 - 1] : before
    if (prep && ['of', 'at', 'from', 'in'].includes(prep.lower)) {
      const personEnd = toks[toks.indexOf(prep) - 1]
      const person = personEnd ? indexOf(doc).endingAt.get(personEnd.end) : undefined
      const pe = person ? indexOf(doc).entityOf.get(person) : undefined
      const oe = indexOf(doc).entityOf.get(mention)
      // "Priya from Dunmore", "Sam from Leeds wrote": where someone is from, a one-word name
      // the reader may not know, is no speaker even when the typing guessed a person for it.
      const home =
        (prep.lower === 'from' || prep.lower === 'in') &&
        before === prep &&
        !/\s/.test(mention.name) &&
        pe?.kind !== 'organisation' &&
        pe?.kind !== 'product' &&
        pe?.kind !== 'place'
      if (
        person &&
        !person.possessive &&
        pe &&
        (pe.kind === 'person' || home) &&
        oe &&
        (oe.kind !== 'person' || home)
      )
        return { kind: 'name', mention: person }
      // "A reader from Carrow wrote", "a caller in Leeds said": someone the text does not name.
      if (
        (prep.lower === 'from' || prep.lower === 'in') &&
        !person &&
        personEnd &&
        !SPOKES_NOUNS.has(personEnd.lower) &&
        oe?.kind !== 'organisation' &&
        oe?.kind !== 'product' &&
        (unnamedNoun(personEnd.lower) || PERSON_NOUNS.has(personEnd.lower))
      ) {
        let d = toks.indexOf(personEnd) - 1
        while (toks[d]?.pos === 'ADJ') d--
        const det = toks[d]
        if (det && (DETS.has(det.lower) || det.pos === 'DET'))
          return { kind: 'unnamed', text: doc.body.slice(det.start, mention.end) }
      }
    }
    // "a lawyer for Ana Ruiz said", "the mother of Tom Reed, a pupil at the school, said":
    // someone speaking for or about a person is not that person, and is named by no one.
    const head = prep ? toks[toks.indexOf(prep) - 1] : undefined
    const named = indexOf(doc).entityOf.get(mention)
    if (
      prep &&
      ['for', 'of', 'to'].includes(prep.lower) &&
      head &&
      PROXY_NOUNS.has(head.lower) &&
      named &&
      personLike(named)
    ) {
      let d = toks.indexOf(head) - 1
      while (toks[d]?.pos === 'ADJ') d--
      const det = toks[d]
      if (det && (DETS.has(det.lower) || det.pos === 'DET' || det.pos === 'NUM'))
        return { kind: 'unnamed', text: doc.body.slice(det.start, mention.end) }
    }
    if (before && before.lower === 'for') {
      // "a spokeswoman for Brightmere said"
      const idx = toks.indexOf(before)
      const spokes = toks[idx - 1]
      if (spokes && SPOKES_NOUNS.has(spokes.lower))
        return {
          kind: 'spokes',
          org: mention,
          orgRole: null,
          text: `${spokes.text} for ${mention.name}`,
          at: spokes.start,
        }
    }
    return { kind: 'name', mention }
  }
  if (t.pos === 'PRON') return pronounPhrase(t, true)
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    // Walk back to the determiner: "the captain", "a senior aide", "a spokeswoman for the company".
    for (let d = j - 1; d >= Math.max(0, j - 8); d--) {
      const w = toks[d]
      if (!w) break
      if (DETS.has(w.lower)) {
        const p = phraseAt(doc, toks, d)
        if (p && p.kind === 'spokes') return p
        if (p) {
          // A phrase reaching our noun through "for the company", "close to the company",
          // "of the board": the head before the preposition is who speaks.
          const prev = toks[d - 1]
          if (prev && (prev.lower === 'for' || prev.pos === 'ADP' || prev.lower === 'to')) {
            let head = d - 1
            while (toks[head - 1]?.pos === 'ADJ' || toks[head - 1]?.pos === 'ADV') head--
            const before = phraseBefore(doc, toks, head)
            if (before) return before
          }
          return p
        }
        return null
      }
      if (w.pos === 'VERB' || w.pos === 'AUX' || SKIP.has(w.text)) break
    }
    // No determiner: "police said", "officials said", "people close to the company said".
    const bare = t.lower
    let d = j - 1
    while (d >= 0 && (toks[d]?.pos === 'ADJ' || toks[d]?.pos === 'ADV')) d--
    const opens = d < 0 || SKIP.has(toks[d]?.text ?? '') || /^[.!?”"’]$/.test(toks[d]?.text ?? '')
    if (opens || toks[d]?.pos === 'VERB' || toks[d]?.pos === 'CCONJ') {
      if (PUBLIC_BODIES.has(bare)) return { kind: 'anaphor', noun: bare, at: t.start }
      if (unnamedNoun(bare) || UNNAMED_PLURALS.has(bare)) return { kind: 'unnamed', text: t.text }
    }
  }
  return null
}

/** People who speak for or about someone else: "a lawyer for X", "a friend of X" (not X). */
const PROXY_NOUNS = new Set(
  'lawyer lawyers solicitor solicitors attorney attorneys barrister barristers agent manager aide aides assistant adviser advisor friend friends relative relatives mother father brother sister son daughter wife husband partner cousin uncle aunt niece nephew grandmother grandfather grandson granddaughter widow widower colleague colleagues neighbour neighbor neighbours neighbors supporter supporters critic critics fan fans ally allies rival rivals biographer'.split(
    ' ',
  ),
)

/** Public bodies named by a bare plural noun: "police said" is the police force the text named. */
const PUBLIC_BODIES = new Set(['police', 'regulators', 'prosecutors', 'investigators'])
/** Plural nouns for people that name no one: "officials said", "people familiar with …". */
const UNNAMED_PLURALS = new Set([
  'officials',
  'people',
  'sources',
  'residents',
  'witnesses',
  'analysts',
  'experts',
  'critics',
  'campaigners',
  'neighbours',
  'neighbors',
  'parents',
  'staff',
  'workers',
  'executives',
  'insiders',
])

/** People nouns whose plural may open a sentence: the lexicon's, and a few for groups. */
const GROUP_NOUNS = new Set(
  'teammate regular local visitor tester player diner guest tourist rider cyclist walker swimmer climber gamer subscriber follower supporter critic user buyer seller client'.split(
    ' ',
  ),
)

/** A one-word "name" that is a plural people noun opening each sentence it is in. */
function peoplePlural(e: Entity): boolean {
  const w = e.name.toLowerCase()
  if (!/^\p{L}+s$/u.test(w) || e.mentions.some((m) => m.tokenIndex > 0 || /\s/.test(m.name)))
    return false
  const singular = [w.slice(0, -1), w.replace(/es$/, '')]
  return (
    UNNAMED_PLURALS.has(w) ||
    singular.some((x) => PERSON_NOUNS.has(x) || GROUP_NOUNS.has(x) || ANONYMOUS_NOUNS.has(x))
  )
}

/** The person or organisation a phrase stands for, seen from `at` in the text. */
function resolve(
  doc: Doc,
  phrase: Phrase,
  at: number,
  quotes: readonly DetectedQuote[],
  /** The phrase is the subject of a verb of saying (not only a sentence's subject). */
  byVerb = true,
): SpeakerGuess | null {
  // Names inside quotes, bylines and credits are not who a pronoun or role refers back to.
  // A caption's own names are referents for a quote inside that caption.
  const own = paragraphOf(doc, at)
  const credit = (m: Mention) => {
    const i = paragraphOf(doc, m.start)
    const p = doc.paragraphs[i]
    return (p?.role === 'byline' || p?.role === 'caption') && i !== own
  }
  const scope: Scope = { skip: (m) => quoted(doc, m, quotes) || credit(m) }
  const guess = (e: Entity, confidence: number, reason: string): SpeakerGuess => {
    // A product does not speak, nor does a product's name used alone: its maker does.
    const maker = makerOf(doc, e)
    if (maker)
      return {
        speaker: maker.name,
        entity: maker.entity,
        confidence,
        reason: `${reason}, made by ${maker.name}`,
      }
    return { speaker: e.name, entity: e, confidence, reason }
  }
  /** The shared resolver's answer as a speaker: an entity, or on purpose no one. */
  const fromReference = (r: Reference | null, confidence: number): SpeakerGuess | null => {
    if (!r) return null
    if (r.entity) return guess(r.entity, confidence, r.reason)
    if (r.unnamed) return { ...none(r.reason), confidence: 0.6, unnamed: true }
    return none(r.reason)
  }
  switch (phrase.kind) {
    case 'name': {
      const e = indexOf(doc).entityOf.get(phrase.mention)
      if (!e || e.kind === 'place') return null
      // "Teammates said I sounded …", "Regulars said …": a plural noun for people, capitalised
      // only because it opens its sentence (the text never writes it so elsewhere), names no one.
      if (peoplePlural(e)) return { ...none(`"${e.name}" names no one`), unnamed: true }
      // "The Whirlette Spiralizer Pro claims to …": its maker's marketing copy.
      if (e.kind === 'product') {
        const maker = makerOf(doc, e)
        return maker && byVerb
          ? {
              speaker: maker.name,
              entity: maker.entity,
              confidence: 0.7,
              reason: `${e.name} is made by ${maker.name}`,
            }
          : null
      }
      // Without a verb of saying, a lone capitalised word is no one ("Shoppers are convinced.").
      if (
        !byVerb &&
        e.kind !== 'organisation' &&
        !personLike(e) &&
        !(e.kind === 'unknown' && phrase.mention.name.includes(' '))
      )
        return null
      return guess(e, 0.9, `named beside a verb of saying: ${phrase.mention.name}`)
    }
    case 'pronoun': {
      // "“…,” it said in a statement": only an organisation the sentence before (or this one)
      // is about says things as "it"; "It said: …" of a note says nothing.
      if (phrase.token.lower === 'it') {
        // "I read the assessment. It says …": the document just named, said by who issued it.
        const paper = documentBefore(doc, phrase.token.start, quotes)
        if (paper) {
          const r = resolveDescription(doc, paper.lower, phrase.token.start, scope)
          if (r?.entity) return guess(r.entity, 0.7, `"it" is ${r.reason}`)
        }
        const e = organisationSubject(doc, phrase.token.start, quotes)
        return e
          ? guess(e, 0.7, `"it" is the organisation the sentence before is about: ${e.name}`)
          : null
      }
      // A speaker does not name themselves in their own words: "“Kit is always on time,” she
      // says" is not Kit's.
      const named = namedInside(doc, at, quotes)
      const agreement = pronounAgreement(phrase.token.text)
      const r = resolvePronoun(doc, phrase.token.start, phrase.token.text, {
        ...scope,
        accept: (e) => !named.has(e) && (agreement === 'plural' || personLike(e)),
      })
      if (r?.entity && agreement === 'plural') return guess(r.entity, 0.6, r.reason)
      return fromReference(r, r?.entity && r.entity.kind === 'organisation' ? 0.7 : 0.75)
    }
    case 'role': {
      // "Its website promises …", "the brand calls it …": whoever "its" is speaks through it.
      if (phrase.noun === 'its')
        return fromReference(
          (() => {
            const e = makerNearby(doc, at, scope) ?? salientOrganisation(doc, at, scope)
            return e ? { entity: e, reason: `"its" resolved to ${e.name}` } : null
          })(),
          0.7,
        )
      // "“We lost,” Tom Reed's lawyer said.": the lawyer the text named for him before ("Reed's
      // lawyer, Joan Pike,"), else someone unnamed; never Reed, nor whoever else had a role.
      if (phrase.owner) {
        const holder = roleHolder(doc, phrase.noun, phrase.owner, at, scope)
        return holder
          ? guess(holder, 0.7, `"${phrase.owner.name}'s ${phrase.noun}" is ${holder.name}`)
          : {
              ...none(`an unnamed source: "${phrase.owner.name}'s ${phrase.noun}"`),
              confidence: 0.6,
              unnamed: true,
            }
      }
      // "The council's highways officer … was clear:": the officer the text named, else the
      // council the post is held in (an official speaking for a body), not whoever had a role.
      if (phrase.byOrg) {
        const holder = roleHolder(doc, phrase.noun, null, at, scope)
        if (holder) return guess(holder, 0.7, `"the ${phrase.noun}" is ${holder.name}`)
        const body = resolveDescription(doc, phrase.byOrg, at, scope)
        if (body?.entity?.kind === 'organisation')
          return guess(
            body.entity,
            0.65,
            `"the ${phrase.byOrg}'s ${phrase.noun}" speaks for ${body.entity.name}`,
          )
      }
      const r = resolveDescription(doc, phrase.noun, at, scope, phrase.mods)
      if (r?.entity) return guess(r.entity, 0.7, r.reason)
      if (r?.unnamed) return fromReference(r, 0.7)
      // "the mayor said" where no one before holds that office: someone the text does not name,
      // not whoever spoke last.
      if (ROLE_TITLES.has(phrase.noun) && !ORG_NOUNS.has(phrase.noun))
        return {
          ...none(`an unnamed source: "the ${phrase.noun}"`),
          confidence: 0.6,
          unnamed: true,
        }
      return null
    }
    case 'spokes': {
      if (phrase.strict) {
        const role = phrase.orgRole
        const named = role
          ? doc.entities.find(
              (e) =>
                e.kind === 'organisation' &&
                e.name.toLowerCase().split(/\s+/).at(-1) === role &&
                e.mentions.some((m) => m.start < phrase.at && !scope.skip?.(m)),
            )
          : undefined
        // "for the family", "for the residents": a group, not an organisation from elsewhere.
        const e =
          named ??
          (!role || ORG_WORDS.has(role) ? organisationSubject(doc, phrase.at, quotes, true) : null)
        if (e) return guess(e, 0.7, `${phrase.text}: speaks for ${e.name}`)
        return { ...none(`${phrase.text}: no organisation named`), unnamed: true }
      }
      const salient = phrase.orgRole ? salientOrganisation(doc, at, scope, phrase.orgRole) : null
      // "a spokesman for the regional transport authority": a public body is one named so, never
      // the hotel or the ferry firm the piece names most.
      const publicRole = !!phrase.orgRole && PUBLIC_ROLES.has(phrase.orgRole)
      const fits = salient && (!publicRole || organisationFitsRole(salient, phrase.orgRole ?? ''))
      const e = phrase.org ? indexOf(doc).entityOf.get(phrase.org) : fits ? salient : null
      // "a council spokesman" where the text names the council no other way: the council.
      if (!e && phrase.orgRole && PUBLIC_ROLES.has(phrase.orgRole))
        return {
          speaker: `the ${phrase.orgRole}`,
          entity: null,
          confidence: 0.6,
          reason: `${phrase.text}: speaks for the ${phrase.orgRole}, which the text does not name`,
        }
      if (!e) return { ...none(`${phrase.text}: no organisation named`), unnamed: true }
      return guess(e, 0.8, `${phrase.text}: speaks for ${e.name}`)
    }
    case 'anaphor': {
      const r = resolveDescription(doc, phrase.noun, phrase.at, scope)
      if (r?.entity) return guess(r.entity, 0.75, r.reason)
      // "the spokesman" after "a council spokesman": the council, named or not.
      const spokes = SPOKES_NOUNS.has(phrase.noun)
        ? spokesSince(doc, Math.max(0, phrase.at - 1500), phrase.at)
        : null
      if (spokes?.role && PUBLIC_ROLES.has(spokes.role))
        return {
          speaker: `the ${spokes.role}`,
          entity: null,
          confidence: 0.6,
          reason: `"the ${phrase.noun}" speaks for the ${spokes.role}, which the text does not name`,
        }
      return {
        ...none(r?.reason ?? `an unnamed source: "the ${phrase.noun}"`),
        confidence: 0.7,
        unnamed: true,
      }
    }
    case 'unnamed':
      return { ...none(`an unnamed source: "${phrase.text}"`), confidence: 0.8, unnamed: true }
    case 'author': {
      const e = authorOf(doc)
      return e
        ? { speaker: e.name, entity: e, confidence: 0.7, reason: `"I": the writer, ${e.name}` }
        : null
    }
  }
}

/** Role nouns that head a post: "head of sales", "director of research". */
const POST_HEADS = new Set(['head', 'director', 'chief', 'manager', 'lead', 'boss', 'president'])

/**
 * A name set in apposition after a role, from `toks[k]`: "the company's head of sales in Europe,
 * Ben Hale", "its director of research, Ana Ruiz", "the council's transport lead, Dan Kovac". The
 * role opens with a determiner or a possessive, holds a noun for a person or a post and no verb,
 * and the name after its comma is a person's (or a full name not yet typed).
 */
function apposedName(doc: Doc, toks: readonly Token[], k: number): Mention | null {
  const open = toks[k]
  if (!open || !(open.pos === 'DET' || /^(?:its|their|his|her|our)$/.test(open.lower))) return null
  let role = false
  for (let i = k + 1; i < Math.min(toks.length, k + 12); i++) {
    const t = toks[i]
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || /^[.!?;:]$/.test(t.text)) return null
    if (t.text === ',') {
      if (!role) return null
      const m = indexOf(doc).startingAt.get(toks[i + 1]?.start ?? -1)
      if (!m) return null
      const e = indexOf(doc).entityOf.get(m)
      const end = toks.findIndex((x) => x.start >= m.end)
      const closes = end < 0 || /^[.,;!?”"’]$/.test(toks[end]?.text ?? '.')
      return e && closes && (personLike(e) || (e.kind === 'unknown' && m.name.includes(' ')))
        ? m
        : null
    }
    if (/^\p{Ll}/u.test(t.text) && (POST_HEADS.has(t.lower) || PERSON_NOUNS.has(t.lower)))
      role = true
  }
  return null
}

/** Attribution in the words right after a quote ("…,” Ruiz said / said a spokeswoman for X / Brightmere chief executive Daniela Osei said). */
function after(
  doc: Doc,
  toks: readonly Token[],
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
): SpeakerGuess | null {
  let k = toks.findIndex((t) => t.start >= q.end)
  if (k < 0) return null
  while (toks[k] && (SKIP.has(toks[k]?.text ?? '') || /^[”"’']$/.test(toks[k]?.text ?? ''))) k++
  const first = toks[k]
  if (!first || first.start - q.end > 12) return null
  if (SPEECH_VERBS.has(first.lower)) {
    // "…,” wrote one. “…,” said another.": one of a group the text gave no names.
    const who = toks[k + 1]
    if (
      who &&
      (who.lower === 'one' || who.lower === 'another') &&
      /^[.,;:!?”"’]$/.test(toks[k + 2]?.text ?? '.')
    )
      return { ...none(`an unnamed source: "${who.text}"`), confidence: 0.7, unnamed: true }
    // "…,” said the company's head of sales in Europe, Ben Hale.": a role set before a name in
    // apposition; the name is who speaks.
    const apposed = apposedName(doc, toks, k + 1)
    if (apposed) {
      const r = resolve(doc, { kind: 'name', mention: apposed }, q.start, quotes)
      if (r?.speaker) return r
    }
    const p = phraseAt(doc, toks, k + 1)
    const named = p?.kind === 'unnamed' ? namedAfter(doc, toks, k + 1) : null
    return p ? resolve(doc, named ?? p, q.start, quotes) : null
  }
  // "“Worth every penny.” — Tomas Reyes, Cork": a signature after a dash on the same line (an
  // em or en dash, or a hyphen or two typed for one: "…” - Priyanka Dal, adviser").
  if (/^[”"’'*_]*\s*(?:[—–]|-{1,2})\s*$/.test(doc.masked.slice(q.end, first.start))) {
    const m = indexOf(doc).startingAt.get(first.start)
    if (m) {
      const r = resolve(doc, { kind: 'name', mention: m }, q.start, quotes)
      if (r) return { ...r, reason: `signed after a dash: ${r.speaker ?? m.name}` }
    }
  }
  // "One councillor called it “…,” and a letter in the Gazette warned of …": a clause joined by
  // "and", "but" or "or" after the quote says something new; it does not attribute the quote.
  if (first.pos === 'CCONJ' && ['and', 'but', 'or'].includes(first.lower)) return null
  // "…,” according to Ana Ruiz, the treasurer.
  if (first.lower === 'according' && toks[k + 1]?.lower === 'to') {
    const p = phraseAt(doc, toks, k + 2)
    return p ? resolve(doc, p, q.start, quotes) : null
  }
  // "…“in the new year.” When I pointed out …": a quote that ends its sentence, followed by a
  // sentence that opens with a clause of its own, has no attribution after it.
  if (
    /[.!?]\s*$/.test(q.text) &&
    /^\p{Lu}/u.test(first.text) &&
    ['SCONJ', 'ADP', 'DET', 'ADV', 'CCONJ'].includes(first.pos)
  )
    return null
  // The clause after the quote, up to its end or the next quote: its verb of saying and subject.
  const next = nextQuote(quotes, q.end)
  let v = -1
  // The verb stands close: "…,” the company’s chief executive, Ana Ruiz, said" at most; further
  // only past a noun phrase with no verb of its own ("…,” Avenly's head of nutrition, Sofie
  // Lindgaard-Dahl, said", a long name with its role set before it).
  let clausal = false
  for (let i = k; i < Math.min(toks.length, k + 16); i++) {
    const t = toks[i]
    if (!t || /^[.!?;]$/.test(t.text) || (next && t.start >= next.start)) break
    if (SPEECH_VERBS.has(t.lower)) {
      v = i
      break
    }
    // A participle inside the role ("Norvane's paid ambassador", "the registered dietitian")
    // describes the noun after it; it is no verb of a clause of its own.
    const participle =
      t.pos === 'VERB' &&
      ['PART', 'DET', 'ADJ'].includes(toks[i - 1]?.pos ?? '') &&
      toks[i + 1]?.pos === 'NOUN'
    if (['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON'].includes(t.pos) && !participle) clausal = true
    if (i >= k + 8 && clausal) break
  }
  if (v < 0) return null
  // "…,” a common complaint that Ferreira-Kim said is easy to fix": the verb of saying belongs
  // to a relative clause on a noun in apposition to the quote, whose subject says something
  // about it; who said the quote is for the words before it. (Not "the company that owns it
  // said", whose relative clause has a verb of its own before the verb of saying.)
  const rel = toks.findIndex(
    (t, i) =>
      i > k &&
      i < v &&
      (t.lower === 'that' || t.lower === 'which') &&
      toks[i - 1]?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(toks[i - 1]?.text ?? ''),
  )
  if (
    rel > 0 &&
    rel + 1 < v &&
    toks.slice(rel + 1, v).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')
  )
    return null
  const p = phraseBefore(doc, toks, v) ?? phraseAt(doc, toks, k)
  return p ? resolve(doc, p, q.start, quotes) : null
}

/** Attribution in the words before a quote ("Ruiz said:", "According to Ruiz,", "She said it “…”"). */
function before(
  doc: Doc,
  toks: readonly Token[],
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
): SpeakerGuess | null {
  const upto = toks.filter((t) => t.end <= q.start)
  // Only the clause since the last sentence end or quote.
  let from = upto.length
  while (
    from > 0 &&
    !/^[.!?]$/.test(upto[from - 1]?.text ?? '') &&
    // "… wants £1.6m. Harnley City Council's officers have told …": a figure (or its unit) that
    // ends its sentence keeps the full stop in its token.
    !(
      /^\p{Lu}/u.test(upto[from]?.text ?? '') &&
      /\.$/.test(upto[from - 1]?.text ?? '') &&
      (/\d/.test(upto[from - 1]?.text ?? '') || upto[from - 2]?.pos === 'NUM')
    ) &&
    !quoteEndsAt(quotes, q, upto[from - 1]?.start ?? 0) &&
    // "One maker promises it will “end the problem for good.” Ana Ruiz was blunt: “…”": a
    // quote that ends its sentence between two words of the frame ends the clause too.
    !sentenceQuoteBetween(quotes, q, upto[from - 1]?.end ?? 0, upto[from]?.start ?? q.start)
  )
    from--
  const clause = upto.slice(from)
  if (clause.length === 0) return null
  const text = doc.body.slice(clause[0]?.start ?? q.start, q.start).toLowerCase()
  const acc = /according to\s+$/.test(text.replace(/[,:\s“"‘']+$/, ' ').replace(/\s+$/, ' '))
    ? -1
    : clause.findIndex((t, i) => t.lower === 'according' && clause[i + 1]?.lower === 'to')
  // "According to Trade Weekly, the company said demand “…”": a verb of saying with a subject of
  // its own after the source's comma says whose words they are; the source only reported them.
  const comma = acc >= 0 ? clause.findIndex((t, i) => i > acc + 2 && t.text === ',') : -1
  const reported =
    comma > 0 &&
    clause.some((t, i) => i > comma + 1 && SPEECH_VERBS.has(t.lower) && t.pos === 'VERB')
  if (acc >= 0 && !reported) {
    const p = phraseAt(doc, clause, acc + 2)
    if (p) return resolve(doc, p, q.start, quotes)
  }
  const verbIdx = [...clause.keys()]
    .reverse()
    .find(
      (i) => SPEECH_VERBS.has(clause[i]?.lower ?? '') || CLAIM_VERBS.has(clause[i]?.lower ?? ''),
    )
  // "a tart that has been described by one critic as “…”", "was called “…” by": a passive verb of
  // saying with its agent: the agent says the words, not the subject the words describe.
  const passive = verbIdx !== undefined ? clause[verbIdx] : undefined
  if (
    passive &&
    verbIdx !== undefined &&
    clause[verbIdx + 1]?.lower === 'by' &&
    /^(?:\p{Ll}+ed|told|written|said)$/u.test(passive.lower) &&
    (['AUX', 'NOUN'].includes(clause[verbIdx - 1]?.pos ?? '') ||
      /^(?:been|being|be|was|were|is|are)$/.test(clause[verbIdx - 1]?.lower ?? ''))
  ) {
    const agent = phraseAt(doc, clause, verbIdx + 2)
    const r = agent && agent.kind !== 'pronoun' ? resolve(doc, agent, q.start, quotes) : null
    if (r && (r.speaker || r.unnamed))
      return {
        ...r,
        reason: `said by the agent of "${passive.text} by": ${r.speaker ?? 'unnamed'}`,
      }
    // "by one food critic": an indefinite agent no name follows is someone unnamed.
    const det = clause[verbIdx + 2]
    const rest = clause.slice(verbIdx + 3)
    const head = rest.findIndex((t) => t.pos !== 'ADJ' && t.pos !== 'NOUN')
    const np = head < 0 ? rest : rest.slice(0, head)
    if (
      !agent &&
      /^(?:a|an|one|another)$/.test(det?.lower ?? '') &&
      np.length > 0 &&
      np.at(-1)?.pos === 'NOUN' &&
      np.every((t) => /^\p{Ll}/u.test(t.text))
    )
      return {
        ...none(`an unnamed source: "${[det, ...np].map((t) => t?.text).join(' ')}"`),
        confidence: 0.6,
        unnamed: true,
      }
  }
  // "In a statement, Avenly quoted its head of research, Dr Mira Salo: “…”": who a body quotes
  // or cites, named after the verb, says the words (no verb of saying after it).
  const quoting = clause.findLastIndex((t) => QUOTING_VERBS.has(t.lower))
  // "Trade Weekly quoted the company as saying it “…”": the one quoted says it.
  const asSaying =
    quoting >= 0 &&
    verbIdx !== undefined &&
    verbIdx > quoting &&
    clause[verbIdx - 1]?.lower === 'as' &&
    /ing$/.test(clause[verbIdx]?.lower ?? '')
  if (
    quoting >= 0 &&
    (verbIdx === undefined || verbIdx < quoting || asSaying) &&
    // "She was quoted in the Gazette:": the subject is the one quoted.
    clause[quoting - 1]?.pos !== 'AUX'
  ) {
    const from = clause[quoting]?.end ?? q.start
    const upto = asSaying ? (clause[(verbIdx ?? 1) - 1]?.start ?? q.start) : q.start
    const named = mentionsIn(doc, from, upto).filter((m) => {
      const e = indexOf(doc).entityOf.get(m)
      return (
        !m.possessive &&
        !!e &&
        (e.kind === 'person' || personLike(e)) &&
        // "The Gazette quoted a critic of Dr Ana Ruiz:": the critic speaks, not Ana Ruiz.
        !/\b(?:of|for|to|about|against|with)\s+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame)\.?\s+)?$/i.test(
          doc.body.slice(Math.max(0, m.start - 24), m.start),
        )
      )
    })
    const m = named.at(-1)
    const object = m ? null : phraseAt(doc, clause, quoting + 1)
    const phrase: Phrase | null = m
      ? { kind: 'name', mention: m }
      : object && object.kind !== 'pronoun' && object.kind !== 'author'
        ? object
        : null
    const r = phrase ? resolve(doc, phrase, q.start, quotes) : null
    if (r && (r.speaker || r.unnamed))
      return { ...r, reason: `the one the sentence quotes or cites: ${r.speaker ?? 'unnamed'}` }
    // "Marta Ilves quoted her grandmother:", "Tom Reed cited a neighbour:": someone the subject
    // quotes and names by no name is an unnamed source, not the subject.
    // (the first noun after the verb, its object: not "quoted the price to a customer:")
    const objectToks = clause.slice(quoting + 1)
    const head = objectToks.findIndex((t) => t.pos === 'NOUN')
    const headWord = objectToks[head]?.lower ?? ''
    const who =
      head >= 0 &&
      (PROXY_NOUNS.has(headWord) || unnamedNoun(headWord)) &&
      ['DET', 'PRON', 'ADJ'].includes(objectToks[head - 1]?.pos ?? '')
        ? objectToks[head]
        : undefined
    if (!m && who && mentionsIn(doc, from, q.start).length === 0)
      return {
        ...none(`an unnamed source the subject quotes: "${who.text}"`),
        confidence: 0.6,
        unnamed: true,
      }
  }
  // "My favourite answer came from Lorraine:", "The best reply comes from Tom Reed:": words
  // that came from someone, introduced by a colon, are theirs (the noun "answer" or "reply" is
  // no verb of saying).
  if (/:\s*[“"‘']?\s*$/.test(doc.body.slice(clause[clause.length - 1]?.start ?? 0, q.start))) {
    const came = clause.findIndex(
      (t, i) =>
        t.lower === 'from' &&
        /^(?:came|comes|come|arrived|arrives)$/.test(clause[i - 1]?.lower ?? '') &&
        clause.slice(0, i - 1).some((w) => w.pos === 'NOUN' && RELAYED_HEADS.has(w.lower)),
    )
    const sender = came > 0 ? phraseAt(doc, clause, came + 1) : null
    const r = sender ? resolve(doc, sender, q.start, quotes, false) : null
    if (r && (r.speaker || r.unnamed)) return r
  }
  if (verbIdx !== undefined) {
    const direct = phraseBefore(doc, clause, verbIdx)
    if (direct) {
      const r = resolve(doc, direct, q.start, quotes)
      if (r) return r
    }
    // The clause's subject when the verb follows a relative clause or an apposition: that of
    // the clause the verb is in ("…, and I believe it, because a driver … leaned out to tell me
    // it was “…”" is the driver's), else the sentence's.
    const head = clause.slice(0, verbIdx)
    const joint = head.findLastIndex(
      (t, i) =>
        i > 0 && (CLAUSE_OPENERS.has(t.lower) || (t.lower === 'and' && head[i - 1]?.text === ',')),
    )
    const own = joint > 0 ? firstPhrase(doc, head.slice(joint + 1)) : null
    const subject = own ?? firstPhrase(doc, head)
    if (subject) return resolve(doc, subject, q.start, quotes)
    // "Says Ruiz: “…”": the subject after the verb.
    const inverted = verbIdx === 0 ? phraseAt(doc, clause, 1) : null
    if (inverted) return resolve(doc, inverted, q.start, quotes)
    return null
  }
  // A colon introduction: the clause's subject speaks.
  if (/:\s*[“"‘']?\s*$/.test(doc.body.slice(clause[clause.length - 1]?.start ?? 0, q.start))) {
    // "Reader tip from Marta in Glasgow:", "A letter from Tom Hale of Leeds:": the words are
    // whoever the tip or the letter came from.
    const from = clause.findIndex(
      (t, i) => t.lower === 'from' && i > 0 && RELAYED_HEADS.has(clause[i - 1]?.lower ?? ''),
    )
    const sender = from > 0 ? phraseAt(doc, clause, from + 1) : null
    if (sender) {
      const r = resolve(doc, sender, q.start, quotes, false)
      if (r) return r
    }
    const subject = firstPhrase(doc, clause)
    if (subject) return resolve(doc, subject, q.start, quotes, false)
  }
  return null
}

/** Nouns for words someone sent in: "a tip from …", "this letter from …". */
const RELAYED_HEADS = new Set(
  'tip tips letter letters note notes message messages email emails post comment comments advice question reply replies answer answers suggestion suggestions word words text review'.split(
    ' ',
  ),
)

/** Verbs by which a body or a writer gives someone else's words: "X quoted its founder, Y:". */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'])

/** Words that open a clause of its own inside a sentence. */
const CLAUSE_OPENERS = new Set([
  'because',
  'but',
  'while',
  'when',
  'although',
  'though',
  'whereas',
  'until',
])

/** The first name, pronoun or role phrase of a clause (its subject, usually). */
function firstPhrase(doc: Doc, toks: readonly Token[]): Phrase | null {
  // "In a recent post she recommended a fertiliser:", "In the comments, one follower wrote:": a
  // fronted phrase ends at its comma or at the subject pronoun after it; what it names ("a
  // post", "the comments") is not the subject.
  const fronted =
    toks[0]?.pos === 'ADP'
      ? toks.findIndex(
          (t, i) =>
            i > 1 &&
            (t.text === ',' || (t.pos === 'PRON' && /^(?:she|he|they|we|i)$/.test(t.lower))),
        )
      : -1
  for (let i = 0; i < Math.min(toks.length, 12); i++) {
    const t = toks[i]
    if (!t) break
    if (t.pos === 'ADP' && i > 0 && !(fronted > i)) return null
    const p = phraseAt(doc, toks, i)
    // (A name there stays: "For Renwick-Asare, the message is simple." is about her.)
    if (p && (p.kind === 'unnamed' || p.kind === 'anaphor') && fronted > i) {
      i = toks[fronted]?.text === ',' ? fronted : fronted - 1
      continue
    }
    if (p && p.kind !== 'unnamed') return p
    if (p) return namedAfter(doc, toks, i) ?? p
  }
  return null
}

/**
 * The name set in apposition after an unnamed noun phrase opening at `toks[i]`: "Another
 * listener, Joan in Ashby,", "One reader, Tomasz from Leeds,", "a neighbour, Ruth Pell,". The
 * phrase is a determiner, adjectives and nouns up to its comma, and the name is a person's.
 */
function namedAfter(doc: Doc, toks: readonly Token[], i: number): Phrase | null {
  let j = i
  while (
    j < i + 6 &&
    toks[j] &&
    toks[j]?.text !== ',' &&
    ['DET', 'ADJ', 'NOUN', 'NUM', 'PRON'].includes(toks[j]?.pos ?? '')
  )
    j++
  if (j === i || toks[j]?.text !== ',' || toks[j - 1]?.pos !== 'NOUN') return null
  const m = indexOf(doc).startingAt.get(toks[j + 1]?.start ?? -1)
  const e = m ? indexOf(doc).entityOf.get(m) : undefined
  if (!m || !e || m.possessive || !personLike(e)) return null
  // What follows the name: its comma, or where the person is from and then the comma.
  let k = toks.findIndex((t) => t.start >= m.end)
  if (k >= 0 && /^(?:in|from|of)$/.test(toks[k]?.lower ?? '')) {
    k++
    while (toks[k] && /^\p{Lu}/u.test(toks[k]?.text ?? '')) k++
  }
  return k < 0 || /^[,:)]$/.test(toks[k]?.text ?? '') ? { kind: 'name', mention: m } : null
}

/**
 * Proposes a speaker for every quote: a Q&A answer belongs to its label or the interviewee; a
 * direct quote to the phrase its attribution names (a name, a pronoun resolved with gender and
 * number, a role like "the captain", an organisation's spokesperson, or an unnamed source); a
 * quote without one continues the speaker of its group, its paragraph or the paragraph before.
 */
export function attributeSpeakers(doc: Doc, quotes: readonly DetectedQuote[]): SpeakerGuess[] {
  const out: (SpeakerGuess | null)[] = quotes.map(() => null)
  const byParagraph = new Map<number, Token[]>()
  const frameOf = (p: DocParagraph) => {
    let f = byParagraph.get(p.index)
    if (!f) byParagraph.set(p.index, (f = frame(p, quotes)))
    return f
  }
  // The person each Q&A label names, looked up once per label (an interview labels every answer).
  const byLabel = new Map<string, Entity | undefined>()
  const labelledBy = (label: string) => {
    if (byLabel.has(label)) return byLabel.get(label)
    // The label as the text writes the name, else in capitals ("ODILE:") by either part of it.
    const low = label.toLowerCase()
    const found =
      doc.entities.find(
        (e) =>
          e.kind === 'person' &&
          e.mentions.some((m) => m.name === label || e.name.endsWith(` ${label}`)),
      ) ??
      doc.entities.find(
        (e) =>
          personLike(e) &&
          (e.mentions.some((m) => m.name.toLowerCase() === low) ||
            e.name.toLowerCase().endsWith(` ${low}`) ||
            e.name.toLowerCase().startsWith(`${low} `)),
      )
    byLabel.set(label, found)
    return found
  }
  quotes.forEach((q, i) => {
    const p = doc.paragraphs[q.paragraph]
    if (!p) return
    if (q.kind === 'qa-answer') {
      const label = q.qa?.label
      const labelled = label ? labelledBy(label) : null
      const e = labelled ?? doc.interviewee
      out[i] = e
        ? {
            speaker: e.name,
            entity: e,
            confidence: 0.8,
            reason: label
              ? `Q&A answer labelled ${label}`
              : `Q&A answer: the interview is with ${e.name}`,
          }
        : label
          ? {
              speaker: label,
              entity: null,
              confidence: 0.6,
              reason: `Q&A answer labelled ${label}`,
            }
          : none('Q&A answer, but no interviewee is named before the questions')
      return
    }
    const toks = frameOf(p)
    // "X, which represents …, warned that the ruling “punishes ….” Its president, Y, said …": a
    // quote that ends its sentence inside the sentence that attributes it belongs to that
    // sentence; the next one opens with its own subject and says something else.
    if (
      /[.!?…]["”’']*$/.test(q.text) &&
      /^["”’'*_]*\s+["“‘']?\p{Lu}/u.test(doc.masked.slice(q.end, q.end + 6))
    ) {
      const own = before(doc, toks, q, quotes)
      if (own && (own.speaker || own.unnamed)) {
        out[i] = own
        return
      }
    }
    out[i] = after(doc, toks, q, quotes) ?? before(doc, toks, q, quotes)
  })
  // Parts of one group share the speaker; an unattributed quote continues the last speaker of its
  // paragraph, or of the paragraph before when this one has no names of its own.
  const group = new Map<number, SpeakerGuess>()
  quotes.forEach((q, i) => {
    const g = out[i]
    if (g && (g.speaker || g.unnamed) && !group.has(q.groupId)) group.set(q.groupId, g)
  })
  let last: { guess: SpeakerGuess; paragraph: number } | null = null
  const voice = featuredVoice(
    doc,
    quotes,
    quotes.map((q, i) => out[i] ?? group.get(q.groupId) ?? null),
  )
  const results = quotes.map((q, i) => {
    // A letter's or a post's sign-off ("— Osric, Fennmoor") names who wrote the whole block.
    const signed = q.kind === 'direct' ? signedBlock(doc, q) : null
    // A post set apart and signed on the line below ("— Posted by Ruby Okafor") is that
    // person's, whoever the line above it names (often the post before's signature).
    const credit = q.kind === 'direct' ? creditLine(doc, q) : null
    // "Ana Ruiz shared the brand's statement on her page:" then the words: the brand's.
    const relayed = q.kind === 'direct' ? relayedIntro(doc, q, quotes) : null
    let g =
      signed ??
      (credit?.signs ? credit.guess : null) ??
      relayed ??
      out[i] ??
      group.get(q.groupId) ??
      (q.kind === 'direct' ? headerLine(doc, q) : null) ??
      credit?.guess ??
      null
    // "… when a brand says its blanket can “…”. That line, from the product page of X, …": a
    // line no attribution names, which the words after it trace to a company or its product.
    if (!g && q.kind === 'direct') g = lineOwner(doc, q, quotes)
    if (!g && q.kind === 'direct') {
      const p = doc.paragraphs[q.paragraph]
      const own = p ? frameOf(p).filter((t) => t.end <= q.start) : []
      if (last && last.paragraph === q.paragraph)
        g = {
          ...last.guess,
          confidence: 0.6,
          reason: `continues the quote before: ${last.guess.speaker ?? 'unnamed'}`,
        }
      // "She laughs when I repeat this. “…”": the sentence before the quote names its speaker.
      else if (own.length > 0) g = lastSubject(doc, own, q, quotes)
      const apart =
        !!p?.setting.blockquote !== !!doc.paragraphs[q.paragraph - 1]?.setting.blockquote
      if (!g && last && last.paragraph === q.paragraph - 1 && own.length === 0 && !apart)
        g = {
          ...last.guess,
          confidence: 0.6,
          reason: `continues the quote before: ${last.guess.speaker ?? 'unnamed'}`,
        }
      // "“…,” he says.\n\nDoes it?\n\n“Never.”": a short question of the writer's between two
      // quotes is put to the one who just spoke, and the answer is theirs.
      const asked = doc.paragraphs[q.paragraph - 1]
      if (
        !g &&
        last &&
        last.paragraph === q.paragraph - 2 &&
        own.length === 0 &&
        !apart &&
        asked &&
        quotesIn(asked, quotes).length === 0 &&
        /\?\s*$/.test(asked.text) &&
        asked.text.trim().split(/\s+/).length <= 12 &&
        mentionsIn(doc, asked.start, asked.end).length === 0
      )
        g = {
          ...last.guess,
          confidence: 0.55,
          reason: `answers the question put to ${last.guess.speaker ?? 'the speaker before'}`,
        }
      // A block quote is set apart: the paragraph before speaks for it only by introducing it.
      const prevText = doc.paragraphs[q.paragraph - 1]?.text.trimEnd() ?? ''
      // …or by saying someone posted or wrote it ("when she posted a paid video …").
      const introduced =
        !p?.setting.blockquote ||
        /:["”’']?$/.test(prevText) ||
        /\b(?:posted|posts|wrote|writes|shared|shares|tweeted|captioned|published)\b/i.test(
          prevText,
        )
      // A heading opens a section: the paragraph before it, in the section before, does not
      // introduce it (the second pass gives it the words it repeats, or its section's voice).
      const heading = p?.role === 'heading' || (p?.setting.heading ?? 0) > 0
      // A block quote in the first person right after a paragraph whose last sentence is about
      // someone ("She installed a controller in April." then "> “I used to …”") is theirs: a
      // testimonial set apart.
      // Not when that sentence names words or someone else ("She read us a review a customer
      // left." then "> I have never …": the customer's).
      const testimonial =
        !introduced &&
        !!p?.setting.blockquote &&
        // (or a post: "#ad Honestly these bars …", a label before the post's words)
        // ("My calatheas …" opens with a capital; a post that ends in hashtags may say "my"
        // further on: "Day 40 of the test. … Full results on my page. #pothos #ad")
        (/\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)\b/.test(q.text.split(/(?<=[.!?])\s/)[0] ?? '') ||
          /^#\p{L}+\s+\p{Lu}/u.test(q.text) ||
          (/(?:#[\p{L}\p{N}_]+\s*){2,}$/u.test(q.text.trim()) &&
            /\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)\b/.test(q.text))) &&
        !relaysOthers(doc.paragraphs[q.paragraph - 1])
      if (!g && p && own.length === 0 && !heading && (introduced || testimonial))
        g = previousSubject(doc, p, quotes, testimonial)
    }
    if (!g && q.kind === 'direct') g = headlineSpeaker(doc, q)
    // A pull quote repeats words quoted in the body: whoever says them there says them here.
    if (q.kind === 'direct' && !out[i] && !group.has(q.groupId) && pulled(doc, q)) {
      const source = echoOf(q, quotes, out)
      if (source) g = { ...source, confidence: 0.7, reason: `repeats a quote by ${source.speaker}` }
    }
    // "Here are his six picks" and a quote under each pick with no attribution of its own: the
    // voice the piece is built around says it.
    if (!g && q.kind === 'direct' && voice && q.text.split(/\s+/).length >= 3)
      g = {
        speaker: voice.name,
        entity: voice,
        confidence: 0.5,
        reason: `no attribution of its own: the piece's quotes are ${voice.name}'s`,
      }
    // An unsigned block quote in a first-person piece: the writer's own words set apart.
    const intro = doc.paragraphs[q.paragraph - 1]?.text.trimEnd() ?? ''
    if (
      !g &&
      q.kind === 'direct' &&
      doc.paragraphs[q.paragraph]?.setting.blockquote &&
      !/:["”’']?$/.test(intro)
    ) {
      const author = firstPerson(doc, quotes) ? authorOf(doc) : null
      if (author)
        g = {
          speaker: author.name,
          entity: author,
          confidence: 0.5,
          reason: `an unsigned pull quote in a first-person piece: the writer, ${author.name}`,
        }
    }
    const result = g ?? none('no attribution found near the quote')
    if (result.speaker || result.unnamed) last = { guess: result, paragraph: q.paragraph }
    return result
  })
  // A pull quote set before the words it repeats (a headline, a heading) takes their speaker once
  // every quote has one; a heading that only quotes words the body does not repeat ("## “I had
  // stopped going out”") quotes the person its section quotes first.
  quotes.forEach((q, i) => {
    if (q.kind !== 'direct' || out[i] || group.has(q.groupId) || !pulled(doc, q)) return
    if (/^(?:repeats a quote|signed )/.test(results[i]?.reason ?? '')) return
    const source = echoOf(q, quotes, results)
    if (source) {
      results[i] = { ...source, confidence: 0.7, reason: `repeats a quote by ${source.speaker}` }
      return
    }
    const p = doc.paragraphs[q.paragraph]
    if (p?.role !== 'heading') return
    for (let k = i + 1; k < quotes.length; k++) {
      const o = quotes[k]
      const r = results[k]
      if (!o || o.paragraph === q.paragraph) continue
      const between = doc.paragraphs.slice(q.paragraph + 1, o.paragraph + 1)
      if (between.some((x) => x.role === 'heading' || x.role === 'headline')) break
      if (!out[k] || !r?.speaker || !r.entity || !personLike(r.entity)) continue
      results[i] = {
        ...r,
        confidence: 0.5,
        reason: `a heading's quote: its section quotes ${r.speaker}`,
      }
      break
    }
  })
  return results
}

/**
 * The one voice a piece is built around, when it has one: the person who says at least three of
 * the quotes attributed by name or pronoun and at least four in five of them, and whom the
 * opening paragraphs name (a sommelier's picks, a chef's favourites, a profile's subject).
 */
function featuredVoice(
  doc: Doc,
  quotes: readonly DetectedQuote[],
  found: readonly (SpeakerGuess | null)[],
): Entity | null {
  const counts = new Map<Entity, number>()
  let attributed = 0
  quotes.forEach((q, i) => {
    const g = found[i]
    if (q.kind !== 'direct' || !g || (!g.speaker && !g.unnamed)) return
    attributed++
    if (g.entity && personLike(g.entity)) counts.set(g.entity, (counts.get(g.entity) ?? 0) + 1)
  })
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  if (!best || best[1] < 3 || best[1] < 0.8 * attributed) return null
  const opening = doc.paragraphs.slice(0, 6).filter((p) => p.role !== 'byline')
  const named = best[0].mentions.some((m) =>
    opening.some((p) => m.start >= p.start && m.end <= p.end),
  )
  return named ? best[0] : null
}

/** Whether a quote stands apart as a pull quote: a block quote or a quote-only paragraph. */
function pulled(doc: Doc, q: DetectedQuote): boolean {
  const p = doc.paragraphs[q.paragraph]
  if (!p) return false
  const rest = (doc.masked.slice(p.start, q.start) + doc.masked.slice(q.end, p.end)).replace(
    /[\s“”"‘’'*_>.,—–-]/g,
    '',
  )
  // A headline that quotes the body ("“We were never told”: families demand …") too.
  return p.setting.blockquote || rest === '' || p.role === 'headline'
}

/** The attributed quote elsewhere in the piece whose words a pull quote repeats. */
/** A quote's words in lower case without punctuation, worked out once per quote. */
function plainWords(q: DetectedQuote): string {
  let t = PLAIN.get(q)
  if (t === undefined) {
    t = q.text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    PLAIN.set(q, t)
  }
  return t
}

const PLAIN = new WeakMap<DetectedQuote, string>()

function echoOf(
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
  found: readonly (SpeakerGuess | null)[],
): SpeakerGuess | null {
  const mine = plainWords(q)
  if (mine.split(' ').length < 4) return null
  for (let k = 0; k < quotes.length; k++) {
    const o = quotes[k]
    const g = found[k]
    if (!o || o === q || !g?.speaker) continue
    const theirs = plainWords(o)
    if (theirs.includes(mine) || mine.includes(theirs)) return g
  }
  return null
}

/** The subject of the last sentence before a quote in its own paragraph, when it names someone. */
function lastSubject(
  doc: Doc,
  own: readonly Token[],
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
): SpeakerGuess | null {
  let from = own.length - 1
  while (from > 0 && !/^[.!?]$/.test(own[from - 1]?.text ?? '')) from--
  // The subject past an opening phrase first ("Asked about the fine, Tomas Brandt shrugged."),
  // else the sentence's first name ("For Renwick-Asare, the message is simple.").
  const whole = own.slice(from)
  // "The 82-year-old never talked about it, her son said. “…”": a sentence that ends by saying
  // who said it gives the next quote its speaker, not its subject.
  const comma = whole.map((t) => t.text).lastIndexOf(',')
  if (comma > 0) {
    const tail = whole.slice(comma + 1).filter((t) => !/^[.!?]$/.test(t.text))
    const verb = tail.findIndex((t) => SPEECH_VERBS.has(t.lower))
    if (tail.length <= 6 && verb >= 0 && !tail.some((t) => /^[“”"‘’]$/.test(t.text))) {
      const who = tail.filter((_, i) => i !== verb)
      const phrase = who.length > 0 ? firstPhrase(doc, who) : null
      const said = phrase ? resolve(doc, phrase, q.start, quotes, false) : null
      if (said && (said.speaker || said.unnamed))
        return {
          ...said,
          confidence: 0.55,
          reason: `the sentence before the quote ends by saying who said it: ${said.speaker ?? 'an unnamed person'}`,
        }
    }
  }
  const skipped = openingPhraseSkipped(whole)
  const tries = skipped === whole ? [whole] : [skipped, whole]
  let r: SpeakerGuess | null = null
  for (const sentence of tries) {
    const subject = firstPhrase(doc, sentence)
    r = subject ? resolve(doc, subject, q.start, quotes, false) : null
    if (r && (r.speaker || r.unnamed)) break
  }
  return r && (r.speaker || r.unnamed)
    ? {
        ...r,
        confidence: 0.55,
        reason: `the sentence before the quote is about ${r.speaker ?? 'an unnamed person'}`,
      }
    : null
}

/**
 * A sentence without the phrase that opens it before a comma ("Asked about the fine, Tomas
 * Brandt shrugged.", "In the kitchen, she …"), so its subject comes first.
 */
function openingPhraseSkipped(sentence: readonly Token[]): readonly Token[] {
  const lead = sentence[0]
  if (!lead || !['VERB', 'ADP', 'SCONJ', 'ADV'].includes(lead.pos)) return sentence
  const comma = sentence.findIndex((t, i) => i > 0 && i <= 10 && t.text === ',')
  return comma > 0 ? sentence.slice(comma + 1) : sentence
}

/** "Then she gets specific." before a paragraph that is only a quote: the person that sentence names. */
function previousSubject(
  doc: Doc,
  p: DocParagraph,
  quotes: readonly DetectedQuote[],
  /** Only a person the last sentence is about (its subject), nobody else it names. */
  subjectOnly = false,
): SpeakerGuess | null {
  const prev = doc.paragraphs[p.index - 1]
  const own = frame(p, quotes)
  const candidates = own.length > 2 ? own : prev ? frame(prev, quotes) : []
  // The last sentence's subject first ("Dr. Banerjee, an epidemiologist at X, puts it plainly:").
  let from = candidates.length - 1
  while (from > 0 && !/^[.!?]$/.test(candidates[from - 1]?.text ?? '')) from--
  // "He was not, she says, a patient teacher.": the one the aside says is talking talks on.
  const last = candidates.slice(from)
  const aside = last.findIndex(
    (t, i) =>
      i > 0 &&
      last[i - 1]?.text === ',' &&
      t.pos === 'PRON' &&
      SPEECH_VERBS.has(last[i + 1]?.lower ?? '') &&
      /^[,.]$/.test(last[i + 2]?.text ?? ''),
  )
  const asideSpeaker = aside > 0 ? phraseAt(doc, last, aside) : null
  const byAside = asideSpeaker
    ? resolve(doc, asideSpeaker, last[aside]?.start ?? p.start, quotes, true)
    : null
  if (byAside?.entity && personLike(byAside.entity))
    return {
      ...byAside,
      confidence: 0.55,
      reason: `the quote follows a sentence ${byAside.speaker} is telling`,
    }
  // "Her coach, the former doubles player Ana Ruiz, says the injuries changed her game.": the
  // name right before the sentence's verb of saying is who says it, not the "her" opening it.
  const said = last.findIndex((t, i) => i > 0 && t.pos === 'VERB' && SPEECH_VERBS.has(t.lower))
  const sayer = said > 0 ? last[last[said - 1]?.text === ',' ? said - 2 : said - 1] : undefined
  const sayerMention = sayer ? indexOf(doc).endingAt.get(sayer.end) : undefined
  const bySayer = sayerMention
    ? resolve(doc, { kind: 'name', mention: sayerMention }, sayer?.start ?? p.start, quotes, false)
    : null
  if (bySayer?.entity && personLike(bySayer.entity))
    return {
      ...bySayer,
      confidence: 0.55,
      reason: `the quote follows what ${bySayer.speaker} says`,
    }
  const subject = firstPhrase(doc, candidates.slice(from))
  const bySubject = subject
    ? resolve(doc, subject, candidates[from]?.start ?? p.start, quotes, false)
    : null
  if (
    bySubject?.entity &&
    (personLike(bySubject.entity) || (!subjectOnly && bySubject.entity.kind === 'organisation'))
  )
    return {
      ...bySubject,
      confidence: 0.55,
      reason: `the quote follows a sentence about ${bySubject.speaker}`,
    }
  // "One reader, who asked me not to print their name, wrote in:": the unnamed subject, not an
  // organisation "their" might stand for later in the sentence.
  if (subject?.kind === 'unnamed' && bySubject?.unnamed) return { ...bySubject, confidence: 0.5 }
  // "In a letter to Tom Reed, the council wrote:": a body the text does not name, the subject of
  // the verb of saying, speaks; not the person it wrote to.
  if (
    (subject?.kind === 'anaphor' || subject?.kind === 'role') &&
    !bySubject?.entity &&
    last.some((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lower))
  )
    return {
      ...none(bySubject?.reason ?? `an unnamed source: "the ${subject.noun}"`),
      confidence: 0.5,
      unnamed: true,
    }
  // "No creator talks about bins with more conviction than Ana Ruiz, who has 500,000
  // followers." before a first-person block quote: the one person that sentence names.
  if (subjectOnly && !bySubject?.entity && prev?.role === 'body' && own.length <= 2) {
    const people = new Set<Entity>()
    for (const t of last) {
      const m = indexOf(doc).endingAt.get(t.end)
      const e = m ? indexOf(doc).entityOf.get(m) : undefined
      if (e && personLike(e)) people.add(e)
      if (e && e.kind === 'organisation') return null
    }
    const [only] = people
    if (people.size === 1 && only)
      return {
        speaker: only.name,
        entity: only,
        confidence: 0.5,
        reason: `the only person the sentence before names: ${only.name}`,
      }
  }
  if (subjectOnly) return null
  for (let i = candidates.length - 1; i >= 0; i--) {
    const t = candidates[i]
    if (!t) continue
    const ph = t.pos === 'PRON' ? phraseAt(doc, candidates, i) : null
    const m = indexOf(doc).endingAt.get(t.end)
    const phrase: Phrase | null = ph ?? (m ? { kind: 'name', mention: m } : null)
    if (!phrase) continue
    const r = resolve(doc, phrase, t.start, quotes, false)
    // "a reader who asked me not to use her name:": the quote is the unnamed reader's.
    if (r?.unnamed && ph) return { ...r, confidence: 0.5 }
    if (r?.entity && (personLike(r.entity) || r.entity.kind === 'organisation'))
      return { ...r, confidence: 0.5, reason: `the quote follows a sentence about ${r.speaker}` }
  }
  return null
}

/**
 * The person the text gave a role held for someone else ("Reed's lawyer, Joan Pike", "his
 * lawyer, Joan Pike" near Reed): the nearest person before `at`, not the owner, whose roles or
 * title hold the noun.
 */
function roleHolder(
  doc: Doc,
  noun: string,
  owner: Entity | null,
  at: number,
  scope: Scope,
): Entity | null {
  let best: { e: Entity; pos: number } | null = null
  for (const e of doc.entities) {
    if (e === owner || !personLike(e)) continue
    const holds =
      e.roles.has(noun) || e.mentions.some((m) => m.title.toLowerCase().split(/\s+/).includes(noun))
    if (!holds) continue
    for (const m of e.mentions)
      if (m.end <= at && !scope.skip?.(m) && (!best || m.start > best.pos))
        best = { e, pos: m.start }
  }
  return best?.e ?? null
}

/** Verbs of passing on words: "shared", "reposted", "read out", "forwarded". */
const PASSING_VERBS = new Set(
  'share shares shared sharing repost reposts reposted reposting retweet retweets retweeted forward forwards forwarded pin pins pinned print prints printed read reads post posts posted show shows showed shown send sends sent pass passes passed screenshot screenshotted copy copies copied'.split(
    ' ',
  ),
)

/**
 * A colon introduction that passes on someone else's words: "Ana Ruiz shared the brand's
 * statement on her page:", "Tom Reed reposted a fan's message:" — a verb of passing words on,
 * then a possessive phrase whose noun is a message, a post or a statement. The words are the
 * possessor's: a name, "the brand" as the text resolves it, or someone unnamed ("a fan"). Not
 * the subject's own ("She shared a message on Instagram:", "her own statement", "her post").
 */
function relayedIntro(
  doc: Doc,
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
): SpeakerGuess | null {
  const p = doc.paragraphs[q.paragraph]
  if (!p) return null
  // The sentence that ends with the colon: before the quote in its paragraph, else the last of
  // the paragraph before when the quote opens its own.
  const lead = doc.masked.slice(p.start, q.start)
  const sameParagraph = /[\p{L}\p{N}]/u.test(lead.replace(/[“"‘'>]/g, ''))
  const host = sameParagraph ? p : doc.paragraphs[q.paragraph - 1]
  if (!host) return null
  const upto = sameParagraph ? q.start : host.end
  if (!/:\s*[“"‘']?\s*$/.test(doc.masked.slice(host.start, upto))) return null
  const sentence = host.sentences.filter((x) => x.start < upto).at(-1)
  if (!sentence) return null
  const toks = sentence.tokens.filter(
    (t) => t.end <= upto && !quotes.some((x) => t.start >= x.start && t.end <= x.end),
  )
  for (let v = 1; v < toks.length - 2; v++) {
    if (!PASSING_VERBS.has(toks[v]?.lower ?? '') || toks[v]?.pos === 'NOUN') continue
    // The possessive: "the brand's", "a fan's", "Velmara's", "her sister's".
    const s = toks.findIndex((t, i) => i > v && i <= v + 5 && /^[’']s$/.test(t.text))
    if (s < 0) continue
    let h = s + 1
    while (toks[h]?.pos === 'ADJ' || toks[h]?.pos === 'NUM') h++
    const noun = toks[h]
    if (!noun || noun.pos !== 'NOUN') continue
    if (!RELAYED_NOUNS.has(noun.lower) && !documentNoun(noun.lower) && noun.lower !== 'words')
      continue
    const owner = toks.slice(v + 1, s)
    const m =
      indexOf(doc).endingAt.get(toks[s]?.end ?? -1) ??
      indexOf(doc).endingAt.get(toks[s - 1]?.end ?? -1)
    const det = owner[0]?.lower ?? ''
    const last = owner.at(-1)
    let phrase: Phrase | null = null
    if (m) phrase = { kind: 'name', mention: m }
    else if (last && last.pos === 'NOUN' && /^(?:a|an|one|another|some)$/.test(det))
      phrase = { kind: 'unnamed', text: owner.map((t) => t.text).join(' ') }
    else if (last && last.pos === 'NOUN' && det === 'the')
      phrase = { kind: 'role', noun: last.lower, at: last.start }
    else if (last && last.pos === 'NOUN' && /^(?:her|his|their|my|our)$/.test(det))
      phrase = { kind: 'unnamed', text: owner.map((t) => t.text).join(' ') }
    if (!phrase) return null
    const r = resolve(doc, phrase, q.start, quotes, false)
    if (r && (r.speaker || r.unnamed))
      return {
        ...r,
        reason: `words the introduction passes on: ${r.speaker ? `${r.speaker}'s` : 'unnamed'}`,
      }
    return { ...none(`words the introduction passes on from someone unnamed`), unnamed: true }
  }
  return null
}

/** Words for what someone else wrote or said, besides DOCUMENT_NOUNS. */
const RELAYED_NOUNS = new Set(
  'email emails message messages post posts comment comments note notes text texts card cards reviews letters testimonial testimonials reply replies response responses answer apology update'.split(
    ' ',
  ),
)

/**
 * Whether a paragraph's last sentence, past its first word, names words someone wrote or an
 * unnamed person ("She read us a review a customer left last week.", "He showed me an email from
 * a tenant."): what follows it in a block quote is theirs, not the subject's.
 */
function relaysOthers(p: DocParagraph | undefined): boolean {
  const last = p?.sentences.at(-1)
  if (!last) return false
  // "Hana Velde, a teacher who got her bike through a commuter scheme, said …": the subject's
  // own apposition describes her; a person noun there relays no one's words.
  const toks = last.tokens
  let from = 1
  if (toks[0]?.pos === 'PROPN') {
    const open = toks.findIndex((t) => t.text === ',')
    const close = toks.findIndex(
      (t, i) =>
        i > open && t.text === ',' && (toks[i + 1]?.pos === 'VERB' || toks[i + 1]?.pos === 'AUX'),
    )
    if (
      open > 0 &&
      toks.slice(0, open).every((t) => t.pos === 'PROPN' || /^[-.]$/.test(t.text)) &&
      close > open
    )
      from = close + 1
  }
  return toks.slice(from).some(
    (t, i, rest) =>
      t.pos === 'NOUN' &&
      (documentNoun(t.lower) || RELAYED_NOUNS.has(t.lower) || unnamedNoun(t.lower)) &&
      // "She now has 96,000 followers": a count of people is an audience, not someone whose
      // words she passes on.
      !(unnamedNoun(t.lower) && (i > 0 ? rest[i - 1] : toks[from - 1])?.pos === 'NUM') &&
      // "Her post, saved 90,000 times, walks through …": the subject's own words, not others'.
      !(
        RELAYED_NOUNS.has(t.lower) &&
        OWN_WORDS.has((i > 0 ? rest[i - 1] : toks[from - 1])?.lower ?? '')
      ),
  )
}

/** Possessives that make a post or a message the subject's own: "her post", "his latest note". */
const OWN_WORDS = new Set(['her', 'his', 'their'])

/** Nouns for a line of marketing copy or a claim, as the words after it call it back. */
const LINE_NOUNS = new Set(
  'line claim promise slogan tagline phrase pitch boast wording copy'.split(' '),
)
/**
 * Verbs of putting a line out or taking it from its source ("prints", "taken from", "comes
 * from"), as opposed to what others do to it ("challenged by", "mocked by", "rejected").
 */
const ORIGIN_VERBS = new Set(
  'come comes came appear appears appeared print prints printed carry carries carried use uses used make makes made put puts run runs ran bear bears bore feature features featured take takes taken took lift lifted copy copied quote quoted pull pulled draw drawn borrow borrowed publish publishes published post posts posted issue issues issued repeat repeats repeated'.split(
    ' ',
  ),
)
/** Words that open the phrase saying where a line comes from: "That line, from X's website". */
const SOURCE_PREPOSITIONS = new Set(['from', 'by', 'of', 'on', 'in'])

/**
 * The company a quoted line with no attribution of its own belongs to, when the words after it
 * call it back and say whose it is: "That line, from the product page of X, …", "the X Compact,
 * which carries that line on its box, …", "…,” a claim X prints on every tub." The line noun,
 * after "that", "this", "the same", "a" or "the", in the rest of the quote's sentence (or the
 * next sentence, when the quote ends its own), and an organisation or a product named in its
 * clause: the part between commas holding it, the name a relative clause there describes
 * ("X, which carries that line"), or a "from"/"by"/"of" phrase right after it. The company
 * speaks for a product (its maker). Not under a negation ("the X makes no such promise").
 */
function lineOwner(
  doc: Doc,
  q: DetectedQuote,
  quotes: readonly DetectedQuote[],
): SpeakerGuess | null {
  const p = doc.paragraphs[q.paragraph]
  if (!p) return null
  const next = nextQuote(quotes, q.end)
  const rest = frame(p, quotes).filter(
    (t) => t.start >= q.end && (!next || next.paragraph !== q.paragraph || t.end <= next.start),
  )
  const stop = rest.findIndex((t) => /^[.!?]$/.test(t.text))
  const span = stop < 0 ? rest : rest.slice(0, stop)
  const at = span.findIndex(
    (t, i) =>
      LINE_NOUNS.has(t.lower) &&
      t.pos === 'NOUN' &&
      ['that', 'this', 'same', 'a', 'the'].includes(span[i - 1]?.lower ?? ''),
  )
  if (at < 0) return null
  // The clause: the stretch between the commas (or dashes, semicolons) around the line noun.
  const cut = (t: Token | undefined) => !!t && /^[,;—–()]$/.test(t.text)
  let from = at
  while (from > 0 && !cut(span[from - 1])) from--
  let to = at
  while (to < span.length - 1 && !cut(span[to + 1])) to++
  const clause = span.slice(from, to + 1)
  if (clause.some((t) => /^(?:no|not|never|n[’']t|nor)$/.test(t.lower))) return null
  const index = indexOf(doc)
  const candidates: Mention[] = []
  const within = (a: number, b: number) =>
    candidates.push(...mentionsIn(doc, a, b).filter((m) => !quoted(doc, m, quotes)))
  // In the clause itself, only a company whose line it is: every verb there one of putting words
  // out ("a claim X prints on every tub", "That promise comes from X's website"), not of what
  // others did to it ("The claim was rejected by X", "That line got a laugh from the staff at X").
  if (clause.every((t) => t.pos !== 'VERB' || ORIGIN_VERBS.has(t.lower)))
    within(clause[0]?.start ?? 0, clause.at(-1)?.end ?? 0)
  // "the X Compact, which carries that line": the name the relative clause describes.
  if (['which', 'that'].includes(clause[0]?.lower ?? '') && span[from - 1]?.text === ',') {
    const m = index.endingAt.get(span[from - 2]?.end ?? -1)
    if (m) candidates.push(m)
  }
  // "That line, from the product page of X,": a source phrase set off right after it.
  const after = span[to + 2]
  // …or after a participle: "That promise, taken from X's website,".
  const source =
    !!after &&
    (SOURCE_PREPOSITIONS.has(after.lower) ||
      (after.pos === 'VERB' &&
        ORIGIN_VERBS.has(after.lower) &&
        ['from', 'by'].includes(span[to + 3]?.lower ?? '')))
  if (cut(span[to + 1]) && after && source) {
    let end = to + 2
    while (end < span.length - 1 && !cut(span[end + 1])) end++
    within(after.start, span[end]?.end ?? after.end)
  }
  const line = span[at] as Token
  const owners = candidates
    .map((m) => ({ m, e: index.entityOf.get(m) }))
    .filter(
      (x): x is { m: Mention; e: Entity } =>
        !!x.e && (x.e.kind === 'organisation' || x.e.kind === 'product'),
    )
    .sort((a, b) => Math.abs(a.m.start - line.start) - Math.abs(b.m.start - line.start))
  const owner = owners[0]
  if (!owner) return null
  const maker = makerOf(doc, owner.e)
  const name = maker?.name ?? owner.e.name
  return {
    speaker: name,
    entity: maker ? maker.entity : owner.e,
    confidence: 0.6,
    reason: `"${doc.body.slice(span[at - 1]?.start ?? line.start, line.end)}" after the quote is ${owner.m.name}'s${maker ? `, made by ${maker.name}` : ''}`,
  }
}

/** Index of the paragraph holding an offset (binary search). */
function paragraphOf(doc: Doc, pos: number): number {
  return lastBefore(doc.paragraphs, pos + 1)
}

/** A quote set apart with its author on the next line ("— Jonah Reyes, Harrow Search and Rescue"). */
function creditLine(doc: Doc, q: DetectedQuote): { guess: SpeakerGuess; signs: boolean } | null {
  // Only a quote set apart (a block quote, or a paragraph that is nothing but the quote) is
  // signed on the line below; a heading below is the next section, not a signature.
  const own = doc.paragraphs[q.paragraph]
  // Nothing but the quote in its paragraph: no attribution of its own set inside the block.
  const bare =
    !!own &&
    (doc.masked.slice(own.start, q.start) + doc.masked.slice(q.end, own.end)).replace(
      /[\s“”"‘’'*_>.,!?-]/g,
      '',
    ) === ''
  const apart = !!own && (own.setting.blockquote || bare)
  if (!apart) return null
  const next = doc.paragraphs
    .slice(q.paragraph + 1, q.paragraph + 4)
    .find((p) => p.text.trim() !== '')
  if (!next || next.setting.heading > 0 || !isCreditLine(doc, next)) return null
  // "Joan Pike shared a message after the final:" introduces the block after it; it signs
  // nothing above it.
  if (/:["”’']?$/.test(next.text.trim())) return null
  // A product's line with its price ("**Askeby Gouda, £4.80**") heads the next entry. A line
  // that signs what is above it ("— Posted by Kit Sandoval") names its writer even when nothing
  // else in the piece says what the name is; it overrules a name read around the quote only when
  // the block is nothing but the quote (a post that quotes someone, “…,” says Tom Reed, and is
  // signed "— Filmed by Jo Pell" or "— Posted by Harbour News" is still Tom Reed's words).
  const signs = signsAbove(next) && bare
  const e = creditedOn(doc, next)
  if (!e || (e.kind === 'unknown' && !signs)) return null
  return {
    guess: {
      speaker: e.name,
      entity: e,
      confidence: 0.8,
      reason: `signed on the line below: ${e.name}`,
    },
    signs,
  }
}

/** The writer a credit line names, when the line names someone (kind unknown only for a full name). */
function creditedOn(doc: Doc, line: DocParagraph): Entity | null {
  const index = indexOf(doc)
  const m = index.ordered[lastBefore(index.ordered, line.start) + 1]
  const e = m && m.start < line.end ? index.entityOf.get(m) : undefined
  if (!e || !m || /[$£€]\s?\d/.test(line.text)) return null
  return personLike(e) ||
    e.kind === 'organisation' ||
    (e.kind === 'unknown' && m.name.includes(' '))
    ? e
    : null
}

/**
 * A block quote headed by its writer's line ("**Oona Farrell** (88,000 followers)" then the post):
 * only where the piece sets its posts out that way, its first block quote headed by such a line,
 * so that a line under one post is not read as the next post's heading.
 */
function headerLine(doc: Doc, q: DetectedQuote): SpeakerGuess | null {
  const own = doc.paragraphs[q.paragraph]
  if (!own?.setting.blockquote) return null
  const above = (k: number) => {
    let j = k - 1
    while (j >= 0 && doc.paragraphs[j]?.text.trim() === '') j--
    const p = doc.paragraphs[j]
    // "By Jo Pell" above the piece's opening block quote is the article's byline, not a post's
    // writer line.
    const byline = !!p && /^[*_\s]*by\s/i.test(p.text)
    return p && !p.setting.blockquote && !byline && isCreditLine(doc, p) && !signsAbove(p)
      ? p
      : null
  }
  const line = above(q.paragraph)
  if (!line) return null
  const first = doc.paragraphs.findIndex((p) => p.setting.blockquote)
  const opening = first < 0 ? null : above(first)
  if (!opening) return null
  // The layout is a writer's line over each post only where the first such line names a person
  // or a body: a product's name over the first review ("**Kestrel Glide 2**") heads entries, and a
  // later product's name ("**Orrin Pace**") is not the next review's writer.
  const writer = creditedOn(doc, opening)
  if (!writer || !(personLike(writer) || writer.kind === 'organisation')) return null
  const e = creditedOn(doc, line)
  return e
    ? { speaker: e.name, entity: e, confidence: 0.7, reason: `headed by the line above: ${e.name}` }
    : null
}

/** A short line that only names someone (an attribution under a block quote or a pull quote). */
export function isCreditLine(doc: Doc, p: DocParagraph): boolean {
  const text = p.text.trim().replace(/^[—–~-]\s*/, '')
  if (text.length === 0 || text.split(/\s+/).length > 12 || /[.!?]$/.test(text)) return false
  const index = indexOf(doc)
  const m = index.ordered[lastBefore(index.ordered, p.start) + 1]
  if (!m || m.start >= p.end) return false
  // The name is someone's: "Loving my new haul! #ad" opens with a capitalised word, not a name.
  const e = index.entityOf.get(m)
  if (!e || !(personLike(e) || e.kind === 'organisation' || m.name.includes(' '))) return false
  // "Arkwright's coach posted this after the race:": a possessive on someone else, or a verb
  // after the name, makes a sentence about the post, not a line naming its writer.
  if (m.possessive) return false
  const verb = p.sentences.some((s) =>
    s.tokens.some((t) => t.start >= m.end && (t.pos === 'VERB' || t.pos === 'AUX')),
  )
  if (verb) return false
  // "Mo Reyes answers your questions every Saturday": words going on from the name with no
  // comma make a sentence (a byline), not a line naming a writer ("Mo Reyes, Leeds", "Mo Reyes
  // on Instagram").
  const tail = /^[\s*_]*(\p{Ll}+)/u.exec(doc.masked.slice(m.end, p.end))
  if (tail && !/^(?:on|via|at|in|for|from|of|by|and)$/.test(tail[1] ?? '')) return false
  const lead = doc.masked
    .slice(p.start, m.start)
    .replace(/[\s—–~*_-]/g, ' ')
    .trim()
  return lead === '' || POSTED_BY.test(lead)
}

/** Verbs that credit whoever follows: "Posted by", "Shared by", "Written by". */
const CREDIT_VERBS = '(?:posted|written|shared|sent|submitted|uploaded|filmed|recorded)'
/** What may come before the name on a credit line: "Posted by", "Shared by", "Written by", "Via". */
const POSTED_BY = new RegExp(`^(?:${CREDIT_VERBS}\\s+by|via|by)$`, 'i')
/** A line that opens with such a credit, after any dash or emphasis. */
const POSTED_BY_LINE = new RegExp(`^[—–~*_\\s-]*${CREDIT_VERBS}\\s+by\\s`, 'i')

/** Whether a line opens by crediting someone: "Posted by Ruby Okafor", "— Shared by …". */
export function postedBy(line: string): boolean {
  return POSTED_BY_LINE.test(line)
}

/** A credit line that signs what is above it: it opens with a dash or with "Posted by" and the like. */
function signsAbove(p: DocParagraph): boolean {
  const t = p.text.trim().replace(/^[*_]+/, '')
  return /^[—–~]/.test(t) || postedBy(t)
}

/**
 * A sign-off line under a letter or a post: a dash, then who wrote it, then perhaps where from
 * ("— Osric, Fennmoor", "—Tomasz", "— Name withheld, Quarry Hill", "– Anonymous"). The name is
 * the first part before a comma; a withheld name is an unnamed writer (null). Null when the line
 * is not a sign-off (a sentence, a long line, no dash).
 */
export function signOff(p: DocParagraph, undashed = false): { name: string | null } | null {
  const t = p.text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim()
  const dashed = /^[—–]/.test(t)
  if (!dashed && !undashed) return null
  const body = t.replace(/^[—–]\s*/, '')
  if (t.split(/\s+/).length > 10 || /[!?]$/.test(body)) return null
  // A pen name a reader signs a letter with ("Worried in Westfield", "Fed up of Fenton") or
  // initials ("R.T., by email", "T.K., Tilsey Edge"): the writer is not named.
  if (
    /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s+(?:in|of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(
      body,
    ) ||
    /^(?:\p{Lu}\.\s?){1,3}(?:,\s*[^.!?]{1,40})?$/u.test(body) ||
    /^(?:\p{Lu}\.\s?)*\p{Lu}\.?(?:,\s*[^.!?]{1,40})?$/u.test(body)
  )
    return { name: null }
  if (
    !dashed &&
    /^(?:name\s+(?:withheld|supplied|and\s+address\s+supplied)|anonymous|anon)\.?$/i.test(body)
  )
    return { name: null }
  if (!dashed && !body.includes(',')) return null
  // "Autumn, 1961", "March, 2019": a date line under a poem or an extract signs nothing.
  if (!dashed && /,\s*(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s*$/u.test(body)) return null
  const m = /^[—–]?\s*([^,;:.!?()]+?)\s*(?:[,(]\s*[^.!?]{1,60})?\)?$/u.exec(t)
  const who = m?.[1]?.replace(/[*_]+/g, '').trim()
  if (!who || t.split(/\s+/).length > 10) return null
  // "— Posted Sunday, 3 March", "— Updated 4 June": when, not who.
  if (dateStamp(t)) return null
  if (
    /^(?:name\s+(?:withheld|supplied|and\s+address\s+supplied)|anonymous|anon|a\s+reader)$/i.test(
      who,
    )
  )
    return { name: null }
  // One to four capitalised words ("Osric", "Mei-Lin Park", "Dr Ana Ruiz").
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(who) ? { name: who } : null
}

/**
 * The sign-off of a letter set out as a block quote: the dash line, or, as the block's last line
 * under its words, a line that only signs ("Anxious in Harlow", "R.T., by email", "Mo, Leeds").
 */
export function blockSign(doc: Doc, p: DocParagraph): { name: string | null } | null {
  if (!p.setting.blockquote) return null
  const dashed = signOff(p)
  if (dashed) return dashed
  // The block's lines around it, over the empty lines that part its paragraphs.
  const near = (step: number) => {
    let k = p.index + step
    while (doc.paragraphs[k]?.setting.blockquote && doc.paragraphs[k]?.text.trim() === '') k += step
    return doc.paragraphs[k]
  }
  // One block quote ends at a blank line without a mark: two letters set one after another are
  // two blocks, and the first one's last line still signs it.
  const sameBlock = (a: DocParagraph, b: DocParagraph | undefined) =>
    !!b?.setting.blockquote &&
    !/\n[ \t]*\n/.test(doc.body.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)))
  const prev = near(-1)
  const next = near(1)
  const last = !sameBlock(p, next)
  return last && sameBlock(p, prev) ? signOff(p, true) : null
}

/**
 * A dash line under a post that says when it was posted, not who wrote it: "— Posted Sunday,
 * 3 March", "– Updated 14:05", "— Tuesday, 4 June", "— March 2025". A posting verb opens it, or
 * its words before any comma are all weekdays, months and figures (a month only beside a figure,
 * since April, May and June are names too).
 */
export function dateStamp(line: string): boolean {
  const t = line
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim()
  const m = /^[—–]\s*([^,;()]+)/u.exec(t)
  const head = m?.[1]?.replace(/[*_]+/g, '').trim()
  if (!head || t.split(/\s+/).length > 10) return false
  if (
    /^(?:posted|updated|edited|published|sent|filed|written|shared|uploaded|last\s+updated)\b(?!\s+by\b)/i.test(
      head,
    )
  )
    return true
  const words = head.split(/\s+/)
  const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i
  const month =
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i
  const figure = /^\d[\d:.,/]*(?:st|nd|rd|th|am|pm)?$/i
  const digits = /\d/.test(t)
  return words.every((w) => weekday.test(w) || figure.test(w) || (digits && month.test(w)))
}

/**
 * The sign-off of the letter or post a quote belongs to: a block quote standing alone in its
 * paragraph is signed by the dash line at the foot of its block, and a heading that only quotes
 * ("## “The lanes made my commute longer”") introduces the block right under it, so its writer says
 * it too. "Name withheld" or "Anonymous" signs for an unnamed writer.
 */
function signedBlock(doc: Doc, q: DetectedQuote): SpeakerGuess | null {
  const own = doc.paragraphs[q.paragraph]
  if (!own) return null
  const rest = (doc.masked.slice(own.start, q.start) + doc.masked.slice(q.end, own.end)).replace(
    /[\s“”"‘’'*_>#.,!?]/g,
    '',
  )
  if (rest !== '') return null
  let k = q.paragraph
  if (own.role === 'heading' || own.role === 'headline') {
    k++
    while (doc.paragraphs[k] && doc.paragraphs[k]?.text.trim() === '') k++
    if (!doc.paragraphs[k]?.setting.blockquote) return null
  } else if (!own.setting.blockquote) return null
  for (let n = 0; n < 12; n++, k++) {
    const p = doc.paragraphs[k]
    if (!p || !p.setting.blockquote || p.setting.heading > 0) return null
    const sign = blockSign(doc, p)
    if (!sign) continue
    if (!sign.name)
      return {
        speaker: null,
        entity: null,
        confidence: 0.8,
        reason: 'signed without a name (withheld, a pen name or initials): an unnamed writer',
        unnamed: true,
      }
    const index = indexOf(doc)
    const m = index.ordered[lastBefore(index.ordered, p.start) + 1]
    // The entity the sign-off's own name is (not the place after the comma).
    const e = m && m.start < p.end && sign.name.includes(m.name) ? index.entityOf.get(m) : undefined
    const person = e && (personLike(e) || e.kind === 'organisation') ? e : null
    const name = person?.name ?? sign.name
    return {
      speaker: name,
      entity: person,
      confidence: 0.8,
      reason: `signed at the foot of its block: ${name}`,
    }
  }
  return null
}

/** A quote in the headline: the piece's interviewee, or the person it is most about. */
function headlineSpeaker(doc: Doc, q: DetectedQuote): SpeakerGuess | null {
  if (doc.paragraphs[q.paragraph]?.role !== 'headline') return null
  // An advice column's headline quotes the reader's letter it answers: the first letter set out
  // below and signed ("Worried in Westfield") wrote it, named or not.
  const letter = doc.paragraphs.find((p) => p.index > q.paragraph && blockSign(doc, p))
  const sign = letter ? blockSign(doc, letter) : null
  if (sign) {
    const e = sign.name
      ? (doc.entities.find(
          (x) => x.name === sign.name || x.mentions.some((m) => m.name === sign.name),
        ) ?? null)
      : null
    return {
      speaker: e?.name ?? sign.name,
      entity: e,
      confidence: 0.5,
      reason: sign.name
        ? `a headline quote from the letter ${sign.name} signed`
        : 'a headline quote from a reader’s letter signed without a name',
      unnamed: !sign.name,
    }
  }
  let e = doc.interviewee ?? topicPerson(doc)
  if (!e) {
    let most = 0
    // A person typed so: an untyped two-word name may be a hospital or a street.
    for (const x of doc.entities)
      if (x.kind === 'person' && x.mentions.length > most) {
        e = x
        most = x.mentions.length
      }
  }
  return e
    ? {
        speaker: e.name,
        entity: e,
        confidence: 0.5,
        reason: `a headline quote: the piece is about ${e.name}`,
      }
    : null
}

const makers = new WeakMap<Doc, Map<Entity, { name: string; entity: Entity | null } | null>>()

/**
 * Who makes a product (or a product line named alone, "Follicore"): the company of its brand
 * family ("Novaline Labs launched Follicore …"), else the product's brand word ("Whirlette"
 * of "Whirlette Spiralizer Pro"). Null for people, places and companies themselves.
 */
function makerOf(doc: Doc, e: Entity): { name: string; entity: Entity | null } | null {
  if (e.kind === 'person' || e.kind === 'place' || personLike(e)) return null
  let memo = makers.get(doc)
  if (!memo) makers.set(doc, (memo = new Map()))
  if (memo.has(e)) return memo.get(e) ?? null
  let out: { name: string; entity: Entity | null } | null = null
  const family = familyOf(familiesOf(doc), e.name)
  // The family's own company: the organisation named by the family's key ("Novaline Labs").
  const company = family
    ? doc.entities.find(
        (x) =>
          x !== e &&
          x.kind === 'organisation' &&
          brandKey(x.name) === family.key &&
          family.names.includes(x.name),
      )
    : undefined
  if (company && brandKey(e.name) !== family?.key) out = { name: company.name, entity: company }
  else if (e.kind === 'product') {
    if (company) out = { name: company.name, entity: company }
    else {
      const word = e.name.split(/\s+/)[0] ?? ''
      if (word && word !== e.name) out = { name: word, entity: null }
    }
  }
  memo.set(e, out)
  return out
}

const familyCache = new WeakMap<Doc, BrandFamily[]>()
function familiesOf(doc: Doc): BrandFamily[] {
  let f = familyCache.get(doc)
  if (!f) familyCache.set(doc, (f = brandFamilies(doc)))
  return f
}
