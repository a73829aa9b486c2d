import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 28: short articles written for these tests (invented people, places and bodies), one
// block per ability. `proposals(md, phrases)` says which phrases a suggestion overlaps.

describe('a body’s promise reported with "would" and when it is due', () => {
  const md = [
    'The harbour trust said it would rename its boatyard after her when it reopens next spring.',
    '',
    'A spokesman said the gallery would open its east wing from the autumn.',
    '',
    'The water board said it would publish quarterly leakage figures, and the council said the depot would close on Sundays.',
    '',
    'She said she would run again next year. He said it would be a long week for everyone. The firm said it would not comment.',
  ].join('\n')

  it('proposes a body’s reported promise with a season, a schedule or a day', () => {
    expect(
      proposals(md, [
        'would rename its boatyard',
        'would open its east wing',
        'would publish quarterly leakage figures',
        'the depot would close on Sundays',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a person’s intention, a reaction and a refusal alone', () => {
    expect(
      proposals(md, ['would run again next year', 'a long week', 'would not comment']).proposed,
    ).toEqual([])
  })
})
