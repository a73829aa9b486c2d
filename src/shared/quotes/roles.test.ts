import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

const speakers = (md: string): (string | null)[] =>
  attributeQuotes(md, detectQuotes(md)).map((a) => a.speaker)

describe('an office named with "the" ("the mayor said")', () => {
  it('is the person who holds it when the text names one', () => {
    const md = `Mayor Ruth Kell opened the winter market on Friday.

“This is our best season,” said Marie Dubois, who has run a stall since 1998.

“We doubled our visitors,” the mayor said.`
    expect(speakers(md)).toEqual(['Marie Dubois', 'Ruth Kell'])
  })

  it('is an unnamed source when nobody holds it, not whoever spoke last', () => {
    const md = `The winter market opened on Friday.

“This is our best season,” said Marie Dubois, who has run a stall since 1998.

“We doubled our visitors,” the mayor said.

“Bring a warm coat,” the captain added.`
    expect(speakers(md)).toEqual(['Marie Dubois', null, null])
  })

  it('finds the holder of an abbreviated title, and gives an office no one holds to no other titled person', () => {
    const md = `Sen. Maria Lopez introduced the ferry bill in March. Gov. Tom Hale is expected to sign it.

“This bill is overdue,” the senator said on Tuesday.

“I will sign it this week,” the governor said.

Capt. Ines Varga runs the night crossing. “The swell is the problem,” the captain said.

“Our buses need this too,” the mayor said.`
    expect(speakers(md)).toEqual(['Maria Lopez', 'Tom Hale', 'Ines Varga', null])
  })
})
