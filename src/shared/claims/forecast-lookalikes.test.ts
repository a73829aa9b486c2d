import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Look-alikes of a body's reported promise (cues.ts forecasts), written for this test with
// invented bodies: a feeling reported with a time is no promise.

describe('a body’s feeling reported with "would" and a time is no promise', () => {
  const md = [
    'The rowing club said it would miss her this season. The hotel said it would be delighted to welcome walkers again this spring.',
    '',
    'The museum said it would welcome the report next month. The ferry company said it would be proud to carry the torch on Sundays.',
    '',
    'The rowing club said it would move its boathouse next spring.',
  ].join('\n')

  it('leaves missing, welcoming and being delighted alone', () => {
    expect(
      proposals(md, [
        'would miss her',
        'would be delighted',
        'would welcome the report',
        'would be proud',
      ]).proposed,
    ).toEqual([])
  })

  it('still proposes the promise', () => {
    expect(proposals(md, ['would move its boathouse']).missed).toEqual([])
  })
})
