import { describe, expect, it } from 'vitest'
import { readDocument } from '../language/document'
import { splitClauses } from './clauses'
import { quotedRanges } from './voice'

// Sentences written for these tests.
/** Each clause of the first sentence of `text` as [kind, words]. */
function clauses(text: string): [string, string][] {
  const doc = readDocument(text)
  const p = doc.paragraphs[0]!
  const s = p.sentences[0]!
  const quotes = quotedRanges(doc.masked.slice(p.start, p.end), p.start)
  const quoted = s.tokens.map((t) => quotes.some((q) => t.start >= q.start && t.end <= q.end))
  const ends = new Set(doc.mentions.filter((m) => m.sentence === s).map((m) => m.tokenEnd - 1))
  return splitClauses(s.tokens, quoted, ends).map((u) => [
    u.kind,
    s.tokens
      .slice(u.from, u.to)
      .filter((t) => t.pos !== 'PUNCT')
      .map((t) => t.text)
      .join(' '),
  ])
}

describe('splitClauses', () => {
  it('splits at semicolons, at "and" before a clause and before a relative clause', () => {
    expect(
      clauses('The ferry is slow; the bus, which runs hourly, is late, and nobody complained.'),
    ).toEqual([
      ['main', 'The ferry is slow'],
      ['main', 'the bus'],
      ['relative', 'which runs hourly'],
      ['main', 'is late'],
      ['main', 'nobody complained'],
    ])
  })

  it('keeps a subjectless verb after "and" in the same clause', () => {
    const units = clauses('We weighed each kettle, and ran it for a week.')
    expect(units).toEqual([
      ['main', 'We weighed each kettle'],
      ['main', 'ran it for a week'],
    ])
  })

  it('sets an apposition after a name apart, not a phrase after "according to"', () => {
    expect(clauses('Tova Lind, a pharmacist at the Brenmouth Clinic, sells it.')).toEqual([
      ['main', 'Tova Lind'],
      ['apposition', 'a pharmacist at the Brenmouth Clinic'],
      ['main', 'sells it'],
    ])
    expect(clauses('According to Tova Lind, the shop closed early.')[0]?.[0]).toBe('main')
  })

  it('tells a quotation from its attribution, and a lead-in label from what follows', () => {
    expect(clauses('“The kettle boils in a minute,” she said, “and it is quiet.”')).toEqual([
      ['main', 'The kettle boils in a minute'],
      ['attribution', 'she said'],
      ['main', 'and it is quiet'],
    ])
    expect(clauses('Best for travel: the Orla Mini, at 300 grams.')[0]).toEqual([
      'label',
      'Best for travel',
    ])
    expect(clauses('The kettle boils a litre in a minute, says Tova Lind.')).toEqual([
      ['main', 'The kettle boils a litre in a minute'],
      ['attribution', 'says Tova Lind'],
    ])
  })

  it('ends a leading condition at its comma, and sets asides in dashes and brackets apart', () => {
    expect(clauses('If the lid is loose, the kettle leaks.')).toEqual([
      ['main', 'If the lid is loose'],
      ['main', 'the kettle leaks'],
    ])
    expect(clauses('The Orla — which we bought ourselves — costs £45.')).toEqual([
      ['main', 'The Orla'],
      ['aside', 'which we bought ourselves'],
      ['main', 'costs £ 45'],
    ])
    // A bracket without a verb stays in the clause: "The Orla (£45)".
    expect(clauses('The Orla (£45) is quiet.')).toHaveLength(1)
  })
})
