// For the claim spotter's tests: whether a suggestion overlaps a phrase of a short text.
import { expect } from 'vitest'
import { spotClaims } from '../../src/shared/claims/spotter'

/** Whether any suggestion the spotter makes on `md` overlaps `phrase` (which must be in it). */
export function proposed(md: string, phrase: string): boolean {
  const at = md.indexOf(phrase)
  if (at < 0) throw new Error(`not in the text: ${phrase}`)
  return spotClaims(md).some((s) => s.start < at + phrase.length && at < s.end)
}

/** Each phrase is proposed (`want` true) or left alone (false); a failure names the phrase. */
export function expectProposed(md: string, phrases: readonly string[], want: boolean): void {
  for (const p of phrases) expect(proposed(md, p), p).toBe(want)
}
