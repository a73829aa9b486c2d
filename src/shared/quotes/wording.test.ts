import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

// Articles written for these tests: a company's own wording for what it sells.
const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text, who[i]?.speaker ?? null])
}
const intro = `# Headset review\n\nTarnwell Audio, a Leeds company, lent us its new headset for two weeks.`

describe("a company's wording for its goods", () => {
  it('reads short marked words a company calls or markets its goods by as its copy', () => {
    for (const [line, words] of [
      [
        'The boom mic uses what Tarnwell Audio calls a ‘broadcast-grade’ capsule.',
        'broadcast-grade',
      ],
      ['The earcups use what the company describes as “cloud-foam” padding.', 'cloud-foam'],
      ['Tarnwell Audio markets the band as “all-day comfort,” which is fair.', 'all-day comfort,'],
      ['Tarnwell Audio bills the case as “travel-proof”.', 'travel-proof'],
    ] as const) {
      const out = said(`${intro}\n\n${line}`)
      expect(out, line).toEqual([[words, 'Tarnwell Audio']])
    }
  })

  it('leaves scare quotes, names and participles alone', () => {
    for (const line of [
      'The headset has a so-called “gaming” mode that boosts footsteps.',
      'It ships with a cable range called “braid”.',
      'Tarnwell Audio sells a “gaming” edition too.',
    ]) {
      expect(said(`${intro}\n\n${line}`), line).toEqual([])
    }
  })
})
