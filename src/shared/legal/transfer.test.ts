import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

/**
 * Abilities the fresh set showed missing (issue 11, second transfer round), each on short cases
 * written for the behaviour with other brands, people and topics than any labelled article.
 */
const FILLER = [
  'Most models weigh under a kilo and fold flat for storage.',
  'Battery life ranged from four hours to a full day in our use.',
  'Prices start at about £30 and rise quickly with extra features.',
]
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join('\n\n')

const read = (body: string) => analyseDisclosures({ body, quotes: [] })
/** "kind/wording: text" of every disclosure. */
const found = (body: string) =>
  read(body).disclosures.map((d) => `${d.kind}/${d.wording}: ${d.text}`)

describe('what a funding verb funds', () => {
  it('reads a piece paid for by a company as a sponsorship, not research', () => {
    const body = `# Learning to row\n\n${filler(2)}\n\nThis feature was paid for by Oarsome Clubs and written by our partnerships team.\n`
    expect(found(body)).toEqual([
      'sponsored/clear: This feature was paid for by Oarsome Clubs and written by our partnerships team.',
    ])
  })

  it('reads research a coordinated predicate says the maker paid for, naming the maker the piece is about', () => {
    const body = [
      '# A pillow that tracks snoring',
      '**Early results look good, though the trial was small and funded by the manufacturer.**',
      'Dozewell Labs makes the pillow. Dozewell says it will ship in spring.',
      filler(2),
      'A Dozewell engineer showed us the sensor. Dozewell would not give a price.',
    ].join('\n\n')
    const r = read(body)
    const research = r.disclosures.filter((d) => d.kind === 'material-connection')
    expect(research.map((d) => d.brands)).toEqual([['Dozewell Labs']])
    expect(research[0]?.text).toContain('the trial was small and funded by the manufacturer')
  })
})

describe('a name used as only a seller or a product is used', () => {
  it('reads a thank-you to a shop the text prices things at as a gift it does not spell out', () => {
    const body = [
      '# Four rice cookers, tested',
      `${filler(1)} We bought three of the cookers ourselves. Thanks to Marlo Grey for the fourth.`,
      '### Best for two: Marlo Grey Duo 3, £35',
      'It cooked well and cleaned up in a minute.',
      '[£35 at Marlo Grey](https://shop.example/marlo-duo-3)',
    ].join('\n\n')
    expect(found(body)).toContain('gifted-product/ambiguous: Thanks to Marlo Grey for the fourth.')
  })

  it('does not make a person a brand for a price near their name', () => {
    const body = `# Rents\n\nAna Ruiz, 34, pays £900 a month. Thanks to Ana Ruiz for her time.\n`
    expect(found(body)).toEqual([])
  })
})
