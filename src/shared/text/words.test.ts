import { describe, expect, it } from 'vitest'
import { countWords } from './words'

describe('countWords', () => {
  it('counts words as a reader would', () => {
    expect(countWords('The quick brown fox.')).toBe(4)
    expect(countWords('')).toBe(0)
    expect(countWords('  \n\n ')).toBe(0)
  })

  it('keeps hyphenated words, contractions and numbers whole', () => {
    expect(countWords('A well-known don’t, it’s 1990s percent')).toBe(6)
    expect(countWords("rock'n'roll state-of-the-art")).toBe(2)
  })

  it('splits a decimal at its point, as revisions on record were counted', () => {
    expect(countWords('2.5 percent')).toBe(3)
  })

  it('ignores Markdown syntax and punctuation alone', () => {
    expect(countWords('## Heading\n\n- **bold** _word_ — [link](x)')).toBe(5)
    expect(countWords('— … * # --- ')).toBe(0)
  })

  it('counts letters of any script', () => {
    expect(countWords('Ærø café naïve Zürich')).toBe(4)
    expect(countWords('Привет мир')).toBe(2)
  })
})
