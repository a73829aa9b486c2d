import { render, renderHook, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Article } from './Article'
import { rangeGroups, useSpanHighlights } from './highlights'
import { offsetAtPoint, offsetsOfRange, rangeOf, textLeaves } from './ranges'
import { revealSpan } from './scroll'
import { spanAtCaret } from './useArticleClick'

const BODY = '# Serums\n\n“It will *rebuild* collagen in anyone,” says Dr. Ana Ruiz.\n'
const START = BODY.indexOf('It will')
const END = BODY.indexOf(',” says')

function article() {
  render(<Article body={BODY} label="Article" />)
  return screen.getByRole('article', { name: 'Article' })
}

describe('body offsets and the rendered article', () => {
  it('maps body offsets to one range over the shown text and back', () => {
    const el = article()
    const leaves = textLeaves(el)
    const range = rangeOf(leaves, START, END)
    expect(range?.toString()).toBe('It will rebuild collagen in anyone')
    expect(offsetsOfRange(el, range as Range)).toEqual({ start: START, end: END })
  })

  it('gives no range for Markdown syntax alone, and the offset of a caret', () => {
    const el = article()
    const leaves = textLeaves(el)
    const star = BODY.indexOf('*')
    expect(rangeOf(leaves, star, star + 1)).toBeNull()
    const text = screen.getByText('rebuild').firstChild as Text
    expect(offsetAtPoint(text, 3)).toBe(BODY.indexOf('rebuild') + 3)
  })

  it('turns named groups of spans into ranges, leaving out spans that show nothing', () => {
    const leaves = textLeaves(article())
    const star = BODY.indexOf('*')
    const groups = rangeGroups(
      leaves,
      new Map([
        ['a', [{ start: START, end: END }]],
        ['b', [{ start: star, end: star + 1 }]],
      ]),
    )
    expect(groups.get('a')?.map((r) => r.toString())).toEqual([
      'It will rebuild collagen in anyone',
    ])
    expect(groups.get('b')).toEqual([])
  })

  it('says when nothing in the article holds a span to reveal', () => {
    const el = article()
    expect(revealSpan(el, textLeaves(el), { start: START, end: END })).toBe(true)
    expect(revealSpan(el, textLeaves(el), { start: 999, end: 1000 })).toBe(false)
  })
})

describe('spanAtCaret', () => {
  const spans = [
    { key: 'a', start: 0, end: 5 },
    { key: 'b', start: 5, end: 9 },
  ]

  it('takes the span holding the character after the caret', () => {
    expect(spanAtCaret(spans, 0)?.key).toBe('a')
    expect(spanAtCaret(spans, 5)?.key).toBe('b')
  })

  it('else the span ending at the caret, and nothing outside every span', () => {
    expect(spanAtCaret(spans, 9)?.key).toBe('b')
    expect(spanAtCaret(spans, 10)).toBeUndefined()
  })
})

describe('useSpanHighlights', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('registers each group under its name, later groups above, and removes them on unmount', () => {
    const registry = new Map<string, { ranges: Range[]; priority: number }>()
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[]
        priority = 0
        constructor(...ranges: Range[]) {
          this.ranges = ranges
        }
      },
    )
    vi.stubGlobal('CSS', { highlights: registry })
    const leaves = textLeaves(article())
    const groups = new Map([
      ['galley-test-plain', [{ start: START, end: END }]],
      ['galley-test-active', []],
    ])
    const { unmount } = renderHook(() => useSpanHighlights(leaves, groups, 10))
    expect(registry.get('galley-test-plain')?.ranges.map(String)).toEqual([
      'It will rebuild collagen in anyone',
    ])
    expect(registry.get('galley-test-plain')?.priority).toBe(10)
    expect(registry.get('galley-test-active')?.priority).toBe(11)
    unmount()
    expect(registry.size).toBe(0)
  })
})
