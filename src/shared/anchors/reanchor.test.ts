import { describe, expect, it } from 'vitest'
import { buildOffsetMap, createAnchor, reanchor } from './index'

const OLD = [
  '# Kelp serum review',
  'The serum is clinically proven to reduce wrinkles within six weeks, said Dr Mara Quill.',
  'Quill is a paid ambassador for Vellaria, the brand behind the serum.',
  'We may earn a commission on purchases made through links in this article.',
  'Photo: Ines Roe for Galley.',
].join('\n\n')

const at = (text: string, quote: string) => {
  const i = text.indexOf(quote)
  if (i < 0) throw new Error(`no ${quote}`)
  return createAnchor(text, i, i + quote.length)
}

describe('createAnchor', () => {
  it('keeps the quote with 32 characters of context either side', () => {
    const a = at(OLD, 'clinically proven')
    expect(a.exact).toBe('clinically proven')
    expect(a.prefix).toBe(OLD.slice(a.start - 32, a.start))
    expect(a.suffix).toBe(OLD.slice(a.end, a.end + 32))
    expect(createAnchor('abc', 2, 99)).toMatchObject({ start: 2, end: 3, exact: 'c', suffix: '' })
  })
})

describe('reanchor', () => {
  it('anchors quotes that only shifted, with an edit before them', () => {
    const next = OLD.replace(
      'Kelp serum review',
      'A long look at the kelp serum everyone talks about',
    )
    const [r] = reanchor([at(OLD, 'paid ambassador for Vellaria')], OLD, next)
    expect(r).toMatchObject({ status: 'anchored', exact: 'paid ambassador for Vellaria' })
    expect(next.slice(r?.start, r?.end)).toBe('paid ambassador for Vellaria')
  })

  it('reports changed when the anchored text was edited, with the new text', () => {
    const next = OLD.replace('within six weeks', 'within eight weeks')
    const [r] = reanchor([at(OLD, 'reduce wrinkles within six weeks')], OLD, next)
    expect(r).toMatchObject({ status: 'changed', exact: 'reduce wrinkles within eight weeks' })
  })

  it('follows a moved paragraph and says moved', () => {
    const paras = OLD.split('\n\n')
    const next = [paras[0], paras[3], paras[1], paras[2], paras[4]].join('\n\n')
    const [r] = reanchor([at(OLD, 'We may earn a commission')], OLD, next)
    expect(r).toMatchObject({ status: 'moved', exact: 'We may earn a commission' })
    expect(r?.start).toBe(next.indexOf('We may earn a commission'))
  })

  it('finds a sentence cut from one paragraph and pasted into another as moved', () => {
    const sentence = 'Quill is a paid ambassador for Vellaria, the brand behind the serum.'
    const next = OLD.replace(`\n\n${sentence}`, '').replace('Photo:', `${sentence} Photo:`)
    const [r] = reanchor([at(OLD, 'paid ambassador for Vellaria')], OLD, next)
    expect(r?.status).toBe('moved')
    expect(next.slice(r?.start, r?.end)).toBe('paid ambassador for Vellaria')
  })

  it('fuzzy-finds a quote whose edges were rewritten', () => {
    const next = OLD.replace('said Dr Mara Quill', 'according to Dr Mara Quill')
    const [r] = reanchor([at(OLD, 'six weeks, said Dr Mara Quill.')], OLD, next)
    expect(r?.status).toBe('changed')
    expect(r?.exact).toContain('Dr Mara Quill')
  })

  it('orphans a quote whose paragraph was deleted, keeping its old place and text', () => {
    const next = OLD.replace('\n\nPhoto: Ines Roe for Galley.', '')
    const a = at(OLD, 'Ines Roe')
    const [r] = reanchor([a], OLD, next)
    expect(r).toMatchObject({ status: 'orphaned', exact: 'Ines Roe' })
    expect(r?.start).toBe(Math.min(a.start, next.length))
  })

  it('reuses one offset map for many anchors and never drops one', () => {
    const next = OLD.replace('six', '6').replace('Vellaria', 'Velaria')
    const map = buildOffsetMap(OLD, next)
    const anchors = ['clinically proven', 'six weeks', 'Vellaria', 'commission', 'Photo'].map((q) =>
      at(OLD, q),
    )
    const out = reanchor(anchors, OLD, next, map)
    expect(out).toHaveLength(5)
    expect(out.map((r) => r.status)).toEqual([
      'anchored',
      'changed',
      'changed',
      'anchored',
      'anchored',
    ])
  })
})

describe('reanchor, a paragraph replaced before an edited one that moved down', () => {
  it('finds the whole edited sentence, not a shorter piece of it', () => {
    const a =
      'Intro.\n\nVellaria reduces wrinkles by 38 percent within six weeks.\n\nWe liked the smell.\n'
    const b =
      'Intro.\n\nA new opening paragraph pushes everything down.\n\nWe liked the smell.\n\nVellaria reduces wrinkles by 21 percent within eight weeks.\n'
    const quote = 'Vellaria reduces wrinkles by 38 percent within six weeks.'
    const at = a.indexOf(quote)
    const [r] = reanchor([createAnchor(a, at, at + quote.length)], a, b)
    expect(r?.status).toBe('changed')
    expect(r?.exact).toBe('Vellaria reduces wrinkles by 21 percent within eight weeks.')
  })
})
