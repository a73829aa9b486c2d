import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringifyInSteps } from './json-steps'

describe('stringifyInSteps', () => {
  it('gives exactly what JSON.stringify gives', async () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withDate: true, withNullPrototype: true, withObjectString: true }),
    )
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        expect(await stringifyInSteps(v)).toBe(JSON.stringify(v))
      }),
      { numRuns: 300 },
    )
  })

  it('cuts long arrays into turns and still gives the same text', async () => {
    const claims = Array.from({ length: 2_000 }, (_, i) => ({
      id: `c${i}`,
      note: i % 7 === 0 ? undefined : `“Note” ${i}`,
      at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
      nested: { list: Array.from({ length: i % 300 }, (_, j) => (j % 5 === 0 ? undefined : j)) },
      skip: () => i,
    }))
    const state = { revisions: [['r1', 'h']], claims, quotes: [], legal: { subject: '' } }
    let turns = 0
    const counter = setInterval(() => turns++, 0)
    const text = await stringifyInSteps(state)
    clearInterval(counter)
    expect(text).toBe(JSON.stringify(state))
    expect(turns).toBeGreaterThan(3)
  })
})
