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

describe('a first-person block quote after a sentence naming one person', () => {
  it('is that person’s, though the sentence’s subject is someone else', () => {
    const md = `# Bakers to follow

Nobody in town talks about sourdough with more conviction than Ana Ruiz, who has 90,000 followers.

> I never use shop yeast. My starter is thirty years old and it has never let me down.`
    expect(said(md)).toEqual([
      [
        'I never use shop yeast. My starter is thirty years old and it has never let me down.',
        'Ana Ruiz',
      ],
    ])
  })

  it('does not take a byline for the one who says a notice set apart under it', () => {
    const md = `# Earbuds

*Reviewed by Ana Ruiz · Updated 4 February*

> **How we make money:** we might earn a small cut if you buy something we link to.`
    expect(said(md)[0]?.[1]).toBeNull()
  })

  it('stays unattributed when the sentence names two people, or a company', () => {
    for (const intro of [
      'Nobody bakes with more conviction than Ana Ruiz, except perhaps Tom Bell.',
      'Nobody sells more loaves than Ana Ruiz of the Corner Loaf Company.',
    ]) {
      const md = `# Bakers to follow\n\n${intro}\n\n> I never use shop yeast. My starter is thirty years old.`
      expect(said(md)[0]?.[1]).not.toBe('Ana Ruiz')
    }
  })
})
