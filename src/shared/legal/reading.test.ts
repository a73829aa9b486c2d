// The disclosure check reads a document twice (the second time knowing its brands and lead
// brand); the second reading reads again only what that knowledge can change.
import { describe, expect, it } from 'vitest'
import { brandKey } from '../language/brands'
import { readDocument } from '../language/document'
import type { SlotContext } from './slots'
import { readingOf } from './statements'

const BODY = [
  '# Night serums, tested',
  'Three serums went on three faces for a month.',
  'Dr. Ilka Moss is a paid adviser to Corvane.',
  'The company sent the serums free of charge.',
  'We may earn a commission when you buy through links on this page.',
  'Brightwell Labs makes the cheapest of the three.',
  'The weather was dry all month, which helped.',
].join('\n\n')

function context(keys: string[], lead: string | null): SlotContext {
  return {
    doc: readDocument(BODY),
    quotes: [],
    people: [],
    brandKeys: new Set(keys.map(brandKey)),
    leadBrand: lead,
  }
}

const shown = (r: { statements: readonly { kind: string; start: number; end: number }[] }) =>
  r.statements.map((s) => `${s.kind} ${BODY.slice(s.start, s.end)}`)

describe('a second reading', () => {
  it('gives what reading everything again gives, with new brand keys and a lead brand', () => {
    const first = readingOf(context([], null))
    const again = readingOf(context(['Corvane', 'Brightwell Labs'], 'Corvane'), {}, first)
    const fresh = readingOf(context(['Corvane', 'Brightwell Labs'], 'Corvane'))
    expect(shown(again)).toEqual(shown(fresh))
    // The same statements with the same brands ("The company sent the serums": Corvane's gift).
    expect(again.statements.find((s) => s.kind === 'gifted-product')?.brandNames).toEqual(
      fresh.statements.find((s) => s.kind === 'gifted-product')?.brandNames,
    )
  })

  it('keeps the clauses that read nothing that changed, and reads again those that did', () => {
    const first = readingOf(context([], null))
    // Corvane becomes a known brand: only the clauses that asked whether it is one are read again
    // (the adviser's tie, and "the company" that means it); the others are kept as they were.
    const again = readingOf(context(['Corvane'], null), {}, first)
    const readAgain = [...again.clauses].filter(([c, e]) => first.clauses.get(c) !== e)
    expect(readAgain.map(([c]) => c.paragraph.index)).toEqual([2, 3])
    expect(again.clauses.size).toBe(first.clauses.size)
    expect(shown(again)).toEqual(shown(readingOf(context(['Corvane'], null))))
    // With nothing changed, nothing is read again.
    const same = readingOf(context([], null), {}, first)
    expect([...same.clauses].every(([c, e]) => first.clauses.get(c) === e)).toBe(true)
  })
})
