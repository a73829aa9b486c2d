import { spotClaims } from '@shared/claims/spotter'
import { analyseDisclosures } from '@shared/legal/rules'
import { attributeQuotes, type Attribution } from '@shared/quotes/attribute'
import { detectQuotes, type DetectedQuote } from '@shared/quotes/detect'
import type { Analyser, Finding } from './report'

/**
 * The quotes of a body and their speakers, read once for the quotes and disclosures analysers
 * (the last body asked about is kept: `galley check` runs both on one body, one after the other).
 */
let lastQuotes: {
  readonly body: string
  readonly quotes: readonly DetectedQuote[]
  readonly speakers: readonly Attribution[]
} | null = null
function quotesOf(body: string): NonNullable<typeof lastQuotes> {
  if (lastQuotes?.body !== body) {
    const quotes = detectQuotes(body)
    lastQuotes = { body, quotes, speakers: attributeQuotes(body, quotes) }
  }
  return lastQuotes
}

/** Proposes the sentences a fact-checker should check (see docs/claims.md). */
export const claimsAnalyser: Analyser = {
  name: 'claims',
  run: ({ body }) => ({
    claims: spotClaims(body).map(({ start, end, text, rules }) => ({ start, end, text, rules })),
  }),
}

/** Finds direct quotes and Q&A answers and who said them; a quote with no speaker is a warning. */
export const quotesAnalyser: Analyser = {
  name: 'quotes',
  run: ({ body }) => {
    const { quotes, speakers } = quotesOf(body)
    const findings: Finding[] = []
    const out = quotes.map((q, i) => {
      const speaker = speakers[i]?.speaker ?? null
      if (speaker === null) {
        findings.push({
          severity: 'warning',
          rule: 'quote-no-speaker',
          message: `No speaker found for the quote “${excerpt(q.text)}”: attribute it or cut it.`,
          start: q.start,
          end: q.end,
        })
      }
      return { start: q.start, end: q.end, text: q.text, speaker, kind: q.kind }
    })
    return { quotes: out, findings }
  },
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat
}

/**
 * Finds disclosure statements and runs the FTC-style checks (docs/disclosures.md); an
 * endorsement by a connected person with no disclosure close to it is an error.
 */
export const disclosuresAnalyser: Analyser = {
  name: 'disclosures',
  run: ({ body }) => {
    const { quotes, speakers } = quotesOf(body)
    const quoteRefs = quotes.map((q, i) => ({
      start: q.start,
      end: q.end,
      speaker: speakers[i]?.speaker ?? null,
    }))
    // No people register here: the ties are the ones the text itself states.
    const report = analyseDisclosures({ body, quotes: quoteRefs })
    return {
      disclosures: report.disclosures.map(({ start, end, text, kind }) => ({
        start,
        end,
        text,
        kind,
      })),
      findings: report.findings.map(({ rule, severity, message, start, end, related }) => ({
        rule,
        severity,
        message,
        start,
        end,
        ...(related ? { related: related.map((r) => ({ start: r.start, end: r.end })) } : {}),
      })),
    }
  },
}

/** Every analyser `galley check` runs, in order. */
export const ANALYSERS: readonly Analyser[] = [claimsAnalyser, quotesAnalyser, disclosuresAnalyser]
