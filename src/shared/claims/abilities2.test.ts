import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'
import { spotClaims } from './spotter'

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

describe('the publication’s independence and the writer’s ties are disclosures, not claims', () => {
  const md = [
    'No shop named in this guide paid to appear or saw the guide before publication. Makers do not see our reviews before they are published. Brands cannot buy a place on our lists.',
    '',
    'The hotel group has not seen this column. Ruth Okoye had no part in this review. No Gazette reporters were involved in its production.',
    '',
    'This feature was paid for by Tarrow Bank. All six drills were lent to us by their makers and have been returned. The writer’s four-night stay was hosted by the Lindholm Tourist Board. The serum arrived in a PR box from Halcyon in March.',
    '',
    'The author holds a current account with Meldon Bank, opened in 2022. He volunteers with Canal Watch and is not paid by it. Pell Kerr has no commercial relationship with Tarrow Bank.',
    '',
    'The council lent £2 million to the trust in 2021. The study was funded by Corvane, which sells meal kits. The minister had no part in the decision to close the ward.',
  ].join('\n')

  it('leaves editorial-independence notes, loans and hosted stays to the Legal tab', () => {
    expect(
      proposals(md, [
        'paid to appear',
        'do not see our reviews',
        'buy a place on our lists',
        'has not seen this column',
        'no part in this review',
        'were involved in its production',
        'paid for by Tarrow Bank',
        'lent to us by their makers',
        'stay was hosted',
        'PR box',
        'holds a current account',
        'is not paid by it',
        'no commercial relationship',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes a loan, research funding and a minister’s role on the record', () => {
    expect(
      proposals(md, ['lent £2 million', 'funded by Corvane', 'no part in the decision']).missed,
    ).toEqual([])
  })
})

describe('a credential presented before a tie in the same sentence', () => {
  const md = [
    'Dr Rhiannon Pryce, a toxicologist at Wenlow University who has no financial ties to the brand, said the trial was small.',
    '',
    'Dr Amos Kettle, a dermatologist at the Marrow Street Clinic and a paid ambassador for Lumen Skin, treated the rash.',
    '',
    'Dr. Hana Ilves—a paid consultant for Orla—says the fit matters most. Pia Lund is the magazine’s style editor and has no financial relationship with any brand here.',
  ].join('\n')

  it('proposes the credential and leaves the tie to legal', () => {
    const p = proposals(md, [
      'a toxicologist at Wenlow University',
      'a dermatologist at the Marrow Street Clinic',
      'no financial ties',
      'paid ambassador',
    ])
    expect(p.missed).toEqual(['no financial ties', 'paid ambassador'])
  })

  it('proposes nothing where the tie is the only description, or for the writer’s own role', () => {
    expect(proposals(md, ['a paid consultant for Orla', 'style editor']).proposed).toEqual([])
  })
})

describe('trends and quantities without digits', () => {
  const md = [
    'The money spent on board games has grown every year for the past decade. Corner pubs have been closing across the region for decades.',
    '',
    'A few countries have started doing it. A growing number of households are testing their water. Thousands of adults are learning to ride a bike.',
    '',
    'A few of us stayed late. We have been friends for years. My son has grown a lot this year.',
  ].join('\n')

  it('proposes a trend over a span and a counted group as the subject', () => {
    expect(
      proposals(md, [
        'has grown every year for the past decade',
        'have been closing across the region for decades',
        'A few countries have started',
        'A growing number of households',
        'Thousands of adults are learning',
      ]).missed,
    ).toEqual([])
  })

  it('leaves an aside about us, a friendship and a child’s growth alone', () => {
    expect(
      proposals(md, ['A few of us stayed late', 'friends for years', 'has grown a lot']).proposed,
    ).toEqual([])
  })
})

describe('a question put to someone', () => {
  const md = [
    'Asked whether he expected to win over the council, he shrugged. Asked whether the bridge could reopen sooner, the director said it would take 18 months.',
    '',
    'When asked about the 2019 audit, the trust said it had acted on every finding. Asked if she planned to stand again, the mayor laughed.',
  ].join('\n')

  it('leaves the question put alone and proposes the answer', () => {
    const p = proposals(md, [
      'expected to win over the council',
      'could reopen sooner',
      'planned to stand again',
      'it would take 18 months',
    ])
    expect(p.proposed).toEqual(['it would take 18 months'])
  })
})

describe('why a source is not named', () => {
  const md = [
    'One porter, who asked not to be named because she was not authorised to speak, said the ward had been full since Monday.',
    '',
    'A driver, who was not authorised to speak publicly, said the route would close in March.',
    '',
    'Two people familiar with the bid, who asked not to be identified, said the council had offered £3 million.',
  ].join('\n')

  it('leaves the reason for anonymity alone and still proposes what the source said', () => {
    expect(
      proposals(md, ['asked not to be named', 'not authorised to speak publicly']).proposed,
    ).toEqual([])
    expect(
      proposals(md, ['full since Monday', 'would close in March', 'offered £3 million']).missed,
    ).toEqual([])
  })

  it('keeps the source and what it said in one suggestion across the aside', () => {
    const md3 = md.split('\n').at(-1) ?? ''
    const spans = spotClaims(md3).map((s) => s.text)
    expect(spans).toHaveLength(1)
    expect(spans[0]).toContain('Two people familiar with the bid')
    expect(spans[0]).toContain('offered £3 million')
  })
})

describe('a count out of a total is no score', () => {
  const md = [
    'Nine households out of 40 said they had no idea what their pipes were made of.',
    '',
    '“Two words out of 30 is something you would not notice,” he said.',
    '',
    'We gave the hotel 4 out of 5.',
  ].join('\n')

  it('proposes a counted share and leaves the piece’s own score alone', () => {
    expect(proposals(md, ['Nine households out of 40', 'Two words out of 30']).missed).toEqual([])
    expect(proposals(md, ['4 out of 5']).proposed).toEqual([])
  })
})

describe('a reviewer’s own test as a ranking’s scope', () => {
  const md = [
    'The Orbit 2 is the only drill I tested that ran a full hour on one battery.',
    '',
    'The Kestrel is the lightest tent I’ve reviewed this year.',
    '',
    'It was the best pie I have had in years.',
  ].join('\n')

  it('proposes a ranking against the tested field, as with “we tested”', () => {
    expect(
      proposals(md, ['the only drill I tested', 'the lightest tent I’ve reviewed']).missed,
    ).toEqual([])
  })

  it('leaves a ranking against a memory alone', () => {
    expect(proposals(md, ['the best pie I have had']).proposed).toEqual([])
  })
})

describe('a named thing denied an action, in full', () => {
  const md = [
    'The Pelton 3 still cannot run third-party apps. Blood pressure did not change significantly in either group. The trust does not accept cash.',
    '',
    'Paper doesn’t send you reminders. The river does not hurry. The firm did not name the buyers. The survey did not record whether they smoked.',
  ].join('\n')

  it('proposes a denied capability, a null result and a policy', () => {
    expect(
      proposals(md, [
        'cannot run third-party apps',
        'did not change significantly',
        'does not accept cash',
      ]).missed,
    ).toEqual([])
  })

  it('leaves contractions, a manner of speaking, a refusal to tell and a gap alone', () => {
    expect(
      proposals(md, [
        'doesn’t send you reminders',
        'does not hurry',
        'did not name the buyers',
        'did not record whether',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a credential at a body named after a description of it', () => {
  const md = [
    '“Most people never switch,” said Tomas Ekberg, a pensions analyst at the charity Fair Age Money.',
    '',
    'He met a pensions analyst at the bank on Monday.',
  ].join('\n')

  it('proposes the credential, not a role met in passing before a day', () => {
    expect(proposals(md, ['a pensions analyst at the charity Fair Age Money']).missed).toEqual([])
    expect(proposals(md, ['a pensions analyst at the bank on Monday']).proposed).toEqual([])
  })
})

describe('a sponsor’s credit set off inside a sentence about something else', () => {
  const md = [
    'The Harbour Jazz Weekend, sponsored by Lisk Bank, sold 4,000 tickets in 2024.',
    '',
    'This newsletter, presented by Fernway Bank, reaches 12,000 readers.',
  ].join('\n')

  it('still reads the sentence, but not the publication’s own credit line', () => {
    expect(proposals(md, ['sold 4,000 tickets']).missed).toEqual([])
    expect(proposals(md, ['reaches 12,000 readers']).proposed).toEqual([])
  })
})
