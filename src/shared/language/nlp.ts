import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** A word or mark of the text, with its part of speech and wink's entity type when it has one. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly lower: string
  /** Universal POS tag (PROPN, NOUN, VERB, PRON, PUNCT, NUM …). */
  readonly pos: string
  /** wink's numeric and temporal entity type (DATE, MONEY, PERCENT, CARDINAL …), else ''. */
  readonly entity: string
}

/** A sentence as wink splits it, with its tokens; never crosses a paragraph. */
export interface Sentence {
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
}

let engine: ReturnType<typeof winkNLP> | null = null

/**
 * wink-nlp with its English model (shipped in the npm package), made on first use. Only the
 * annotations Galley reads: sentences, parts of speech and entities. wink's negation and
 * sentiment passes (each another automaton over every token) are left out; negation is read
 * from Galley's own word lists.
 */
function nlp(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model, ['sbd', 'pos', 'ner'])
  return engine
}

/**
 * A straight mark that opens a quote before "A", "D", "S", "M" or "Re" ("'A pea-sized amount …'"):
 * wink reads it with the letters as one token, as it reads "I'd" or "we're". Given wink as a curly
 * opening mark (one character, so every offset holds), it is a token of its own.
 */
const OPENING_ELISION = /(^|[\s([{—–-])'(?=(?:[AaDdSsMm]|[Rr]e)(?!\p{L}))/gu

/** Months that are also first names. */
const MONTH_NAMES = new Set(['april', 'may', 'june', 'august', 'january'])
/** Words that set a month as a date: "in June", "since April", "last May". */
const DATE_LEADS = new Set(
  'in on by since until till from to through during last next this that early late mid of before after every each per around'.split(
    ' ',
  ),
)

/**
 * Tokens and sentences of `text` (one paragraph, markup already blanked out), with offsets
 * shifted by `offset` into the body.
 */
export function readSentences(text: string, offset: number): Sentence[] {
  const n = nlp()
  const its = n.its
  const read = text.includes("'") ? text.replace(OPENING_ELISION, '$1‘') : text
  const doc = n.readDoc(read)
  const values = doc.tokens().out(its.value) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const entityOf = new Array<string>(values.length).fill('')
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number]
    const type = e.out(its.type) as string
    // "June Park (@junepark)", "said April Stone": a month that is also a first name, alone in
    // its date and right before a capitalised word that is no date, after no word that sets a
    // date ("in June Park Road …"), opens a person's name.
    const word = (values[a] ?? '').toLowerCase()
    const prev = (values[a - 1] ?? '').toLowerCase()
    const next = values[b + 1] ?? ''
    if (
      type === 'DATE' &&
      a === b &&
      MONTH_NAMES.has(word) &&
      /^\p{Lu}\p{Ll}+$/u.test(next) &&
      !MONTH_NAMES.has(next.toLowerCase()) &&
      !DATE_LEADS.has(prev) &&
      !/^\d/.test(values[b + 2] ?? '')
    )
      return
    for (let i = a; i <= b; i++) entityOf[i] = type
  })
  const tokens: Token[] = []
  let cursor = 0
  values.forEach((value, i) => {
    const at = read.indexOf(value, cursor)
    // wink keeps every token's text as written; a token it normalised is placed at the cursor.
    // A token after nothing but white space (a blanked link target) is where it was found.
    const found = at >= 0 && (at - cursor < 40 || read.slice(cursor, at).trim() === '')
    const start = found ? at : cursor
    const end = found ? at + value.length : cursor
    cursor = end
    // The text as written (a mark given to wink as "‘" is the "'" of the text).
    const written = read === text || !found ? value : text.slice(start, end)
    tokens.push({
      start: start + offset,
      end: end + offset,
      text: written,
      lower: written.toLowerCase(),
      pos: pos[i] ?? 'X',
      entity: entityOf[i] ?? '',
    })
  })
  const sentences: Sentence[] = []
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number]
    const own = tokens.slice(a, b + 1)
    const first = own[0]
    const last = own[own.length - 1]
    if (!first || !last) return
    // wink ends a sentence at "Sen." or "Dr.": a title abbreviation joins the next sentence.
    const prev = sentences[sentences.length - 1]
    // …and a sentence that starts with no space after the last one's full stop never started:
    // "at 8.15am" reads as "8", ".", "15am" (a British clock time, "£3.50", "v2.1").
    if (prev && (endsWithTitle(prev.tokens) || first.start === prev.end)) {
      sentences[sentences.length - 1] = {
        start: prev.start,
        end: last.end,
        tokens: [...prev.tokens, ...own],
      }
      return
    }
    sentences.push({ start: first.start, end: last.end, tokens: own })
  })
  return sentences
}

