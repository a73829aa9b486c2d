import { describe, expect, it } from 'vitest'
import { check, errorsOf, filler } from '../../../test/support/legal'

/** A show report by "Hearth Weekly" crowning a grill; `foot` is the last line of the piece. */
function report(foot: string, crown: string, near = ''): string {
  return `# Six things we saw at the Garden Fire Show

By Tamsin Orrell, Gear Editor, Hearth Weekly

The show filled two halls this year, and the queues for the pizza ovens were the longest.

## Electric grills grew up

The most convincing grill was the Kelda K-3 from Kelda Grills, a flat-top that reached full heat in nine minutes. ${crown}

${near}${filler(5)}

The show returns next spring.

${foot}
`
}

const CROWNS = [
  'It was the best new product of the show.',
  'If I had to buy one thing from the floor, it would be the Kelda K-3.',
  'The Kelda K-3 is our pick of the show.',
]

const FEET = [
  'Hearth Weekly is published by Orrin Media Group, which also owns Kelda Grills.',
  'Our parent company, Orrin Media Group, also owns Kelda Grills.',
  'Kelda Grills is owned by Orrin Media Group, which also publishes this magazine.',
  'Hearth Weekly is an Orrin Media Group publication. The group also owns Kelda Grills.',
  'Kelda Grills and Hearth Weekly are both owned by Orrin Media Group.',
]

describe('the publication’s owner owns the brand it crowns', () => {
  it('reads the ownership line as a disclosure of the right kind', () => {
    for (const foot of FEET) {
      const body = report(foot, CROWNS[0]!)
      const found = check(body).disclosures.filter((d) =>
        body.slice(d.start, d.end).includes('Orrin'),
      )
      expect(
        found.map((d) => d.kind),
        foot,
      ).toEqual(['other'])
    }
  })

  it('is an error when the praise is far above the only ownership line', () => {
    for (const foot of FEET)
      for (const crown of CROWNS)
        expect(errorsOf(report(foot, crown)), `${crown} / ${foot}`).toEqual([
          'material-connection-undisclosed',
        ])
  })
})

describe('a buying guide whose best pick is a sister company’s', () => {
  const guide = (pick: string) => `# The best standing desks

By Nell Amadi, Desk Review

## Best overall: Kelda Lift Pro

The Kelda Lift Pro at its lowest setting.

The Lift Pro has two motors, four memory presets and a 150 cm top.

${pick}

${filler(5)}

Desk Review and Kelda are both owned by Orrin Brands.
`
  it('finds the plain choice, told by a pronoun, as the endorsement', () => {
    for (const pick of [
      'It is not cheap at $700, but it is the one I would buy with my own money.',
      'If I had to buy one desk, it would be the Lift Pro.',
    ])
      expect(errorsOf(guide(pick)), pick).toEqual(['material-connection-undisclosed'])
  })

  it('reads no praise in a setting ("at its lowest setting")', () => {
    expect(errorsOf(guide('It costs $700.'))).toEqual([])
  })
})

describe('ownership that must stay clean', () => {
  it('is no error when the owner owns some other company', () => {
    const foot = 'Hearth Weekly is published by Orrin Media Group, which also owns Fenwick Paints.'
    for (const crown of CROWNS) expect(errorsOf(report(foot, crown))).toEqual([])
  })

  it('is no error when the ownership is told beside the praise', () => {
    const near =
      'Disclosure: Kelda Grills is owned by Orrin Media Group, which also publishes this magazine.\n\n'
    for (const crown of CROWNS) expect(errorsOf(report(FEET[0]!, crown, near)), crown).toEqual([])
  })

  it('is no tie when a source speaks of its own parent company', () => {
    const foot =
      '"Our parent company, Orrin Media Group, also owns Kelda Grills," said one exhibitor.'
    for (const crown of CROWNS) expect(errorsOf(report(foot, crown))).toEqual([])
  })

  it('is no tie when a news story reports who owns whom', () => {
    const body = `# Orrin Media Group buys a grill maker

By Sam Oduya, The Dunmore Courier

Orrin Media Group said on Tuesday that it had bought Kelda Grills for $40 million.

Kelda Grills is owned by Orrin Media Group, which also publishes Hearth Weekly, a trade magazine. The Kelda K-3 is the company's best-selling grill.

${filler(3)}

Shares in Orrin rose 2 percent.
`
    expect(errorsOf(body)).toEqual([])
  })
})
