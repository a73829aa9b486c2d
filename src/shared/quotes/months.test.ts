import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { readDocument } from '../language/document'
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

describe('a surname wink reads as a common noun', () => {
  it('takes the surname opening a later sentence as the person', () => {
    for (const [md, who] of [
      [
        `# Morning people\n\nJune Park has run before dawn for ten years. Park calls her walk “the only meeting I never cancel.”`,
        'June Park',
      ],
      [
        `# Ferry\n\nPeter Brook runs the ferry. Brook, who is 61, was blunt: “The timetable is a fantasy.”`,
        'Peter Brook',
      ],
      [
        `# Bees\n\nOwen Marsh keeps bees on a roof. Marsh said the hives were doing well: “Better than last year.”`,
        'Owen Marsh',
      ],
    ] as const)
      expect(said(md).at(-1)?.[1], md).toBe(who)
  })

  it('leaves the same word a common noun where a noun follows it', () => {
    const doc = readDocument(
      `# Lanes\n\nJune Park is a potter. Park rangers close the gates at dusk.`,
    )
    expect(doc.entities.find((e) => e.name === 'June Park')?.mentions.length).toBe(1)
  })
})
