import { describe, expect, it } from 'vitest'
import { detectQuotes } from './detect'

describe('a person calling something so speaks', () => {
  it('finds a partial quote after "called/described" and what is called', () => {
    for (const text of [
      'Critic Mara Lind, who has followed the band for years, called the album “their bravest work in a decade” and urged fans to listen.',
      'The mayor, Ines Paz, called the campaign “a careful use of money” on Monday.',
      'Coach Tom Reyes called the new film “a proper team effort” after the match.',
    ]) {
      const qs = detectQuotes(`# Review\n\nHalden Rovers play on Saturday.\n\n${text}\n`)
      expect(qs.map((q) => q.text).join('|')).toMatch(/bravest|careful|team effort/)
    }
  })

  it('leaves titles, names and the writer’s own scare quotes alone', () => {
    for (const text of [
      'Mara Lind hosts a podcast called “Deep Water” about diving.',
      'Mara Lind called her new podcast “Deep Water Diaries” in the spring.',
      'Mara Lind reviewed the show “Salt and Stone” for the paper.',
      'The so-called “miracle cream” sold out in a week.',
    ]) {
      const qs = detectQuotes(`# Review\n\nHalden Rovers play on Saturday.\n\n${text}\n`)
      expect(qs.map((q) => q.text)).toEqual([])
    }
  })
})

describe('review round 29: a title in sentence case after "called her …"', () => {
  it('is a title, not speech', () => {
    for (const text of [
      'Mara Lind called her debut novel “A year in the walled garden” after her grandmother’s allotment.',
      'Sam Okafor called his second collection “Notes from a quiet street” when it came out.',
    ]) {
      const qs = detectQuotes(`# Books\n\nThree small presses had a good year.\n\n${text}\n`)
      expect(qs.map((q) => q.text)).toEqual([])
    }
  })

  it('still finds a judgement that opens in lower case', () => {
    const qs = detectQuotes(
      '# Books\n\nThree small presses had a good year.\n\nJo Pell called the collection “a quiet triumph from start to finish” in her column.\n',
    )
    expect(qs.map((q) => q.text)).toEqual(['a quiet triumph from start to finish'])
  })
})
