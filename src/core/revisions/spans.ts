import type { RevisionSpans } from '@shared/channels/revisions'
import type { Person } from '@shared/domain'
import { detectDisclosures } from '@shared/legal/detect'
import { attributeQuotes } from '@shared/quotes/attribute'
import { detectQuotes } from '@shared/quotes/detect'

/** What the spans of one revision are computed from, as plain data a worker can receive. */
export interface SpansInput {
  readonly body: string
  readonly people: readonly Person[]
  readonly brands: readonly string[]
}

/**
 * The quotes (with speakers, the people register consulted) and disclosures in one revision,
 * for the compare view. Pure and O(n) over the body: the analysis workers run it
 * (AnalysisService.spans), never the event loop and never the window.
 */
export function spansOf({ body, people, brands }: SpansInput): RevisionSpans {
  const quotes = detectQuotes(body)
  const speakers = attributeQuotes(body, quotes, people)
  return {
    quotes: quotes.map((q, i) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: speakers[i]?.speaker ?? null,
    })),
    disclosures: detectDisclosures(body, brands).map(({ start, end, text, kind, wording }) => ({
      start,
      end,
      text,
      kind,
      wording,
    })),
  }
}
