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
