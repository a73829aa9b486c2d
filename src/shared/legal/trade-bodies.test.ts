import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'
import { isNonCommercial, isPublicBody } from './slots'

// Articles written for these tests: a study called independent, its funder named at the foot.
const study = (funder: string) => `# Almonds and sleep

A handful of almonds before bed helped adults sleep 20 minutes longer, according to an independent study published on Monday.

The eight-week trial followed 230 volunteers in two cities.

"We did not expect an effect this large," said Dr Ada Lenk, who led it.

Dr Paul Ives, who was not involved, called the result modest.

Almonds are a source of magnesium.

Poor sleep affects about a third of adults, national figures show.

The study was funded by a grant from ${funder}, the authors said.
`

const errorsOf = (body: string) =>
  analyseDisclosures({ body, quotes: [] }).findings.filter((f) => f.severity === 'error')

describe('a trade body pays as an interested party', () => {
  it('flags research called independent and paid for by growers, makers or an industry board', () => {
    for (const funder of [
      'the Valley Almond Growers Council',
      'the Federation of Nut Processors',
      'the Almond Marketing Board',
    ]) {
      const [e] = errorsOf(study(funder))
      expect(e?.rule, funder).toBe('paid-research-undisclosed')
    }
  })

  it('does not flag public or charitable funders', () => {
    for (const funder of [
      'the National Research Council',
      'the Sleep Health Foundation',
      'the Bakers and Allied Workers Union',
    ])
      expect(errorsOf(study(funder)), funder).toEqual([])
  })

  // Review of 877eca7 (round 30): a trade word inside a state's own body or a trade's charity.
  it('does not flag a state body that regulates trade, or a charity for a trade', () => {
    for (const funder of [
      'the Federal Trade Commission',
      'the Department of Trade and Industry',
      'the Department of Industry, Science and Resources',
      'the Young Farmers Trust',
      'the Health Promotion Council',
    ])
      expect(errorsOf(study(funder)), funder).toEqual([])
    // The growers' and makers' own bodies still pay as interested parties.
    const [e] = errorsOf(study('the Walnut Growers Council'))
    expect(e?.rule).toBe('paid-research-undisclosed')
  })

  // Review (round 30): a place's own body named after the place's possessive.
  it('reads a place’s public body as the funder, not the place; a company’s body stays its own', () => {
    for (const funder of ["Japan's Ministry of Health", "Norway's Research Council"])
      expect(errorsOf(study(funder)), funder).toEqual([])
    for (const funder of ["Norvane's charitable foundation", "California's Walnut Growers Council"])
      expect(errorsOf(study(funder))[0]?.rule, funder).toBe('paid-research-undisclosed')
  })

  it('reads the words of the name', () => {
    expect(isPublicBody('Federal Trade Commission')).toBe(true)
    expect(isNonCommercial('Retail Trust')).toBe(true)
    expect(isPublicBody('Walnut Growers Council')).toBe(false)
    expect(isPublicBody('Harlow City Council')).toBe(true)
    expect(isNonCommercial('Federation of Master Bakers')).toBe(false)
    expect(isNonCommercial('Sleep Health Foundation')).toBe(true)
  })
})
