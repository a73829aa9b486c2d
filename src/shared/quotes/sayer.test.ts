import { describe, expect, it } from 'vitest'
import { attributeQuotes } from './attribute'
import { detectQuotes } from './detect'

const said = (md: string): [string, string | null][] => {
  const quotes = detectQuotes(md)
  const who = attributeQuotes(md, quotes)
  return quotes.map((q, i) => [q.text, who[i]?.speaker ?? null])
}

describe('who says the sentence before a quote paragraph', () => {
  it('takes the name before the verb of saying, not the "her" opening the sentence', () => {
    const md = `# Back on court

Mara Lind had two knee operations in three years.

Her coach, the former doubles player Tomas Brek, says the injuries changed how she plays.

"Before, she tried to end every rally in three shots."

"I am calmer now," Lind says.`
    expect(said(md)).toEqual([
      ['Before, she tried to end every rally in three shots.', 'Tomas Brek'],
      ['I am calmer now,', 'Mara Lind'],
    ])
  })

  it('keeps a pronoun in someone else’s clause from giving the name its gender', () => {
    const md = `# Back on court

Mara Lind had two knee operations in three years. Her coach, Tomas Brek, says the injuries changed how she plays.

Brek credits her mindset. "She stopped reading the papers," he says.

"I have been in a quarterfinal now," she says.`
    expect(said(md)).toEqual([
      ['She stopped reading the papers,', 'Tomas Brek'],
      ['I have been in a quarterfinal now,', 'Mara Lind'],
    ])
  })

  it('still reads "X says she …" and "X told reporters she …" as X’s own pronoun', () => {
    const md = `# Harbour

Ines Paz told reporters she would stay on. "The harbour needs a dredger," she said.`
    expect(said(md)).toEqual([['The harbour needs a dredger,', 'Ines Paz']])
  })
})
