import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Articles written for these tests: names set in apposition to a role or an unnamed noun.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text.slice(0, 21), who[i]?.speaker ?? null])
}

describe('a name in apposition after a role', () => {
  it('gives the quote to the name after "said the company’s head of …,"', () => {
    const intro = `# Permits\n\nThe permit scheme is run for Dunmore Borough Council by Parkwise Systems.`
    for (const role of [
      "the company's head of sales in Europe",
      'its director of research',
      "the firm's vice president for operations",
      "the company's chief executive",
    ]) {
      const md = `${intro}\n\n"We expect demand to fall once the summer is over," said ${role}, Ben Hale. "Nobody is being priced out."`
      expect(said(md), role).toEqual([
        ['We expect demand to f', 'Ben Hale'],
        ['Nobody is being price', 'Ben Hale'],
      ])
    }
  })

  it('takes no name from elsewhere when the role has none after it', () => {
    const md = `# Permits\n\nBen Hale lives on Mill Lane. The permit scheme is run by Parkwise Systems.\n\n"We expect demand to fall," said the company's head of sales, who joined in May. "Nobody is being priced out."`
    expect(said(md).map((x) => x[1])).not.toContain('Ben Hale')
  })

  it('reads "X’s head of audio, Name," as a person and "she" after it as her', () => {
    const md = `# Tarnwell Echo 3 review

Tarnwell lent us an Echo 3 for two weeks. Tarnwell says the Tarnwell Echo 3 fixes the mic, and the Tarnwell Link app sets it up.

I asked Tarnwell's head of audio, Orsolya Vantreight, what changed. ‘We rebuilt the capsule,’ she said. ‘It has its own chip now.’

She was frank about the cost. ‘Suppression always takes something,’ she said.`
    expect(said(md)).toEqual([
      ['We rebuilt the capsul', 'Orsolya Vantreight'],
      ['It has its own chip n', 'Orsolya Vantreight'],
      ['Suppression always ta', 'Orsolya Vantreight'],
    ])
  })
})

describe('a name in apposition to an unnamed person', () => {
  it('gives the quote to the name after "Another listener,", "One reader,", "A neighbour,"', () => {
    const md = `# Noise on Mill Lane

Residents have written in about the late deliveries.

Another listener, Maeve in Ashby, emailed: "We moved here for the quiet, and now we can't sleep."

"It's the noise at night that gets me," wrote one reader, Tomasz from Leeds.

A neighbour, Ruth Pell, put it plainly: "Nobody asked us."

One caller, a retired teacher, was angrier: "This is theft."`
    expect(said(md)).toEqual([
      ['We moved here for the', 'Maeve'],
      ["It's the noise at nig", 'Tomasz'],
      ['Nobody asked us.', 'Ruth Pell'],
      ['This is theft.', null],
    ])
  })

  it('keeps a description after a first name that person’s, not someone unnamed', () => {
    for (const who of [
      'Dilys, a teaching assistant who asked that her surname not be used,',
      'Wenna, a nursing assistant who asked us not to print her surname,',
    ]) {
      const md = `# The pantry queue\n\nNot everyone in the queue fits the picture. ${who} comes every other week.\n\n“I've got a job. My husband's got a job,” she said. “But the mortgage went up.”`
      const first = who.split(',')[0] ?? ''
      expect(said(md), who).toEqual([
        ["I've got a job. My hu", first],
        ['But the mortgage went', first],
      ])
    }
  })

  it('still gives "she" to an unnamed person with no name before her', () => {
    const md = `# The pantry queue\n\nA teaching assistant who asked not to be named comes every other week.\n\n“I've got a job,” she said.`
    expect(said(md)).toEqual([["I've got a job,", null]])
  })
})

// Review round 32: a spokes-noun with a name in apposition, as the subject before "said".
describe('a name in apposition after a spokes-noun', () => {
  const intro = `# Bridge repairs\n\nThe Fenmore Trust closed the footbridge on Monday.`
  it('gives the quote to the name, not to the body it speaks for', () => {
    for (const subject of [
      'A spokesman, Idris Penhale,',
      'A spokeswoman, Idris Penhale,',
      'A trust spokesperson, Idris Penhale,',
    ]) {
      const md = `${intro}\n\n${subject} said the repairs were "overdue by years".`
      expect(said(md), subject).toEqual([['overdue by years', 'Idris Penhale']])
    }
  })

  it('takes no name from an aside that names nobody, nor from a possessive', () => {
    for (const subject of [
      'A spokesman, speaking on Tuesday,',
      'A spokesman, who declined to be named,',
    ]) {
      const md = `${intro}\n\n${subject} said the repairs were "overdue by years".`
      expect(said(md)[0]?.[1], subject).not.toBe('Idris Penhale')
    }
    const md = `Idris Penhale chairs the Fenmore Trust.\n\nA spokesman, Idris Penhale's deputy, said the repairs were "overdue by years".`
    expect(said(`${intro}\n\n${md}`).at(-1)?.[1]).not.toBe('Idris Penhale')
  })
})
