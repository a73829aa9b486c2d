import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Articles written for these tests: posts headed by their writer's name, a month that is a name.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text.slice(0, 21), who[i]?.speaker ?? null])
}

describe('a month that is a first name', () => {
  it('reads "June Park (@junepark)" over a post as its writer', () => {
    const md = `# Creators on their mornings

We asked creators how they start the day. Their posts:

June Park (@junepark)

> Up at six, cold water on the face, then a long walk before I look at a screen.

April Stone (@aprilstone)

> Coffee first. Everything else can wait until the second cup.`
    expect(said(md)).toEqual([
      ['Up at six, cold water', 'June Park'],
      ['Coffee first. Everyth', 'April Stone'],
    ])
  })

  it('keeps a month in a date a date', () => {
    const md = `# Parks\n\nIn June Park Lane closed for repairs, and by May Hill Road had reopened. "It was a long wait," said one resident.`
    expect(said(md)).toEqual([['It was a long wait,', null]])
  })
})
