import { describe, expect, it } from 'vitest'
import { readSentences } from './nlp'

// Sentences written for these tests.
describe('readSentences', () => {
  const words = (t: string) => readSentences(t, 0).flatMap((s) => s.tokens.map((x) => x.text))
  const sentences = (t: string) => readSentences(t, 0).map((s) => t.slice(s.start, s.end))

  it('reads a straight mark that opens a quote before "A" as a mark of its own', () => {
    const t = "He runs the shop. 'A pea-sized amount is enough,' she says."
    expect(words(t).slice(5, 8)).toEqual(["'", 'A', 'pea'])
    expect(sentences(t)).toEqual(['He runs the shop.', "'A pea-sized amount is enough,' she says."])
    const mark = readSentences(t, 10)[1]?.tokens[0]
    expect(mark && [mark.start, mark.end]).toEqual([28, 29])
  })

  it("keeps the contractions wink reads as one token: I'd, it's, we're", () => {
    expect(words("I'd say it's fine and we're done.")).toEqual(
      expect.arrayContaining(["'d", "'s", "'re"]),
    )
  })
})
