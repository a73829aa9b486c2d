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

/** wink-nlp with its English model (shipped in the npm package), made on first use. */
function nlp(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model)
  return engine
}

/**
 * Tokens and sentences of `text` (one paragraph, markup already blanked out), with offsets
 * shifted by `offset` into the body.
 */
export function readSentences(text: string, offset: number): Sentence[] {
  const n = nlp()
  const its = n.its
  const doc = n.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const entityOf = new Array<string>(values.length).fill('')
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number]
    const type = e.out(its.type) as string
    for (let i = a; i <= b; i++) entityOf[i] = type
  })
  const tokens: Token[] = []
  let cursor = 0
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor)
    // wink keeps every token's text as written; a token it normalised is placed at the cursor.
    const start = at >= 0 && at - cursor < 40 ? at : cursor
    const end = at >= 0 && at - cursor < 40 ? at + value.length : cursor
    cursor = end
    tokens.push({
      start: start + offset,
      end: end + offset,
      text: value,
      lower: value.toLowerCase(),
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
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens: own })
  })
  return sentences
}
