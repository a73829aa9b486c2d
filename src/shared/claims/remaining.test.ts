import { describe, expect, it } from 'vitest'
import { remainingSuggestions } from './remaining'
import { spotClaims } from './spotter'

// Sentences written for these tests.
describe('remainingSuggestions', () => {
  const body = 'The Orla kettle costs £45 and is made without plastic. The light is soft.'
  const suggestions = spotClaims(body)
  const at = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length })

  it('keeps a suggestion no claim touches and drops one a claim covers', () => {
    expect(suggestions).toHaveLength(1)
    expect(remainingSuggestions(suggestions, [], body)).toEqual(suggestions)
    const whole = at('The Orla kettle costs £45 and is made without plastic.')
    expect(remainingSuggestions(suggestions, [whole], body)).toEqual([])
  })

  it('keeps the rest of a partly marked suggestion, with the rules that still fire there', () => {
    const [rest] = remainingSuggestions(suggestions, [at('The Orla kettle costs £45')], body)
    expect(rest?.text).toBe('and is made without plastic.')
    expect(rest?.rules).toEqual(['product'])
    expect(rest?.reasons[0]).toMatch(
      /^Describes what a product is, contains or is free of \(“made without”\)/,
    )
    expect(body.slice(rest!.start, rest!.end)).toBe(rest!.text)
  })

  it('drops a rest where no rule fires any more', () => {
    expect(
      remainingSuggestions(suggestions, [at('costs £45 and is made without plastic')], body),
    ).toEqual([])
  })
})
