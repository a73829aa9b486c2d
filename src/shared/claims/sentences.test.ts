import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences'

const texts = (md: string) => splitSentences(md).map((s) => md.slice(s.start, s.end))

describe('splitSentences', () => {
  it('splits on sentence ends but not on abbreviations, initials or decimals', () => {
    const md =
      'Dr. Ines Halloway, e.g. a dermatologist, saw 2.5 times more cases. J. Reed agreed! Did she? Yes.'
    expect(texts(md)).toEqual([
      'Dr. Ines Halloway, e.g. a dermatologist, saw 2.5 times more cases.',
      'J. Reed agreed!',
      'Did she?',
      'Yes.',
    ])
  })

  it('keeps heading and list markers out of spans and labels blocks', () => {
    const md = '# A title\n\n- First item. Second part.\n2. Numbered item\n\n> Quoted line.'
    const spans = splitSentences(md)
    expect(spans.map((s) => [md.slice(s.start, s.end), s.block])).toEqual([
      ['A title', 'heading'],
      ['First item.', 'list-item'],
      ['Second part.', 'list-item'],
      ['Numbered item', 'list-item'],
      ['Quoted line.', 'quote'],
    ])
  })

  it('joins hard-wrapped lines, skips code and keeps closing quotes', () => {
    const md = 'It grew by\nhalf in a year. “It works.” She smiled.\n\n```\nx = 1. Y = 2.\n```\n'
    expect(texts(md)).toEqual(['It grew by\nhalf in a year.', '“It works.”', 'She smiled.'])
  })

  it('does not split inside link targets and keeps emphasis around the words', () => {
    const md = 'See [the trial](https://example.org/a.b. C) now. **Bold claim.** Next'
    expect(texts(md)).toEqual([
      'See [the trial](https://example.org/a.b. C) now.',
      '**Bold claim.**',
      'Next',
    ])
  })

  it('treats setext headings and table cells as blocks', () => {
    const md = 'Big title\n=========\n\n| Name | Share |\n| --- | --- |\n| Kelp | 40% |\n'
    expect(splitSentences(md).map((s) => [md.slice(s.start, s.end), s.block])).toEqual([
      ['Big title', 'heading'],
      ['Name', 'table-cell'],
      ['Share', 'table-cell'],
      ['Kelp', 'table-cell'],
      ['40%', 'table-cell'],
    ])
  })
})
