import type { Span } from '../text'
import { reasonFor, RULES, type RuleId } from './rules'
import type { ClaimSuggestion, RuleEvidence } from './spotter'

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))
/** Characters a remaining piece does not start or end with. */
const EDGE = /[\s,;:—–\-"“”‘’'()]/

/**
 * The suggestions still open once some text is marked as claims. A suggestion no claim touches
 * stays as it is; one a claim covers wholly goes; one a claim covers in part keeps the rest of
 * its span, in pieces, wherever a rule still fires ("The serum costs £68 and is vegan": marking
 * "costs £68" leaves "is vegan" proposed, with the product rule and its reason).
 */
export function remainingSuggestions(
  suggestions: readonly ClaimSuggestion[],
  claims: readonly Span[],
  body: string,
): ClaimSuggestion[] {
  const out: ClaimSuggestion[] = []
  // Claims by start, with the furthest end so far: each suggestion looks only at the claims that
  // can reach it (a binary search, then back while one could still end inside it), so thousands
  // of suggestions and claims in a long draft cost n log n, not n × m.
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const c of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, c.end))
  for (const s of suggestions) {
    const covering: Span[] = []
    for (let i = startsBefore(sorted, s.end) - 1; i >= 0 && (reach[i] ?? 0) > s.start; i--) {
      const c = sorted[i] as Span
      if (s.start < c.end) covering.push(c)
    }
    covering.sort((a, b) => a.start - b.start)
    if (covering.length === 0) {
      out.push(s)
      continue
    }
    let at = s.start
    for (const c of [...covering, { start: s.end, end: s.end }]) {
      if (c.start > at) {
        const piece = rest(s, body, at, Math.min(c.start, s.end))
        if (piece) out.push(piece)
      }
      at = Math.max(at, c.end)
    }
  }
  return out
}

/** How many of the claims (sorted by start) start before `at`. */
function startsBefore(sorted: readonly Span[], at: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as Span).start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The part [from, to) of a suggestion, trimmed, with the evidence inside it; null if none. */
function rest(s: ClaimSuggestion, body: string, from: number, to: number): ClaimSuggestion | null {
  let start = from
  let end = to
  while (start < end && EDGE.test(body[start] ?? '')) start++
  while (end > start && EDGE.test(body[end - 1] ?? '')) end--
  const text = body.slice(start, end)
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2) return null
  const evidence: RuleEvidence[] = s.evidence.filter((e) => e.start >= start && e.end <= end)
  if (evidence.length === 0) return null
  const rules: RuleId[] = [...new Set(evidence.map((e) => e.rule))].sort(
    (a, b) => (RULE_ORDER.get(a) ?? 0) - (RULE_ORDER.get(b) ?? 0),
  )
  const reasons = rules.map((rule) =>
    reasonFor(rule, evidence.find((e: RuleEvidence) => e.rule === rule)?.text ?? ''),
  )
  return { start, end, text, rules, reasons, evidence }
}
