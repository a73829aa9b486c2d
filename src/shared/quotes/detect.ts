import { readDocument } from '../language/document'
import { findQuotes } from './find'

export type QuoteKind = 'direct' | 'qa-answer'

/** Where a Q&A answer sits: its paragraph, and its "Name:" label if any. */
export interface QaPlace {
  /** Offset of the answer's paragraph. */
  readonly sectionStart: number
  /** The answer's speaker label ("**Ruiz:**"), or null when answers are marked "A:" or not at all. */
  readonly label: string | null
}

/**
 * A quote found in a Markdown body.
 *
 * `start`/`end` are offsets of the quoted words, inside the quotation marks (for a Q&A answer:
 * the answer after its "A:" label). A quote running over several paragraphs is one quote per
 * paragraph, and a quote split by an attribution ("…," she says, "…") is two quotes: each keeps
 * its own offsets (for highlighting and for the transcript check) and they share a `groupId`,
 * so attribution treats the group as one utterance. `groupId` is the index of the group's
 * first quote.
 */
export interface DetectedQuote {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: QuoteKind
  /** Index of the paragraph, counting headings as paragraphs. */
  readonly paragraph: number
  readonly groupId: number
  readonly qa?: QaPlace
}

/** Finds direct quotes and Q&A answers in a Markdown body (see find.ts and docs/quotes.md). */
export function detectQuotes(markdown: string): DetectedQuote[] {
  return findQuotes(readDocument(markdown))
}
