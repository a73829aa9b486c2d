import type { CheckReport } from '../../src/core/check/report'
import { locate, project } from './visible'
import type { Truth } from './truth'

interface Span {
  readonly start: number
  readonly end: number
}

/** Counts for one article; figures are computed from sums of these. */
export interface ArticleScore {
  readonly file: string
  readonly words: number
  /** Truth strings that could not be found in the imported text (a harness problem). */
  readonly unplaced: readonly string[]
  readonly quotes: { truth: number; found: number; detected: number; correct: number }
  readonly speakers: { found: number; right: number; wrong: readonly string[] }
  readonly claims: { truth: number; found: number; detected: number; extra: number }
  /** `extra`: detected disclosures that touch no true disclosure. */
  readonly disclosures: {
    truth: number
    found: number
    kindRight: number
    detected: number
    extra: number
  }
  readonly errors: { truth: number; found: number; falseErrors: number }
  /** `falseWarnings`: warnings that touch none of any true finding's overlaps. */
  readonly warnings: { truth: number; found: number; falseWarnings: number }
  readonly exit: { expected: number; actual: number }
  readonly missed: {
    readonly quotes: readonly string[]
    readonly claims: readonly string[]
    /** Suggestions that touch no true claim (their text). */
    readonly extraClaims: readonly string[]
    readonly disclosures: readonly string[]
    readonly findings: readonly string[]
    /** Detected disclosures that touch no true one (kind: text). */
    readonly extraDisclosures: readonly string[]
    /** Warnings that touch no true finding (rule: text). */
    readonly falseWarnings: readonly string[]
  }
}

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const touches = (a: Span, b: Span) => overlap(a, b) > 0
const KIND: Readonly<Record<string, string>> = { 'gifted-product': 'gifted' }

/** Whether a detected speaker counts for the true one (corpus README, "Speaker correct"). */
export function speakerMatches(detected: string | null, truth: string | null): boolean {
  if (truth === null) return detected === null
  if (detected === null) return false
  const d = detected.toLowerCase().trim()
  const t = truth.toLowerCase().trim()
  if (d === t) return true
  const tWords = t.split(/\s+/)
  const dWords = d
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
  // A person: the surname (or the full name) matches.
  if (tWords.length > 1 && dWords.at(-1) === tWords.at(-1)) return true
  if (tWords.length === 1 && dWords.includes(t)) return true
  // An organisation: the detected phrase names it ("a Brightmere spokesperson").
  return d.includes(t) || (t.length > 3 && d.length > 3 && t.includes(d) && dWords.length > 1)
}

