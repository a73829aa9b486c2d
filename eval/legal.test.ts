import { describe, expect, it } from 'vitest'
import { evaluateDisclosures, LABELLED_CASES } from './legal'

describe('labelled disclosure cases', () => {
  it('has at least 30 cases with unique ids, each of every rule represented', () => {
    expect(LABELLED_CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(LABELLED_CASES.map((c) => c.id)).size).toBe(LABELLED_CASES.length)
    const rules = new Set(LABELLED_CASES.flatMap((c) => c.expect))
    expect(rules.size).toBe(9)
  })

  it('catches every error case with at most 1 in 10 findings wrong', () => {
    const e = evaluateDisclosures()
    expect(e.errorCasesCaught).toBe(e.errorCasesTotal)
    expect(e.wrongRatio).toBeLessThanOrEqual(0.1)
    expect(e.rightRatio).toBeGreaterThanOrEqual(0.9)
  })
})
