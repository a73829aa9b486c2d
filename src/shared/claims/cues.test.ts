import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import { forecasts, negations, numberKind, wordNumbers } from './cues'
import type { RuleMatch } from './rules'

// Sentences written for these tests.
function read(s: string) {
  const doc = readDocument(s)
  return { text: doc.masked, tokens: doc.paragraphs[0]!.sentences[0]!.tokens }
}
const words = (s: string, found: readonly RuleMatch[]) =>
  found.map((m) => `${s.slice(m.start, m.end)}:${m.strength}`)

describe('wordNumbers', () => {
  it('counts things written in words, not "one", references back or vague amounts', () => {
    const s =
      'Eleven kettles, three of the nine ferries, the two shops, one reader and a few hundred fans.'
    expect(words(s, wordNumbers(read(s).tokens))).toEqual(['Eleven kettles:strong', 'three:strong'])
  })

  it('measures durations only with a word that measures them', () => {
    const s = 'It ran for two years and charges in about three hours.'
    expect(words(s, wordNumbers(read(s).tokens))).toEqual(['three hours:strong'])
  })
})

describe('negations', () => {
  it('is strong for "no" before a noun, passives and a named thing denied a class', () => {
    const cases: [string, string][] = [
      ['Marrow & Finch makes no frozen meals.', 'no frozen meals:strong'],
      ['The results have not been published.', 'have not been:strong'],
      ['Guarana is not a stimulant.', 'is not a stimulant:strong'],
      ['The spray is not safe for cats.', 'is not safe:strong'],
      ['The decor is not subtle.', 'is not subtle:weak'],
      ['That is not a plan.', 'is not a plan:weak'],
    ]
    for (const [s, want] of cases) expect(words(s, negations(read(s).tokens)), s).toEqual([want])
  })
})

describe('forecasts', () => {
  it('is strong after a named subject, weak after a pronoun', () => {
    const s = 'The update will add a night mode, and it will probably sell.'
    expect(words(s, forecasts(read(s).tokens))).toEqual([
      'will add:strong',
      'will probably sell:weak',
    ])
  })
})

describe('numberKind', () => {
  it('tells model numbers, clock times and scores from figures', () => {
    const s = 'The Orla 2 costs $45, opens at 7:30, scores 4 out of 5 and holds 12 cups.'
    const { text, tokens } = read(s)
    const kind = (n: string) => {
      const start = s.indexOf(` ${n}`) + 1
      return numberKind(
        tokens,
        { rule: 'number', start, end: start + n.length, strength: 'strong' },
        text,
      )
    }
    expect([kind('2'), kind('$45'), kind('7'), kind('4'), kind('12')]).toEqual([
      'model',
      'figure',
      'time',
      'score',
      'figure',
    ])
  })
})
