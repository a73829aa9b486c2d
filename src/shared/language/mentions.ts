import {
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_HONORIFICS,
  NOT_NAMES,
  ORG_WORDS,
  MASTHEAD_HEADS,
  PERSON_NOUNS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  ROLE_TITLES,
  SPEECH_VERBS,
} from './lexicon'
import { buildEntities, personLike } from './entities'
import { isFirstName } from './names'
import type { Sentence, Token } from './nlp'

/** A proper name as it appears once in the text, with any title before it split off. */
export interface Mention {
  readonly start: number
  readonly end: number
  /** The name without title or possessive ("Imogen Castellane"). */
  readonly name: string
  /** Title words before it ("Dr.", "Harbour Captain"), else ''. */
  readonly title: string
  /** Gender the title gives, if any. */
  readonly titleGender: 'female' | 'male' | null
  /** The name is followed by a possessive ’s. */
  readonly possessive: boolean
  /** Index of the mention's first token in its sentence. */
  readonly tokenIndex: number
  /** Index past its last token (the possessive excluded). */
  readonly tokenEnd: number
  readonly sentence: Sentence
}

const CONNECTORS = new Set([
  '&',
  'of',
  'de',
  'van',
  'von',
  'da',
  'del',
  'der',
  'la',
  'le',
  'du',
  'and',
])
/**
 * Institution words a name opens with before "for": "Centre for …", "Institute for …". Each is
 * also in ORG_WORDS (./lexicon.ts), so the joined name is typed an organisation (entities.ts).
 */
const FOR_HEADS = new Set(
  'centre center institute office foundation society alliance coalition campaign council trust fund commission'.split(
    ' ',
  ),
)
/** Curly quotes, dashes and the other marks of U+2000–U+206F (no letter among them): no test. */
const punctuation = (c: number) => c >= 0x2000 && c <= 0x206f
/** Whether a text opens with an upper-case letter (ASCII at once, the rest by Unicode). */
const startsUpper = (s: string) => {
  const c = s.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : !punctuation(c) && /^\p{Lu}/u.test(s)
}
/** Whether a text opens with a letter (ASCII at once, the rest by Unicode). */
const startsLetter = (s: string) => {
  const c = s.charCodeAt(0)
  return c < 128
    ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    : !punctuation(c) && /^\p{L}/u.test(s)
}
const isCap = (t: Token) => startsUpper(t.text)
const SAYING =
  /^(?:said|says|told|tells|added|adds|explained|argued|wrote|writes|recalled|replied|insisted|noted|warned|admitted|conceded)$/
const glued = (a: Token, b: Token) => a.end === b.start

const FUNCTION_POS = ['PRON', 'DET', 'CCONJ', 'SCONJ', 'AUX', 'ADP', 'PART', 'INTJ']
const CONTENT_POS = ['VERB', 'ADV']

/**
 * Whether a token can be part of a name. Mid-sentence, any capitalised word can be ("Transit
 * Forward"); where every word is capitalised (a title-case headline) or at a sentence's start,
 * verbs and function words are not ("… Is Done Apologizing").
 */
