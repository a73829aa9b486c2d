import { describe, expect, it } from 'vitest'
import { applyDecisions, diffRevisions, touched } from './index'

const OLD = [
  '# Kelp serum',
  'The serum is clinically proven to reduce wrinkles within six weeks, said Dr Mara Quill.',
  '“It is gentler than retinol,” Quill told us.',
  'We may earn a commission on purchases made through links.',
].join('\n\n')

describe('diffRevisions', () => {
  it('marks numbers, names and quotes substantive and punctuation or spacing not', () => {
    const next = OLD.replace('six weeks', '8 weeks')
      .replace('Dr Mara Quill', 'Dr Mara Quell')
      .replace('gentler than', 'kinder than')
      .replace('said Dr', 'said  Dr')
      .replace('links.', 'links!')
    const d = diffRevisions(OLD, next)
    const by = (t: string) => d.changes.find((c) => c.oldText.includes(t) || c.newText.includes(t))
    expect(by('8')?.reasons).toContain('number')
    expect(by('Quell')?.reasons).toContain('name')
    expect(by('kinder')?.reasons).toContain('quote')
    expect(by('!')).toMatchObject({ trivial: 'punctuation', substantive: false })
    expect(d.changes.find((c) => c.trivial === 'whitespace')?.substantive).toBe(false)
    expect(d.stats.wordsAdded).toBeGreaterThanOrEqual(3)
  })

  it('flags edits inside protected ranges and reports what a change touched', () => {
    const disclosure = { start: OLD.indexOf('We may'), end: OLD.length, label: 'affiliate' }
    const next = OLD.replace('We may earn', 'We might earn')
    const d = diffRevisions(OLD, next, { protectedRanges: [disclosure] })
    const [c] = d.changes
    expect(c).toMatchObject({ substantive: true, protectedLabels: ['affiliate'] })
    expect(c && touched(c, [disclosure, { start: 0, end: 5 }])).toEqual([disclosure])
  })

  it('aligns a changed paragraph as one row and shows a moved paragraph as a move', () => {
    const paras = OLD.split('\n\n')
    const next = [paras[0], paras[3], paras[1]?.replace('six', 'eight'), paras[2]].join('\n\n')
    const d = diffRevisions(OLD, next)
    expect(d.rows.map((r) => r.kind)).toEqual([
      'unchanged',
      'moved-to',
      'changed',
      'unchanged',
      'moved-from',
    ])
    const move = d.changes.find((c) => c.kind === 'move')
    expect(move?.oldText.trim()).toBe(paras[3])
    expect(applyDecisions(OLD, next, d, new Set(move ? [move.id] : []))).toBe(
      [paras[0], paras[3], ...paras.slice(1, 3)].join('\n\n'),
    )
  })

  it('falls back to whole paragraphs when out of time and stays exact', () => {
    const next = OLD.replace('serum', 'oil').replace('Quill', 'Q.')
    const d = diffRevisions(OLD, next, { timeoutMs: 0 })
    expect(d.fallback).toBe('paragraphs')
    expect(applyDecisions(OLD, next, d, new Set(d.changes.map((c) => c.id)))).toBe(next)
    expect(applyDecisions(OLD, next, d, new Set())).toBe(OLD)
  })

  it('gives each change a few words of context', () => {
    const d = diffRevisions(OLD, OLD.replace('wrinkles', 'lines'))
    expect(d.changes[0]?.context).toEqual({
      before: 'is clinically proven to reduce',
      after: 'within six weeks, said Dr',
    })
  })
})
