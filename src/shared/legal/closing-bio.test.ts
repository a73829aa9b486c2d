import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import { errorsOf, filler } from '../../../test/support/legal'
import { authorOf } from './slots'

/** A first-person comment piece with no byline: the writer is named only in the standfirst. */
function comment(praise: string, foot: string, top = ''): string {
  return `# Our town should stop patching its boilers

*The heating plan is too cautious, argues heating engineer Tomas Greaves*

${top}The council heats its schools with boilers older than most of the pupils. I spent twenty years fitting heating systems, and I have seen what works.

${praise}

${filler(4)}

The vote is next month. The council should use it.

---

${foot}
`
}

const BIOS = [
  '*Tomas Greaves is a retired heating engineer. He is a paid adviser to Warmcore.*',
  '— Tomas Greaves has advised Warmcore on its school boilers since 2021 and is paid for that work.',
  'About the author: Tomas Greaves is a heating engineer who is a paid consultant to Warmcore.',
  '*Tomas Greaves, a former council engineer, is paid by Warmcore as a technical consultant.*',
  '*Tomas Greaves is a heating engineer who consults for Warmcore.*',
  'About the author: Tomas Greaves sits on the advisory board of Warmcore.',
  'Tomas Greaves is a heating engineer. His wife is a director of Warmcore.',
]

const PRAISES = [
  'The one I would install in every school is the Warmcore H5 heat pump.',
  "If I had to pick one system for the town, I'd pick the Warmcore H5.",
  'Of all the pumps I have fitted, the Warmcore H5 is the best I have seen.',
  'If I had to buy one pump for a school tomorrow, it would be the Warmcore H5.',
]

describe('a writer tied to a brand only in the bio at the foot', () => {
  it('reads the bio’s subject as the writer when no byline names one', () => {
    for (const foot of BIOS)
      expect(authorOf(readDocument(comment(PRAISES[0]!, foot)))).toBe('Tomas Greaves')
  })

  it('is an error when the writer praises that brand far above', () => {
    for (const foot of BIOS)
      for (const praise of PRAISES)
        expect(errorsOf(comment(praise, foot)), `${praise} / ${foot}`).toEqual([
          'material-connection-undisclosed',
        ])
  })

  it('is an error for a relative’s job named in a columnist’s bio', () => {
    const body = `# Money matters: fix or float?

Nadia Ferro answers your mortgage questions every week

Our deal ends in June. Should we fix again?

I asked two lenders what they expect, and neither would promise anything. My advice is to fix for two years. For readers nearby, the lender I recommend above all others is Brightwell Lending.

${filler(5)}

Nadia Ferro has written about money for twelve years. Her brother, Luca Ferro, works in sales at Brightwell Lending.
`
    expect(errorsOf(body)).toEqual(['material-connection-undisclosed'])
  })
})

describe('an editor’s note at the foot about the writer', () => {
  it('ties the writer, by the noun, to the brand praised far above', () => {
    for (const foot of [
      "Editor's note: The author is a paid consultant to Warmcore.",
      "Editor's note: The writer's wife is a sales director at Warmcore.",
      "*Editor's note: the author's husband works for Warmcore.*",
    ])
      for (const praise of PRAISES.slice(0, 2))
        expect(errorsOf(comment(praise, foot)), `${praise} / ${foot}`).toEqual([
          'material-connection-undisclosed',
        ])
  })

  it('is no error when the note says the writer has no ties', () => {
    const foot = "Editor's note: The writer has no ties to any heating company."
    for (const praise of PRAISES) expect(errorsOf(comment(praise, foot)), praise).toEqual([])
  })
})

describe('the writer’s choice', () => {
  it('is the thing a pronoun stands for when the clause names nothing else', () => {
    const praise =
      'I have fitted the Warmcore H5 in nine schools. It is the one I would install again.'
    expect(errorsOf(comment(praise, BIOS[0]!))).toEqual(['material-connection-undisclosed'])
  })

  it('is not the tied brand when it only stands beside the one chosen', () => {
    for (const praise of [
      'The Fennick F2 costs half as much as the Warmcore H5, and for a small school it is the one I would install.',
      'The one I would install in a small school is the Fennick F2, not the Warmcore H5.',
      'I would never pick the Warmcore H5 for a school this small.',
    ])
      expect(errorsOf(comment(praise, BIOS[0]!)), praise).toEqual([])
  })
})

describe('bios that must stay clean', () => {
  it('is no error when the bio says the writer has no ties', () => {
    const foot =
      '*Tomas Greaves is a retired heating engineer. He has no financial ties to any heating manufacturer.*'
    for (const praise of PRAISES) expect(errorsOf(comment(praise, foot))).toEqual([])
  })

  it('is no error when a clear disclosure sits by the praise and the bio repeats it', () => {
    const top = 'Disclosure: I am a paid adviser to Warmcore, whose pump I recommend below.\n\n'
    for (const praise of PRAISES)
      expect(errorsOf(comment(praise, BIOS[0]!, top)), praise).toEqual([])
  })

  it('names no writer from a closing line about a source the body quotes', () => {
    const body = `# Schools switch to heat pumps

The council will fit heat pumps in six schools, officials said on Tuesday.

"It is the cheapest way to heat a school for thirty years," said Mara Linde, the council's energy officer.

${filler(3)}

Mara Linde is a former engineer and has worked for the council since 2019.
`
    expect(authorOf(readDocument(body))).toBeNull()
  })

  it('names no writer from a bio in a piece with no first person', () => {
    const body = `# Why schools need new heating

The council heats its schools with boilers older than most of the pupils.

${filler(3)}

*Tomas Greaves is a retired heating engineer.*
`
    expect(authorOf(readDocument(body))).toBeNull()
  })
})