function nameToken(t: Token, first: boolean, strict: boolean, afterTitle = false): boolean {
  if (!isCap(t)) return false
  if (t.entity === 'DATE' || t.entity === 'TIME' || t.entity === 'DURATION') return false
  if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') return false
  if (first && NOT_NAMES.has(t.lower) && !HONORIFICS.has(t.lower)) return false
  if (/^I([’']\p{L}+)?$/u.test(t.text)) return false
  if (afterTitle || HONORIFICS.has(t.lower)) return true
  if (FUNCTION_POS.includes(t.pos) && (strict || first)) return false
  if (CONTENT_POS.includes(t.pos) && strict) return false
  return true
}

const TITLE_WORD = (t: Token | undefined) =>
  !!t && (HONORIFICS.has(t.lower) || ROLE_TITLES.has(t.lower.replace(/\.$/, '')))

/**
 * Where a run of name words starting at `from` ends, when its last word is an institution word
 * ("Rescue Service", "Transport Workers' Union"); `from` when it does not.
 */
function orgRunEnd(tokens: readonly Token[], from: number, strict: boolean): number {
  let k = from
  while (k < tokens.length) {
    const t = tokens[k]
    const prev = tokens[k - 1]
    if (t && nameToken(t, false, strict)) {
      k++
      continue
    }
    if (
      t &&
      prev &&
      (t.text === "'" || t.text === '’') &&
      glued(prev, t) &&
      /s$/i.test(prev.text)
    ) {
      k++
      continue
    }
    break
  }
  const last = tokens[k - 1]
  return k > from && last && ORG_WORDS.has(last.lower) ? k : from
}

/** Words that open a place's or a team's name: never a second first name. */
const PLACE_OPENERS = new Set([
  'west',
  'east',
  'north',
  'south',
  'new',
  'old',
  'upper',
  'lower',
  'great',
  'little',
  'central',
  'greater',
  'royal',
])

/** Words that open an institution's name with a possessive: "King's College", "Queen's University". */
const CROWN = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'bishop', 'lady'])

/** The index of the first token `ok` refuses (the length when it takes them all). */
function upTo(tokens: readonly Token[], ok: (t: Token) => boolean): number {
  const k = tokens.findIndex((t) => !ok(t))
  return k < 0 ? tokens.length : k
}

/**
 * "P.S. Housekeeping, since …", "NB: …": a postscript's or a note's label is no name, and the
 * word after it opens the sentence.
 */
function noteLabel(t: Token): boolean {
  return /^(?:p\.?p\.?s|p\.?s|n\.?b)\.?$/i.test(t.text)
}

/**
 * "Quell said he would ask …": a capitalised word wink reads as a verb, opening a sentence
 * (at most `firstText`) before a verb of saying, is the speaker's name all the same (two verbs
 * in a row open none).
 */
function namedSpeaker(tokens: readonly Token[], k: number, firstText: number): boolean {
  const w = tokens[k]
  const next = tokens[k + 1]
  return (
    k <= firstText &&
    !!w &&
    isCap(w) &&
    (w.pos === 'VERB' || w.pos === 'ADJ' || w.pos === 'ADV') &&
    next?.pos === 'VERB' &&
    SAYING.test(next.lower)
  )
}

/**
 * "Spoke & Street", "Marks & Lane": a capitalised word joined by an ampersand to another is a
 * name's first word, whatever wink tags it (a verb, or in a short title-case sentence).
 */
function ampersand(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]
  const amp = tokens[k + 1]
  const next = tokens[k + 2]
  return (
    !!w &&
    !!next &&
    amp?.text === '&' &&
    isCap(w) &&
    /^\p{L}{2,}$/u.test(w.text) &&
    !NOT_NAMES.has(w.lower) &&
    isCap(next) &&
    startsLetter(next.text)
  )
}

/**
 * "the Morning Ledger", "The Sunday Courier": a day's or a time's word opening a masthead,
 * after "the", the name ending at the masthead's word ("the Sunday Times Square" is no paper).
 */
function masthead(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]
  const next = tokens[k + 1]
  const after = tokens[k + 2]
  return (
    !!w &&
    !!next &&
    tokens[k - 1]?.lower === 'the' &&
    !(after && isCap(after) && startsLetter(after.text)) &&
    isCap(w) &&
    (w.entity === 'DATE' || w.entity === 'TIME' || /^(?:morning|evening)$/.test(w.lower)) &&
    /^\p{L}+$/u.test(w.text) &&
    isCap(next) &&
    MASTHEAD_HEADS.has(next.lower)
  )
}

/**
 * "June Park (@junepark)", "said April Stone": a month the reader (nlp.ts) did not take for a
 * date, right before a capitalised word, is a first name.
 */
