import { describe, expect, it } from 'vitest'
import { paragraphAt, paragraphs, paragraphUnits } from './paragraphs'

describe('paragraphs', () => {
  it('splits at blank lines, with offsets into the body and trimmed text', () => {
    const body = 'First line\nsame paragraph.  \n\n   Second one.\n \t\nThird.'
    const ps = paragraphs(body)
    expect(ps.map((p) => p.text)).toEqual(['First line\nsame paragraph.', 'Second one.', 'Third.'])
    for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text)
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2])
  })

  it('makes a heading line or a thematic break a paragraph of its own', () => {
    const ps = paragraphs('# Title\nLede right under it.\n***\nMore\n- - -\n## Next')
    expect(ps.map((p) => [p.text, p.heading, p.rule])).toEqual([
      ['# Title', true, false],
      ['Lede right under it.', false, false],
      ['***', false, true],
      ['More', false, false],
      ['- - -', false, true],
      ['## Next', true, false],
    ])
  })

  it('does not take #hashtags or short dashes for headings or rules', () => {
    const ps = paragraphs('#hashtag\n--\n\n##\n')
    expect(ps.map((p) => [p.text, p.heading, p.rule])).toEqual([
      ['#hashtag\n--', false, false],
      ['##', false, false],
    ])
  })

  it('marks Q&A questions and answers', () => {
    const ps = paragraphs('**Q:** Why?\n\nA: Because.\n\nQuite so.')
    expect(ps.map((p) => p.qa)).toEqual(['question', 'answer', null])
  })

  it('takes only spaces and tabs for a blank line, as Markdown does', () => {
    expect(paragraphs('One\n\u00a0\nstill one').map((p) => p.text)).toEqual([
      'One\n\u00a0\nstill one',
    ])
    expect(paragraphs('One\r\n\r\nTwo').map((p) => p.text)).toEqual(['One', 'Two'])
  })

  it('gives nothing for an empty or blank body', () => {
    expect(paragraphs('')).toEqual([])
    expect(paragraphs('\n \n\t\n')).toEqual([])
  })
})

describe('paragraphUnits', () => {
  it('covers the text exactly, each unit running to the next', () => {
    const text = '\n\n# Head\nBody\n\n\n  Indented\n\nLast  \n'
    const units = paragraphUnits(text)
    expect(units.map((u) => u.key)).toEqual(['', '# Head\nBody', 'Indented', 'Last'])
    expect(units[0]?.start).toBe(0)
    expect(units.at(-1)?.end).toBe(text.length)
    for (let i = 1; i < units.length; i++) expect(units[i]?.start).toBe(units[i - 1]?.end)
    for (const u of units) expect(text.slice(u.start, u.contentEnd).trim()).toBe(u.key)
  })

  it('takes separators of spaces, tabs and CRLF line ends into the unit before', () => {
    const text = '\n\nA  b\n \n\nC\r\n\r\nD\n'
    const units = paragraphUnits(text)
    expect(units.map((u) => text.slice(u.start, u.end)).join('')).toBe(text)
    expect(units.map((u) => u.key)).toEqual(['', 'A  b', 'C', 'D'])
  })

  it('gives nothing for an empty text', () => {
    expect(paragraphUnits('')).toEqual([])
  })
})

describe('paragraphAt', () => {
  it('finds the paragraph holding an offset, or the last before it', () => {
    const body = 'Alpha.\n\nBeta.\n\nGamma.'
    const ps = paragraphs(body)
    expect(paragraphAt(ps, 0)).toBe(0)
    expect(paragraphAt(ps, body.indexOf('Beta') + 2)).toBe(1)
    expect(paragraphAt(ps, body.indexOf('Gamma') - 1)).toBe(1)
    expect(paragraphAt(ps, body.length)).toBe(2)
    expect(paragraphAt([], 5)).toBe(0)
  })
})
