import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateCorpus } from './run'

/**
 * The disclosure reader on whole articles written for its abilities (eval/cases/disclosures):
 * every labelled disclosure found with its kind, and no error finding on these clean pieces.
 */
describe('disclosures in whole articles', () => {
  it('finds every disclosure with the right kind and no false error', async () => {
    const scores = await evaluateCorpus(resolve(import.meta.dirname, 'cases', 'disclosures'))
    expect(scores.length).toBeGreaterThan(0)
    for (const s of scores) {
      expect({
        file: s.file,
        found: s.disclosures.found,
        kindRight: s.disclosures.kindRight,
      }).toEqual({
        file: s.file,
        found: s.disclosures.truth,
        kindRight: s.disclosures.truth,
      })
      expect({ file: s.file, falseErrors: s.errors.falseErrors, exit: s.exit.actual }).toEqual({
        file: s.file,
        falseErrors: 0,
        exit: s.exit.expected,
      })
    }
  }, 120_000)
})
