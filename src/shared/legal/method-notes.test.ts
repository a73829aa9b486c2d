import { describe, expect, it } from 'vitest'
import { errorsOf, filler } from '../../../test/support/legal'

/** A kettle test whose lab results are called independent; `note` is the closing method box. */
function kettles(claim: string, note: string, near = ''): string {
  return `# We boiled 2,000 litres in eight kettles. Three are worth buying

By Rosa Denholm

Eight kettles, six weeks and a lot of tea. ${claim}${near}

The Brindle Arc came first: it boiled a litre in 2 minutes 41 seconds and stayed quietest.

${filler(5)}

## How we tested

We used each kettle twice a day for six weeks and weighed the scale it left behind. ${note}
`
}

const CLAIMS = [
  'To rank them we used independent lab tests by Corran Labs, which timed every boil.',
  'We relied on independent safety testing by Corran Labs for the scores below.',
  'Every score below comes from independent durability tests run by Corran Labs.',
]

const NOTES = [
  'The lab tests were commissioned and paid for by Brindle.',
  'Brindle paid for the testing at Corran Labs and chose the method.',
  'Testing at Corran Labs was funded by Brindle, whose kettle came top.',
  'Brindle covered the lab fees for the tests.',
  'Corran Labs ran the tests on a contract from Brindle.',
  'Brindle, whose kettle came top, footed the bill for the lab tests.',
]

describe('lab tests called independent, paid for by a maker only in the method note', () => {
  it('is an error', () => {
    for (const claim of CLAIMS)
      for (const note of NOTES)
        expect(errorsOf(kettles(claim, note)), `${claim} / ${note}`).toEqual([
          'paid-research-undisclosed',
        ])
  })
})

describe('method notes that must stay clean', () => {
  it('is no error when the note says the maker paid nothing', () => {
    for (const claim of CLAIMS)
      for (const note of [
        'We paid Corran Labs ourselves; no maker paid for the tests.',
        'Brindle had no say in the tests and paid nothing toward them.',
        'Brindle contributed no money to the tests.',
      ])
        expect(errorsOf(kettles(claim, note)), `${claim} / ${note}`).toEqual([])
  })

  it('is no error when the funding is told beside the claim', () => {
    const near = ' Brindle paid for those lab tests, and we say so wherever we cite them.'
    for (const claim of CLAIMS) expect(errorsOf(kettles(claim, NOTES[0]!, near)), claim).toEqual([])
  })

  it('is no research claim when "independent" describes the people, not the tests', () => {
    const claim = 'Independent retailers test kettles too, and their return rates matched ours.'
    expect(errorsOf(kettles(claim, NOTES[0]!))).toEqual([])
  })
})