function monthName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]
  const next = tokens[k + 1]
  return (
    !!w &&
    !!next &&
    w.entity === '' &&
    /^(?:April|May|June|August|January)$/.test(w.text) &&
    isCap(next) &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    !NOT_NAMES.has(next.lower)
  )
}

/** The proper-name mentions of one sentence, longest first at each place. */
export function findMentions(sentence: Sentence): Mention[] {
  const tokens = sentence.tokens
  const out: Mention[] = []
  const wordsOf = tokens.filter((t) => startsLetter(t.text))
  const capitals = wordsOf.filter((t) => startsUpper(t.text)).length
  // A title-case line: capitals say nothing there, parts of speech must.
  const strict = wordsOf.length >= 3 && capitals / wordsOf.length >= 0.6
  // Whether only punctuation (and symbols) comes before token i: i is at most the first other.
  const firstWord = upTo(tokens, (t) => t.pos === 'PUNCT' || noteLabel(t))
  const firstText = upTo(tokens, (t) => t.pos === 'PUNCT' || t.pos === 'SYM' || noteLabel(t))
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (
      !t ||
      (i < firstText && noteLabel(t)) ||
      (!nameToken(t, true, strict || i <= firstWord) &&
        !namedSpeaker(tokens, i, firstText) &&
        !ampersand(tokens, i) &&
        !masthead(tokens, i) &&
        !monthName(tokens, i))
    ) {
      i++
      continue
    }
    // A sentence's first word is a name only if wink calls it a proper noun or more follow.
    let j = i + 1
    while (j < tokens.length) {
      const cur = tokens[j]
      const prev = tokens[j - 1]
      if (!cur || !prev) break
      // After a known first name, a capitalised word is its surname even where wink tags it a
      // verb ("Interview with chef Mara Quell.").
      if (nameToken(cur, false, strict, TITLE_WORD(prev) || isFirstName(prev.lower))) {
        j++
        continue
      }
      // Hyphenated names: "Okonjo-Bright" arrives as three tokens with no space between.
      const next = tokens[j + 1]
      if (
        (cur.text === '-' || cur.text === '‑') &&
        next &&
        glued(prev, cur) &&
        glued(cur, next) &&
        isCap(next)
      ) {
        j += 2
        continue
      }
      // "Workers' Union", "Growers’ Association": a plural possessive inside a name.
      if (
        (cur.text === "'" || cur.text === '’') &&
        glued(prev, cur) &&
        /s$/i.test(prev.text) &&
        next &&
        isCap(next) &&
        !glued(cur, next)
      ) {
        j += 1
        continue
      }
      // "St Aldric's Hospital", "King's College": a singular possessive inside a name, when the
      // name opens with a saint's or a crown's word and the capitalised run after it ends in an
      // institution word. A person's possessive is theirs ("Tom Okafor's Harbour Bakery",
      // "Okafor's Carrow Rowing Club crew"), and "Norvane's Night Repair" stays a brand's product.
      if (
        (cur.text === "'s" || cur.text === '’s') &&
        (PLACE_PREFIXES.has(tokens[i]?.lower ?? '') || CROWN.has(tokens[i]?.lower ?? '')) &&
        glued(prev, cur) &&
        next &&
        isCap(next) &&
        !glued(cur, next)
      ) {
        const end = orgRunEnd(tokens, j + 1, strict)
        if (end > j + 1) {
          j = end
          continue
        }
      }
      // "Fire and Rescue Service", "Harbour and Transport Workers' Union": "and" joins two
      // capitalised words when the run it opens ends in an institution word.
      // Not after a person's name ("Ana Ruiz and Harbour Council").
      if (
        cur.lower === 'and' &&
        next &&
        nameToken(next, false, strict) &&
        !isFirstName(tokens[i]?.lower ?? '') &&
        !HONORIFICS.has(tokens[i]?.lower ?? '')
      ) {
        const end = orgRunEnd(tokens, j + 1, strict)
        // Two whole institutions side by side ("Calloway University and Brindle Pharma"): each
        // side already ends in an institution word, so "and" joins two names, not one. Not
        // after "of" or "for" ("Department of Health and Human Services", "Centre for Health
        // and Social Care Research"): there the last word is the field, and the name runs on.
        const two =
          j - i >= 2 &&
          ORG_WORDS.has(prev.lower) &&
          !tokens.slice(i + 1, j - 1).some((w) => w.lower === 'of' || w.lower === 'for') &&
          end - (j + 1) >= 2 &&
          ORG_WORDS.has(tokens[end - 1]?.lower ?? '')
        if (end > j + 1 && !two) {
          j = end
          continue
        }
      }
      // "College of Pharmacy", "Chamber of Commerce", "Port of Linhaven Authority": "of" joins
      // only after an institution or place word.
      const joins =
        cur.lower !== 'of' ||
        ORG_WORDS.has(prev.lower) ||
        PLACE_WORDS.has(prev.lower) ||
        PLACE_PREFIXES.has(prev.lower)
      if (
        CONNECTORS.has(cur.lower) &&
        next &&
        nameToken(next, false, strict) &&
        cur.lower !== 'and' &&
        joins
      ) {
        j += 2
        continue
      }
      if (cur.text === '&' && next && isCap(next)) {
        j += 2
        continue
      }
      // "Centre for Healthy Ageing", "Institute for Fiscal Studies": "for" joins after an
      // institution word that opens the name.
      if (
        cur.lower === 'for' &&
        j - i === 1 &&
        FOR_HEADS.has(prev.lower) &&
        next &&
        nameToken(next, false, strict)
      ) {
        j += 2
        continue
      }
      break
    }
    let span = tokens.slice(i, j)
    // "Shares of Brightmere": a common word opening the sentence is not part of the name.
    const opener = i <= firstText
    if (
      opener &&
      span.length > 1 &&
      span[0]?.pos !== 'PROPN' &&
      !ampersand(tokens, i) &&
      // "Lindqvist-Oyelaran said": a hyphenated surname is one name, whatever its first tag.
      !(span[1]?.text === '-' && span[0] && span[1].start === span[0].end) &&
      !HONORIFICS.has(span[0]?.lower ?? '') &&
      !ROLE_TITLES.has((span[0]?.lower ?? '').replace(/\.$/, ''))
    ) {
      i += 1
      while (i < j && CONNECTORS.has(tokens[i]?.lower ?? '')) i++
      span = tokens.slice(i, j)
      if (span.length === 0) continue
    }
    const first = span[0]
    const initial = i <= firstText
    if (
      initial &&
      span.length === 1 &&
      first &&
      first.pos !== 'PROPN' &&
      !namedSpeaker(tokens, i, firstText)
    ) {
      i = j
      continue
    }
    // Titles before the name: honorifics and role titles ("Harbour Captain Ana Ruiz").
    let lastTitle = -1
    span.forEach((tok, k) => {
      const low = tok.lower.replace(/\.$/, '')
      if (
        k < span.length - 1 &&
        (HONORIFICS.has(tok.lower) || HONORIFICS.has(low) || ROLE_TITLES.has(low))
      )
        lastTitle = k
      // An occupation used as a title before a full name ("Agronomist Priya Ramaswamy").
      // Not the first half of a hyphenated surname ("Lindqvist-Oyelaran").
      else if (
        k === 0 &&
        span.length >= 3 &&
        span[1]?.text !== '-' &&
        (PERSON_NOUNS.has(low) ||
          /(ist|ician|monger|maker|keeper|seller|grapher|smith|wright|master|mistress)$/.test(low))
      )
        lastTitle = k
    })
    // "Senate Majority Leader Paul Ostrander": a known first name starts the name proper.
    // Not in a product's name with its vintage or price ("Solano Cellars Monte Arid Garnacha 2022").
    const follows = tokens[j]
    const productShape =
      !!follows &&
      (follows.pos === 'NUM' || follows.entity === 'MONEY' || /^[$£€]/.test(follows.text))
    if (span.length >= 3 && !productShape) {
      const at = span.findIndex(
        (tok, k) => k > lastTitle && k >= 1 && k < span.length - 1 && isFirstName(tok.lower),
      )
      if (at > lastTitle + 1 || (at >= 1 && lastTitle < 0)) lastTitle = at - 1
    }
    // "Harrowgate General Hospital", "Bishop Park": a title before nothing but an institution's
    // or a place's head word is part of that name, not a person's title.
    if (
      lastTitle >= 0 &&
      span
        .slice(lastTitle + 1)
        .every((tok) => ORG_WORDS.has(tok.lower) || PLACE_WORDS.has(tok.lower))
    )
      lastTitle = -1
    const titleTokens = lastTitle >= 0 ? span.slice(0, lastTitle + 1) : []
    const nameTokens = lastTitle >= 0 ? span.slice(lastTitle + 1) : span
    const nf = nameTokens[0]
    const nl = nameTokens[nameTokens.length - 1]
    if (!nf || !nl) {
      i = j
      continue
    }
    const after = tokens[j]
    const possessive =
      !!after &&
      (after.lower === "'s" || after.lower === '’s' || after.text === '’' || after.text === "'")
    const name = sentenceText(sentence, nf.start, nl.end)
    const titleLow = titleTokens.map((x) => x.lower)
    out.push({
      start: (titleTokens[0] ?? nf).start,
      end: nl.end,
      name,
      title: titleTokens.map((x) => x.text).join(' '),
      titleGender: titleLow.some((x) => FEMALE_HONORIFICS.has(x))
        ? 'female'
        : titleLow.some((x) => MALE_HONORIFICS.has(x))
          ? 'male'
          : null,
      possessive,
      tokenIndex: i,
      tokenEnd: j,
      sentence,
    })
    span = []
    i = j
  }
  return sharedSurnames(out, tokens)
}

