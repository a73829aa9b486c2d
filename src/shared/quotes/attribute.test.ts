import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS, SAMPLE_PEOPLE } from '../../core/sample/content'
import { attributeQuotes, findPeople } from './attribute'
import { detectQuotes } from './detect'
import { evaluateQuotes } from '../../../eval/quotes'

const speakers = (md: string): (string | null)[] =>
  attributeQuotes(md, detectQuotes(md)).map((a) => a.speaker)

describe('attributeQuotes', () => {
  it('reads says + name, pronouns and short references', () => {
    const md = `Dr. Ana Ruiz, the board-certified dermatologist, sees sunburn daily.

"People think a tan is healthy," Ruiz says. "It is damage."

Later she adds: "Wear a hat every single day."`
    expect(speakers(md)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'])
    expect(findPeople(md)[0]).toMatchObject({ name: 'Ana Ruiz', honorific: 'Dr.' })
    expect(findPeople(md)[0]?.titles[0]).toContain('dermatologist')
  })

  it('leaves an unnamed source without a speaker', () => {
    expect(speakers('"Best purchase of my year, no question," one reviewer wrote.')).toEqual([null])
  })

  it('attributes the sample feature, Q&A answers to the interviewee', () => {
    const body = SAMPLE_DRAFTS[0]?.revisions[0]?.body ?? ''
    const quotes = detectQuotes(body)
    const result = attributeQuotes(body, quotes, SAMPLE_PEOPLE)
    const qa = result.filter((_, i) => quotes[i]?.kind === 'qa-answer')
    expect(qa.every((a) => a.speaker === 'Rosalind Achterberg' && a.personIndex === 0)).toBe(true)
    const castellane = quotes.findIndex((q) => q.text.startsWith('They feed'))
    expect(result[castellane]?.speaker).toBe('Priya Castellane')
    const review = quotes.findIndex((q) => q.text.startsWith('My skin'))
    expect(result[review]?.speaker).toBeNull()
  })

  it('meets the targets on the labelled passages', () => {
    const e = evaluateQuotes()
    expect(e.passages).toBeGreaterThanOrEqual(40)
    expect(e.recall).toBeGreaterThanOrEqual(0.95)
    expect(e.precision).toBeGreaterThanOrEqual(0.9)
    expect(e.attributionAccuracy).toBeGreaterThanOrEqual(0.9)
  })

  it('gives a speaker the register’s name only when it is the same person', () => {
    const md = `Board member Lusia Teague called the plan “a start, and only a start.” “We will see,” Teague said later.`
    const person = (name: string) => ({ id: name, name, aliases: [] }) as never
    const who = (people: never[]) =>
      attributeQuotes(md, detectQuotes(md), people).map((a) => [a.speaker, a.personIndex])
    // Another Teague in the register is someone else; the same Teague, or her surname alone, is her.
    expect(who([person('Marisol Teague')])).toEqual([
      ['Lusia Teague', null],
      ['Lusia Teague', null],
    ])
    expect(who([person('Lusia Teague')])).toEqual([
      ['Lusia Teague', 0],
      ['Lusia Teague', 0],
    ])
  })
})
