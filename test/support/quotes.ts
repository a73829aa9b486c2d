import type { QuoteRef } from '../../src/shared/legal/domain'

/**
 * The quotes of a short case in curly marks, as the disclosure check receives them: the speaker
 * is the first name in `who` whose key the quote holds, else none.
 */
export function said(body: string, who: Record<string, string>): QuoteRef[] {
  return [...body.matchAll(/“([^”]+)”/g)].map((m) => {
    const text = m[1] ?? ''
    const key = Object.keys(who).find((k) => text.includes(k))
    return {
      start: (m.index ?? 0) + 1,
      end: (m.index ?? 0) + 1 + text.length,
      speaker: key ? (who[key] ?? null) : null,
    }
  })
}
