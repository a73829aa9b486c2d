// For the claim spotter's tests: which phrases of a short text a suggestion overlaps.
import { spotClaims } from '../../src/shared/claims/spotter'

/** Whether any suggestion the spotter makes on `md` overlaps `phrase` (which must be in it). */
export function proposed(md: string, phrase: string): boolean {
  const at = md.indexOf(phrase)
  if (at < 0) throw new Error(`not in the text: ${phrase}`)
  return spotClaims(md).some((s) => s.start < at + phrase.length && at < s.end)
}

/**
 * The phrases split by whether a suggestion overlaps them, so an assertion names the ones on the
 * wrong side: `expect(proposals(md, wanted).missed).toEqual([])`.
 */
export function proposals(
  md: string,
  phrases: readonly string[],
): { proposed: string[]; missed: string[] } {
  const out = { proposed: [] as string[], missed: [] as string[] }
  for (const p of phrases) (proposed(md, p) ? out.proposed : out.missed).push(p)
  return out
}
