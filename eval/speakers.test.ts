import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateCorpus } from './run'

/**
 * Quotes and speakers on whole articles written for the speaker abilities (eval/cases/speakers):
 * every labelled quote found, nothing else taken for a quote, and every speaker right.
 */
describe('quotes and speakers in whole articles', () => {
  it('finds every quote and gives each the labelled speaker', async () => {
    const scores = await evaluateCorpus(resolve(import.meta.dirname, 'cases', 'speakers'))
    expect(scores.length).toBeGreaterThan(0)
    for (const s of scores) {
      expect({ file: s.file, unplaced: s.unplaced, missed: s.missed.quotes }).toEqual({
        file: s.file,
        unplaced: [],
        missed: [],
      })
      expect({ file: s.file, detected: s.quotes.detected, wrong: s.speakers.wrong }).toEqual({
        file: s.file,
        detected: s.quotes.truth,
        wrong: [],
      })
    }
  }, 120_000)
})
