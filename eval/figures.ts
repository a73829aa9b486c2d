import type { ArticleScore } from './corpus/score'

/** The overall figures the analysers issue sets targets for. */
export interface Figures {
  readonly articles: number
  readonly quoteRecall: number
  readonly quotePrecision: number
  readonly speakerRight: number
  readonly claimRecall: number
  /** Share of suggested claims that match no true claim. */
  readonly claimExtra: number
  readonly claimNoisePer1000Words: number
  readonly disclosureRecall: number
  readonly disclosureKindRight: number
  readonly errorRecall: number
  readonly warningRecall: number
  /** Detected disclosures that match no labelled one. */
  readonly extraDisclosures: number
  /** Warnings on text no labelled finding points at. */
  readonly falseWarnings: number
  readonly falseErrors: number
  /** Clean articles (no true error) with any error finding. */
  readonly cleanWithErrors: number
  readonly exitRight: number
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const sum = (xs: readonly ArticleScore[], f: (s: ArticleScore) => number) =>
  xs.reduce((n, s) => n + f(s), 0)

/** Sums the articles' counts into the overall figures. */
export function figures(scores: readonly ArticleScore[]): Figures {
  const words = sum(scores, (s) => s.words)
  return {
    articles: scores.length,
    quoteRecall: ratio(
      sum(scores, (s) => s.quotes.found),
      sum(scores, (s) => s.quotes.truth),
    ),
    quotePrecision: ratio(
      sum(scores, (s) => s.quotes.correct),
      sum(scores, (s) => s.quotes.detected),
    ),
    speakerRight: ratio(
      sum(scores, (s) => s.speakers.right),
      sum(scores, (s) => s.speakers.found),
    ),
    claimRecall: ratio(
      sum(scores, (s) => s.claims.found),
      sum(scores, (s) => s.claims.truth),
    ),
    claimExtra: ratio(
      sum(scores, (s) => s.claims.extra),
      sum(scores, (s) => s.claims.detected),
    ),
    claimNoisePer1000Words: (1000 * sum(scores, (s) => s.claims.extra)) / Math.max(1, words),
    disclosureRecall: ratio(
      sum(scores, (s) => s.disclosures.found),
      sum(scores, (s) => s.disclosures.truth),
    ),
    disclosureKindRight: ratio(
      sum(scores, (s) => s.disclosures.kindRight),
      sum(scores, (s) => s.disclosures.found),
    ),
    errorRecall: ratio(
      sum(scores, (s) => s.errors.found),
      sum(scores, (s) => s.errors.truth),
    ),
    warningRecall: ratio(
      sum(scores, (s) => s.warnings.found),
      sum(scores, (s) => s.warnings.truth),
    ),
    extraDisclosures: sum(scores, (s) => s.disclosures.extra),
    falseWarnings: sum(scores, (s) => s.warnings.falseWarnings),
    falseErrors: sum(scores, (s) => s.errors.falseErrors),
    cleanWithErrors: scores.filter((s) => s.errors.truth === 0 && s.exit.actual === 1).length,
    exitRight: scores.filter((s) => s.exit.expected === s.exit.actual).length,
  }
}

/** The targets; CI gates a little below them so a regression fails. */
export const TARGETS = {
  quoteRecall: 0.97,
  quotePrecision: 0.97,
  speakerRight: 0.95,
  claimRecall: 0.92,
  claimExtraMax: 0.1,
  disclosureRecall: 0.95,
  errorRecall: 1,
} as const

/** One line a person or CI log can read. */
export function summaryLine(f: Figures): string {
  const p = (x: number) => x.toFixed(2)
  return (
    `eval: ${f.articles} articles · quotes recall ${p(f.quoteRecall)} precision ${p(f.quotePrecision)}` +
    ` · speakers ${p(f.speakerRight)} · claims recall ${p(f.claimRecall)} extra ${p(f.claimExtra)}` +
    ` · disclosures ${p(f.disclosureRecall)} (kind ${p(f.disclosureKindRight)}, ${f.extraDisclosures} extra)` +
    ` · errors ${p(f.errorRecall)}, false ${f.falseErrors} · warnings ${p(f.warningRecall)}, false ${f.falseWarnings}` +
    ` · exit right ${f.exitRight}/${f.articles}`
  )
}
