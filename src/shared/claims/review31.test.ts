import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 31 review (language side): look-alikes of this round's claim readings, written for these
// tests (invented people, places and works). `proposals(md, phrases)` says which phrases a
// suggestion overlaps.

describe('a trial on offer, not a trial in a story or a trial lawyer', () => {
  const md = [
    'Pellworth offers a free two-week home trial on its rowing machines.',
    '',
    'Several councils now offer a six-month trial of the scheme to new tenants.',
    '',
    'The gym offers a 30-day trial period to new members.',
    '',
    'The second act includes a trial that drags on far too long.',
    '',
    'The memoir gives a trial lawyer’s view of the case that made her name.',
    '',
    'The box set includes a trial scene shot in one take.',
  ].join('\n')

  it('proposes the offer', () => {
    expect(
      proposals(md, [
        'offers a free two-week home trial',
        'offer a six-month trial of the scheme',
        'offers a 30-day trial period',
      ]).missed,
    ).toEqual([])
  })

  it('leaves a court trial in a review and a trial lawyer alone', () => {
    expect(
      proposals(md, [
        'includes a trial that drags',
        'gives a trial lawyer’s view',
        'includes a trial scene',
      ]).proposed,
    ).toEqual([])
  })
})
