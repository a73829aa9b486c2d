import { plainMarkdown } from '@shared/text/markdown'
import { VERDICTS, VERDICT_LABELS, type Verdict } from '@shared/constants'
import type { AnchorStatus } from '@shared/claims/domain'
import { RULES, type RuleId } from '@shared/claims/rules'

export { VERDICTS } from '@shared/constants'

/** The verdict's full label ("Opinion (not a factual claim)"). */
export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict]
}

/** The verdict's label where space is short (chips, counts). */
export function shortVerdict(verdict: Verdict): string {
  return verdict === 'opinion' ? 'Opinion' : VERDICT_LABELS[verdict]
}

/** The digit key that sets a verdict on the focused claim ("1" is unchecked). */
export function verdictKey(verdict: Verdict): string {
  return String(VERDICTS.indexOf(verdict) + 1)
}

/** The verdict a digit key sets, or null. */
export function verdictOfKey(key: string): Verdict | null {
  const n = Number(key)
  return Number.isInteger(n) && n >= 1 && n <= VERDICTS.length ? (VERDICTS[n - 1] ?? null) : null
}

/** What a card says about its anchor; nothing when it sits where it was marked. */
export function statusLabel(status: AnchorStatus): string | null {
  switch (status) {
    case 'anchored':
      return null
    case 'moved':
      return 'Moved'
    case 'changed':
      return 'Text changed'
    case 'orphaned':
      return 'Orphaned'
  }
}

const RULE_LABELS = new Map(RULES.map((r) => [r.id, r.label]))

/** A spotter rule's label ("Percentages"). */
export function ruleLabel(id: RuleId): string {
  return RULE_LABELS.get(id) ?? id
}

/** The first words of a claim's text, for collapsed cards and accessible names. */
export function excerpt(text: string, max = 90): string {
  const plain = plainMarkdown(text).replace(/\s+/g, ' ').trim()
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain
}
