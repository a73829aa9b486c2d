import { findRuleMatches, RULES, type RuleId, type RuleMatch } from './rules'
import { maskInlineMarkdown, splitSentences, type SentenceSpan } from './sentences'

export { RULES, RULE_IDS, type ClaimRule, type RuleId } from './rules'

/** A piece of a suggestion that made a rule fire. */
export interface RuleEvidence {
  readonly rule: RuleId
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A sentence the spotter proposes to check, and why. Offsets are into the given text. */
export interface ClaimSuggestion {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The rules that fired, in the order of RULES. */
  readonly rules: readonly RuleId[]
  /** One line per rule, same order as `rules`. */
  readonly reasons: readonly string[]
  /** Where each rule fired inside the sentence, for highlighting. */
  readonly evidence: readonly RuleEvidence[]
}

export interface SpotOptions {
  /** Headings are skipped by default: they restate the body, where the claim is checked. */
  readonly includeHeadings?: boolean
}

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]))

/** Instructions start with a verb in the imperative; they tell, they do not claim. */
const IMPERATIVE =
  /^[\s"“'‘(]*(?:Apply|Add|Ask|Avoid|Buy|Check|Choose|Click|Consider|Do|Don['’]t|Find|Follow|Get|Go|Imagine|Keep|Leave|Let|Look|Make|Massage|Mix|Note|Pat|Picture|Put|Read|Remember|Rinse|See|Shop|Start|Store|Take|Think|Try|Use|Wash|Watch)\b/u
/** A first-person aside: "I", "my", "me". Only strong rules count there. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)(?![\p{L}'’])/u

function isQuestion(sentence: string): boolean {
  return /\?[\s"'”’)\]*_]*$/u.test(sentence)
}

/** Binary search: index of the first match starting at or after `pos`. */
function firstFrom(matches: readonly RuleMatch[], pos: number): number {
  let lo = 0
  let hi = matches.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((matches[mid]?.start ?? 0) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

function reasonFor(rule: RuleId, quoted: string): string {
  const r = RULE_BY_ID.get(rule)
  if (!r) return rule
  const q = quoted.replace(/\s+/g, ' ').trim()
  return `${r.finding} (“${q}”): ${r.why}.`
}

function suggestionFor(
  text: string,
  masked: string,
  span: SentenceSpan,
  byRule: readonly RuleMatch[][],
): ClaimSuggestion | null {
  const sentence = masked.slice(span.start, span.end)
  if (isQuestion(sentence)) return null
  const evidence: RuleEvidence[] = []
  const rules: RuleId[] = []
  const reasons: string[] = []
  for (const matches of byRule) {
    for (let i = firstFrom(matches, span.start); i < matches.length; i++) {
      const m = matches[i]
      if (!m || m.start >= span.end) break
      if (m.end > span.end) continue
      const quoted = text.slice(m.start, m.end)
      if (rules[rules.length - 1] !== m.rule) {
        rules.push(m.rule)
        reasons.push(reasonFor(m.rule, masked.slice(m.start, m.end)))
      }
      evidence.push({ rule: m.rule, start: m.start, end: m.end, text: quoted })
    }
  }
  if (rules.length === 0) return null
  const subjective = IMPERATIVE.test(sentence) || FIRST_PERSON.test(sentence)
  if (subjective && rules.every((id) => RULE_BY_ID.get(id)?.strength === 'weak')) return null
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    rules,
    reasons,
    evidence,
  }
}

/**
 * Proposes sentences of a Markdown text that a fact-checker should check, each with the rules
 * that fired and a one-line reason per rule. Offline and deterministic.
 *
 * Not proposed: questions, headings (unless asked), code, and first-person asides or
 * instructions in which only weak rules (absolute words, comparisons, dates) fire.
 */
export function spotClaims(text: string, options: SpotOptions = {}): ClaimSuggestion[] {
  const masked = maskInlineMarkdown(text)
  const byRule = findRuleMatches(masked)
  const out: ClaimSuggestion[] = []
  for (const span of splitSentences(text, masked)) {
    if (span.block === 'heading' && !options.includeHeadings) continue
    const s = suggestionFor(text, masked, span, byRule)
    if (s) out.push(s)
  }
  return out
}
