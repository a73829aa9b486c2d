// Disclosure frames read by meaning (issue 11, round 28). Every sentence is invented.
import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'
import { filler } from '../../../test/support/legal'

/** "kind/wording [text]" of every disclosure in a short piece around `text`. */
function read(text: string): string[] {
  const body = `# A short piece\n\nSome opening words about the subject.\n\n${text}\n\n${filler(1)}\n`
  return analyseDisclosures({ body }).disclosures.map(
    (d) => `${d.kind}/${d.wording} [${body.slice(d.start, d.end)}]`,
  )
}
const kinds = (text: string) => read(text).map((d) => d.split(' ')[0])

describe('a verb of giving is a gift only when a thing is handed over', () => {
  it.each([
    'Halbrook Outdoors gave me an interview after weeks of asking.',
    'Pellmar gave me a quote for the repair.',
    'Redfern Audio gave us a tour of the factory.',
    'Oakbran Oats give me 24g of protein a bowl.',
    'Oakbran Oats give you 30% of your daily iron.',
    'The Loma lamp gives you 20 hours of light on one charge.',
    'The Corvane jacket gives me confidence on wet descents.',
    'Tessly Bars give me energy for the last ten kilometres.',
    'We were given an interview by Pellmar.',
  ])('“%s” is no gift', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it.each([
    'Halbrook Outdoors gave me the jacket to test.',
    'Redfern Audio gave us two pairs of headphones for this review.',
    'Pellmar gave us a number of samples to try.',
    'Pellmar gave us early access to the app.',
    'Pellmar gave me a free night at the hotel.',
    'We were given the tent by Pellmar.',
  ])('“%s” stays a gift', (text) => {
    expect(kinds(text)).toEqual(['gifted-product/clear'])
  })

  it('reads no gift from people paying for their own meals', () => {
    expect(kinds('Residents paid for their meals at the hall.')).toEqual([])
  })
})