const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof sen rep gov lt col gen capt sgt cpl rev fr st mt supt insp det cllr hon'.split(
    ' ',
  ),
)

/** Whether a sentence ends with a title abbreviation such as "Sen." (not a real sentence end). */
function endsWithTitle(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]
  const before = tokens[tokens.length - 2]
  if (!last) return false
  if (/^\p{Lu}\p{Ll}*\.$/u.test(last.text)) return TITLE_ABBREVIATIONS.has(last.lower.slice(0, -1))
  return (
    last.text === '.' &&
    !!before &&
    before.end === last.start &&
    TITLE_ABBREVIATIONS.has(before.lower)
  )
}

const baseForms = new Map<string, boolean>()

/**
 * Whether a word reads as a verb's base form ("bake", "store", "be"; not "bakes", "ran" or
 * "caffeine"): how an instruction starts. wink tags a capitalised first word as a proper noun
 * often ("Store the jar"), so the word is read again, lower-cased, after "you". Cached per word.
 */
export function isBaseFormVerb(word: string): boolean {
  const w = word.toLowerCase()
  const known = baseForms.get(w)
  if (known !== undefined) return known
  let base = w === 'be'
  if (!base && /^[a-z][a-z-]*$/.test(w)) {
    const n = nlp()
    const tokens = n.readDoc(`you ${w} it`).tokens()
    const pos = tokens.out(n.its.pos) as string[]
    // wink's typing wants model add-ons for lemma; the English model carries them.
    const lemma = tokens.out(n.its.lemma as unknown as typeof n.its.value) as string[]
    base = pos.length === 3 && pos[1] === 'VERB' && lemma[1] === w
  }
  baseForms.set(w, base)
  return base
}

const commonNouns = new Map<string, boolean>()

/**
 * Whether a word reads as a common noun when it is not capitalised ("Muscles", "Utilities",
 * "Cloudy" is not): wink tags a capitalised first word as a proper noun often, so the word is
 * read again, lower-cased, after "the". Cached per word.
 */
export function isCommonNoun(word: string): boolean {
  const w = word.toLowerCase()
  const known = commonNouns.get(w)
  if (known !== undefined) return known
  let noun = false
  if (/^[a-z][a-z-]*$/.test(w)) {
    const n = nlp()
    const pos = n.readDoc(`the ${w} is here`).tokens().out(n.its.pos) as string[]
    noun = pos.length === 4 && pos[1] === 'NOUN'
  }
  commonNouns.set(w, noun)
  return noun
}

const adjectives = new Map<string, boolean>()

/** Whether a word reads as an adjective lower-cased ("Cloudy water"): see isCommonNoun. */
export function isAdjective(word: string): boolean {
  const w = word.toLowerCase()
  const known = adjectives.get(w)
  if (known !== undefined) return known
  let adj = false
  if (/^[a-z][a-z-]*$/.test(w)) {
    const n = nlp()
    const pos = n.readDoc(`the ${w} thing is here`).tokens().out(n.its.pos) as string[]
    adj = pos.length === 5 && (pos[1] === 'ADJ' || (pos[1] === 'VERB' && /ing$/.test(w)))
  }
  adjectives.set(w, adj)
  return adj
}
