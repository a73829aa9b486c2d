import { describe, expect, it } from 'vitest'
import { clampSpan, contains, containsOffset, overlaps, spanLength } from './spans'

const s = (start: number, end: number) => ({ start, end })

describe('overlaps', () => {
  it('is true when two spans share a character, whichever comes first', () => {
    expect(overlaps(s(0, 5), s(4, 9))).toBe(true)
    expect(overlaps(s(4, 9), s(0, 5))).toBe(true)
    expect(overlaps(s(2, 3), s(0, 9))).toBe(true)
  })

  it('is false for spans that only meet at an edge', () => {
    expect(overlaps(s(0, 5), s(5, 9))).toBe(false)
    expect(overlaps(s(5, 9), s(0, 5))).toBe(false)
  })

  it('counts an empty span strictly inside the other, never at its edges', () => {
    expect(overlaps(s(3, 3), s(0, 5))).toBe(true)
    expect(overlaps(s(0, 5), s(3, 3))).toBe(true)
    expect(overlaps(s(0, 0), s(0, 5))).toBe(false)
    expect(overlaps(s(5, 5), s(0, 5))).toBe(false)
  })

  it('is false for two empty spans, even at one point', () => {
    expect(overlaps(s(3, 3), s(3, 3))).toBe(false)
  })
})

describe('contains', () => {
  it('takes both edges as inside', () => {
    expect(contains(s(0, 5), s(0, 5))).toBe(true)
    expect(contains(s(0, 5), s(1, 4))).toBe(true)
    expect(contains(s(0, 5), s(4, 6))).toBe(false)
  })

  it('holds an empty span at either edge', () => {
    expect(contains(s(0, 5), s(0, 0))).toBe(true)
    expect(contains(s(0, 5), s(5, 5))).toBe(true)
    expect(contains(s(0, 5), s(6, 6))).toBe(false)
  })
})

describe('containsOffset', () => {
  it('holds the characters from start up to, not including, end', () => {
    expect(containsOffset(s(2, 4), 2)).toBe(true)
    expect(containsOffset(s(2, 4), 3)).toBe(true)
    expect(containsOffset(s(2, 4), 4)).toBe(false)
    expect(containsOffset(s(2, 2), 2)).toBe(false)
  })
})

describe('spanLength and clampSpan', () => {
  it('measures and clamps', () => {
    expect(spanLength(s(2, 7))).toBe(5)
    expect(spanLength(s(7, 2))).toBe(0)
    expect(clampSpan(s(-3, 40), 10)).toEqual(s(0, 10))
    expect(clampSpan(s(8, 3), 10)).toEqual(s(8, 8))
    expect(clampSpan(s(12, 15), 10)).toEqual(s(10, 10))
  })
})
