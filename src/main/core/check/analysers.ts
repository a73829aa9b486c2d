import { spotClaims } from '@shared/claims/spotter'
import type { Analyser } from './report'

/** Proposes the sentences a fact-checker should check (see docs/claims.md). */
export const claimsAnalyser: Analyser = {
  name: 'claims',
  run: ({ body }) => ({
    claims: spotClaims(body).map(({ start, end, text, rules }) => ({ start, end, text, rules })),
  }),
}

/** Every analyser `galley check` runs, in order; later issues add quotes and disclosures here. */
export const ANALYSERS: readonly Analyser[] = [claimsAnalyser]