/** Scores one `galley check` report against the article's truth. */
export function scoreArticle(truth: Truth, body: string, report: CheckReport): ArticleScore {
  const projection = project(body)
  const unplaced: string[] = []
  const place = (s: string): Span[] => {
    const spans = locate(body, projection, s)
    if (spans.length === 0) unplaced.push(s)
    return spans
  }
  // Repeated truth strings take successive occurrences.
  const used = new Map<string, number>()
  const placeOnce = (s: string): Span | null => {
    const spans = place(s)
    const k = used.get(s) ?? 0
    used.set(s, k + 1)
    return spans[Math.min(k, spans.length - 1)] ?? null
  }

  const trueQuotes = truth.quotes.map((q) => ({ ...q, span: placeOnce(q.text) }))
  let qFound = 0
  let right = 0
  const wrong: string[] = []
  const missedQuotes: string[] = []
  for (const q of trueQuotes) {
    const span = q.span
    if (!span) continue
    const len = span.end - span.start
    const hit = report.quotes.find((d) => overlap(d, span) >= 0.5 * len)
    if (!hit) {
      missedQuotes.push(q.text)
      continue
    }
    qFound++
    if (speakerMatches(hit.speaker, q.speaker)) right++
    else
      wrong.push(
        `“${q.text.slice(0, 50)}” → ${hit.speaker ?? 'null'} (truth: ${q.speaker ?? 'null'})`,
      )
  }
  const quoteSpans = trueQuotes.flatMap((q) => (q.span ? [q.span] : []))
  const correctQuotes = report.quotes.filter((d) => quoteSpans.some((s) => touches(d, s))).length

  const claimSpans = truth.claims.map((c) => ({ text: c, spans: place(c) }))
  const missedClaims = claimSpans
    .filter((c) => !c.spans.some((s) => report.claims.some((d) => touches(d, s))))
    .map((c) => c.text)
  const allClaimSpans = claimSpans.flatMap((c) => c.spans)
  const extraClaims = report.claims.filter((d) => !allClaimSpans.some((s) => touches(d, s)))
  const extra = extraClaims.length

  let dFound = 0
  let kindRight = 0
  const missedDisclosures: string[] = []
  for (const t of truth.disclosures) {
    const spans = place(t.text)
    const hit = report.disclosures.find((d) => spans.some((s) => touches(d, s)))
    if (!hit) {
      missedDisclosures.push(`${t.kind}: ${t.text}`)
      continue
    }
    dFound++
    if ((KIND[hit.kind] ?? hit.kind) === t.kind) kindRight++
  }

  // (locate, not place: each truth string is reported unplaced once, above.)
  const trueDisclosureSpans = truth.disclosures.flatMap((t) => locate(body, projection, t.text))
  const extraDisclosures = report.disclosures.filter(
    (d) => !trueDisclosureSpans.some((s) => touches(d, s)),
  )

  const findingsOf = (sev: 'error' | 'warning') =>
    report.findings.filter((f) => f.severity === sev && f.start !== undefined) as (Span & {
      severity: string
      rule: string
    })[]
  const missedFindings: string[] = []
  const count = (sev: 'error' | 'warning') => {
    const detected = findingsOf(sev)
    let found = 0
    for (const f of truth.findings.filter((x) => x.severity === sev)) {
      const spans = f.overlaps.flatMap((o) => place(o))
      if (detected.some((d) => spans.some((s) => touches(d, s)))) found++
      else missedFindings.push(`${sev}: ${f.rule}`)
    }
    return found
  }
  const errorsFound = count('error')
  const warningsFound = count('warning')
  const trueErrorSpans = truth.findings
    .filter((f) => f.severity === 'error')
    .flatMap((f) => f.overlaps.flatMap((o) => locate(body, projection, o)))
  const falseErrors = report.findings.filter(
    (f) =>
      f.severity === 'error' &&
      (f.start === undefined ||
        !trueErrorSpans.some((s) => touches({ start: f.start ?? 0, end: f.end ?? 0 }, s))),
  ).length
  // A warning is false when it touches nothing any true finding points at (of either severity:
  // a warning on an error's endorsement is about the right text). Only the legal findings the
  // truth labels count: not a quote with no speaker, nor a note on what could not be read.
  const trueFindingSpans = truth.findings.flatMap((f) =>
    f.overlaps.flatMap((o) => locate(body, projection, o)),
  )
  const falseWarnings = report.findings.filter(
    (f) =>
      f.severity === 'warning' &&
      !f.rule.startsWith('quote-') &&
      f.rule !== 'analysis-limit' &&
      f.start !== undefined &&
      !trueFindingSpans.some((s) => touches({ start: f.start ?? 0, end: f.end ?? 0 }, s)),
  )
  const actualExit = report.findings.some((f) => f.severity === 'error') ? 1 : 0

  return {
    file: truth.file,
    words: projection.text.split(/\s+/).filter(Boolean).length,
    unplaced,
    quotes: {
      truth: trueQuotes.length,
      found: qFound,
      detected: report.quotes.length,
      correct: correctQuotes,
    },
    speakers: { found: qFound, right, wrong },
    claims: {
      truth: truth.claims.length,
      found: truth.claims.length - missedClaims.length,
      detected: report.claims.length,
      extra,
    },
    disclosures: {
      truth: truth.disclosures.length,
      found: dFound,
      kindRight,
      detected: report.disclosures.length,
      extra: extraDisclosures.length,
    },
    errors: {
      truth: truth.findings.filter((f) => f.severity === 'error').length,
      found: errorsFound,
      falseErrors,
    },
    warnings: {
      truth: truth.findings.filter((f) => f.severity === 'warning').length,
      found: warningsFound,
      falseWarnings: falseWarnings.length,
    },
    exit: { expected: truth.expected_exit, actual: actualExit },
    missed: {
      quotes: missedQuotes,
      claims: missedClaims,
      extraClaims: extraClaims.map((d) => d.text),
      disclosures: missedDisclosures,
      findings: missedFindings,
      extraDisclosures: extraDisclosures.map((d) => `${d.kind}: ${body.slice(d.start, d.end)}`),
      falseWarnings: falseWarnings.map(
        (f) => `${f.rule}: ${body.slice(f.start ?? 0, f.end ?? 0).slice(0, 80)}`,
      ),
    },
  }
}