/**
 * "Gretchen and Amos Pilkvist", "Ana & Tomas Reyes": two first names sharing the surname that
 * follows the second. The first is named in full, so a later "Gretchen" is the same person.
 */
function sharedSurnames(out: Mention[], tokens: readonly Token[]): Mention[] {
  return out.map((m, k) => {
    const next = out[k + 1]
    const joiner = tokens[m.tokenEnd]
    if (
      !next ||
      m.title !== '' ||
      m.possessive ||
      m.name.includes(' ') ||
      next.tokenIndex !== m.tokenEnd + 1 ||
      (joiner?.lower !== 'and' && joiner?.text !== '&')
    )
      return m
    const words = next.name.split(/\s+/)
    if (words.length !== 2 || !isFirstName(m.name.toLowerCase())) return m
    // The second first name need not be a known one ("Ingrid and Pål …"), as long as it is a
    // single capitalised word, not an organisation's ("Ana and Marlow Press").
    const second = words[0] ?? ''
    const known = isFirstName(second.toLowerCase())
    if (!known && !/^\p{Lu}[\p{Ll}’'-]+$/u.test(second)) return m
    // …nor a word that opens a place's or a club's name ("Chelsea and West Ham", "Paris and New
    // Carrow"): then the two are places or teams, not a couple.
    if (
      !known &&
      (PLACE_OPENERS.has(second.toLowerCase()) || PLACE_PREFIXES.has(second.toLowerCase()))
    )
      return m
    if (next.name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) return m
    return { ...m, name: `${m.name} ${words[1]?.replace(/[’']s$/, '')}` }
  })
}

/** The text between two body offsets, rebuilt from the sentence's tokens. */
function sentenceText(sentence: Sentence, start: number, end: number): string {
  let s = ''
  let last = -1
  for (const t of sentence.tokens) {
    if (t.start < start || t.end > end) continue
    if (last >= 0 && t.start > last) s += ' '
    s += t.text
    last = t.end
  }
  return s.replace(/\s*-\s*/g, (m) => (m.trim() === '-' && !m.includes(' ') ? '-' : m)).trim()
}

/**
 * "Discover Tallow runs the ferries" where the text also writes "… with Discover Tallow" in
 * mid-sentence: a capitalised word right before a name, left out of it (a verb opening a
 * sentence, or in a short line of capitals: "With thanks to Discover Tallow."), joins the name
 * when the two together are a name the text uses elsewhere.
 */
/**
 * Adds a person's surname that opens a sentence where wink read it as a common noun ("June Park
 * has run before dawn for years. Park calls her walk …", "Owen Marsh … Marsh said"): the last
 * word of a two- or three-word name opened by a first name, written the same way, opening a
 * later sentence and followed by a verb, a comma or a possessive, is a mention of the name.
 */
export function addSurnameOpeners(
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
): Mention[] {
  const surnames = new Map<string, number>()
  for (const m of mentions) {
    const ws = m.name.split(/\s+/)
    const first = (ws[0] ?? '').toLowerCase()
    const last = ws.at(-1) ?? ''
    if (ws.length < 2 || ws.length > 3) continue
    if (!isFirstName(first) && !/^(?:april|may|june|august|january)$/.test(first)) continue
    if (!/^\p{Lu}\p{Ll}+$/u.test(last)) continue
    const at = surnames.get(last)
    if (at === undefined || m.start < at) surnames.set(last, m.start)
  }
  if (surnames.size === 0) return [...mentions]
  const taken = new Set(mentions.map((m) => m.start))
  const added: Mention[] = []
  for (const sentence of sentences) {
    const k = sentence.tokens.findIndex((t) => t.pos !== 'PUNCT')
    const t = sentence.tokens[k]
    const next = sentence.tokens[k + 1]
    if (!t || !next || taken.has(t.start)) continue
    const from = surnames.get(t.text)
    if (from === undefined || t.start <= from) continue
    const possessive = next.lower === "'s" || next.lower === '’s'
    if (!possessive && next.text !== ',' && next.pos !== 'VERB' && next.pos !== 'AUX') continue
    added.push({
      start: t.start,
      end: t.end,
      name: t.text,
      title: '',
      titleGender: null,
      possessive,
      tokenIndex: k,
      tokenEnd: k + 1,
      sentence,
    })
  }
  return added.length === 0
    ? [...mentions]
    : [...mentions, ...added].sort((a, b) => a.start - b.start)
}

export function joinSentenceOpeners(mentions: readonly Mention[]): Mention[] {
  const names = new Set<string>()
  for (const m of mentions) if (!m.title && m.name.includes(' ')) names.add(m.name)
  if (names.size === 0) return [...mentions]
  return mentions.map((m) => {
    const toks = m.sentence.tokens
    const k = m.tokenIndex - 1
    const w = toks[k]
    const first = toks[m.tokenIndex]
    if (m.title || !w || !first || !isCap(w) || !/^\p{L}+$/u.test(w.text)) return m
    if (first.start - w.end !== 1 || NOT_NAMES.has(w.lower)) return m
    const name = `${w.text} ${m.name}`
    return names.has(name) ? { ...m, start: w.start, name, tokenIndex: k } : m
  })
}

/**
 * Drops a one-word "name" that is only an ordinary word capitalised because it opens its
 * sentence ("Freediving has a grim reputation" in a piece that writes "a freediving course")
 * where it would be taken for the short form of a longer name ending in that word ("Deep Quiet
 * Freediving" in a fact box) and typed from its sentence's pronouns. The text writes the word
 * in lower case elsewhere and never names it so in mid-sentence; it is no first name and no first
 * word of a longer name ("Harvest" of "Harvest Foods"), and a longer name does end in it. Kept:
 * a one-word name with no longer one to join ("Crisis, the homelessness charity, said …" in a
 * piece about "a crisis"); a person's surname ("Mills" of "Osric Mills", "Baker" of "Tom
 * Baker": the longer name has a title or a known first name, is typed a person without the word's
 * own mentions, or looks like a person's and comes before them, as news names people in full
 * first); and any mention with an apposition (", the housing charity,") or a verb of saying after it.
 */
export function dropSentenceCapitals(
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
): Mention[] {
  const opens = (m: Mention) => {
    // Nothing but punctuation before it in its sentence (read in place: no copy of the words).
    const toks = m.sentence.tokens
    for (let k = 0; k < m.tokenIndex && k < toks.length; k++)
      if (toks[k]?.pos !== 'PUNCT' && toks[k]?.pos !== 'SYM') return false
    return true
  }
  const candidates = new Set<string>()
  for (const m of mentions) {
    const w = m.name.toLowerCase()
    if (!m.title && !/\s/.test(w) && opens(m) && !isFirstName(w) && !w.includes('-'))
      candidates.add(w)
  }
  if (candidates.size === 0) return [...mentions]
  // Named as a name elsewhere: in mid-sentence, as a longer name's first word or a person's
  // surname. Only a word some longer name ends in can be taken for its short form.
  const endsLonger = new Set<string>()
  for (const m of mentions) {
    const ws = m.name.toLowerCase().split(/\s+/)
    if (ws.length === 1) {
      if (!opens(m) || m.title) candidates.delete(ws[0] ?? '')
      continue
    }
    candidates.delete(ws[0] ?? '')
    if (m.title || isFirstName(ws[0] ?? '')) candidates.delete(ws.at(-1) ?? '')
    else endsLonger.add(ws.at(-1) ?? '')
  }
  for (const w of candidates) if (!endsLonger.has(w)) candidates.delete(w)
  if (candidates.size === 0) return [...mentions]
  const lower = new Set<string>()
  for (const s of sentences)
    for (const t of s.tokens) if (candidates.has(t.text) && !lower.has(t.text)) lower.add(t.text)
  if (lower.size === 0) return [...mentions]
  const droppable = (m: Mention) =>
    lower.has(m.name.toLowerCase()) && !m.title && opens(m) && !/\s/.test(m.name)
  // A person's surname: the longer names typed without the word's own mentions, whose pronouns
  // ("Kitesurfing has a poor safety record, and she …") would make a woman of a school.
  const rest = mentions.filter((m) => !droppable(m))
  const firstAt = new Map<string, number>()
  for (const m of mentions)
    if (droppable(m)) {
      const w = m.name.toLowerCase()
      firstAt.set(w, Math.min(firstAt.get(w) ?? m.start, m.start))
    }
  for (const e of buildEntities(rest)) {
    const ws = e.name.toLowerCase().split(/\s+/)
    const w = ws.at(-1) ?? ''
    if (ws.length < 2 || !lower.has(w)) continue
    const earlier = (e.mentions[0]?.start ?? Infinity) < (firstAt.get(w) ?? 0)
    if (e.kind === 'person' || (personLike(e) && earlier)) lower.delete(w)
  }
  if (lower.size === 0) return [...mentions]
  return mentions.filter((m) => !(droppable(m) && !namedHere(m)))
}

/**
 * Whether a mention is shown to be a name where it stands: an apposition after it ("Shelter, the
 * housing charity, …", "Mills, 71, …") or a verb of saying ("Mills said: …").
 */
function namedHere(m: Mention): boolean {
  const toks = m.sentence.tokens
  let n = m.possessive ? m.tokenEnd + 1 : m.tokenEnd
  const next = toks[n]
  if (next && SPEECH_VERBS.has(next.lower)) return true
  if (next?.text !== ',') return false
  n++
  const after = toks[n]
  if (!after) return false
  return ['the', 'a', 'an'].includes(after.lower) || /^\d+$/.test(after.text)
}
