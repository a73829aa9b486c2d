import { attributeQuotes } from '../src/shared/quotes/attribute'
import { detectQuotes } from '../src/shared/quotes/detect'
import { LABELLED_PASSAGES, type LabelledPassage } from './cases/quote-passages'

/** Quotation marks folded and white space collapsed, to compare quote texts. */
function loose(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

export interface QuoteMiss {
  readonly passage: string
  readonly what: 'missed' | 'spurious' | 'wrong-speaker'
  readonly text: string
  readonly expected?: string | null
  readonly got?: string | null
}

export interface QuoteEvaluation {
  readonly passages: number
  readonly expected: number
  readonly detected: number
  readonly matched: number
  /** Detected quotes that are expected ones. */
  readonly precision: number
  /** Expected quotes that were detected. */
  readonly recall: number
  /** Of the matched quotes, those given the expected speaker (null included). */
  readonly attributionAccuracy: number
  readonly misses: readonly QuoteMiss[]
}

const key = (s: string): string =>
  loose(s)
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '')
    .toLowerCase()
const person = (s: string | null): string | null => (s === null ? null : loose(s).toLowerCase())

/** Runs detection and attribution over the labelled passages and scores them. */
export function evaluateQuotes(
  passages: readonly LabelledPassage[] = LABELLED_PASSAGES,
): QuoteEvaluation {
  let expected = 0
  let detected = 0
  let matched = 0
  let correct = 0
  const misses: QuoteMiss[] = []
  for (const p of passages) {
    const quotes = detectQuotes(p.markdown)
    const speakers = attributeQuotes(p.markdown, quotes)
    // A quote over several paragraphs is one entry per paragraph (the corpus convention).
    const parts = p.expected.flatMap((x) => x.text.split(/\n\n+/).map((text) => ({ ...x, text })))
    expected += parts.length
    detected += quotes.length
    const used = new Set<number>()
    for (const e of parts) {
      const i = quotes.findIndex((q, j) => !used.has(j) && key(q.text) === key(e.text))
      if (i < 0) {
        misses.push({ passage: p.id, what: 'missed', text: e.text })
        continue
      }
      used.add(i)
      matched++
      const got = speakers[i]?.speaker ?? null
      if (person(got) === person(e.speaker)) correct++
      else
        misses.push({
          passage: p.id,
          what: 'wrong-speaker',
          text: e.text,
          expected: e.speaker,
          got,
        })
    }
    quotes.forEach((q, j) => {
      if (!used.has(j)) misses.push({ passage: p.id, what: 'spurious', text: q.text })
    })
  }
  return {
    passages: passages.length,
    expected,
    detected,
    matched,
    precision: detected ? matched / detected : 1,
    recall: expected ? matched / expected : 1,
    attributionAccuracy: matched ? correct / matched : 1,
    misses,
  }
}
