import { describe, expect, it } from 'vitest'
import { MARK, plainMarkdown, textRuns } from './markdown'

describe('Markdown as a reader sees it', () => {
  it('shows a link as its text, emphasis and headings without their marks', () => {
    expect(
      plainMarkdown(
        'If you would rather, [Pell & Quist Night Ferment Oil, £55](https://shop.example/oil) sinks in.',
      ),
    ).toBe('If you would rather, Pell & Quist Night Ferment Oil, £55 sinks in.')
    expect(plainMarkdown('*Dr. Achterberg is a paid ambassador for Orrenby.*')).toBe(
      'Dr. Achterberg is a paid ambassador for Orrenby.',
    )
    expect(plainMarkdown('## What the research says')).toBe('What the research says')
    expect(plainMarkdown('**Q:** Can I use it with `retinol`?')).toBe(
      'Q: Can I use it with retinol?',
    )
    expect(plainMarkdown('Plain words stay as they are.')).toBe('Plain words stay as they are.')
  })

  it('keeps each run’s style and a link’s target', () => {
    const runs = textRuns('See *the [report](https://example.org/r)* now.')
    expect(runs).toEqual([
      { text: 'See ', flags: 0, href: null },
      { text: 'the ', flags: MARK.em, href: null },
      { text: 'report', flags: MARK.em | MARK.link, href: 'https://example.org/r' },
      { text: ' now.', flags: 0, href: null },
    ])
  })

  it('leaves list bullets and a lone mark as written; an escape shows its character', () => {
    expect(plainMarkdown('- one item')).toBe('- one item')
    expect(plainMarkdown('a \\*literal\\* star')).toBe('a *literal* star')
    expect(plainMarkdown('costs 5 * 3')).toBe('costs 5 * 3')
  })
})
