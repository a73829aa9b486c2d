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

describe('"which makes them" with where or for whom: a maker, not a cause', () => {
  const md = [
    'The boots come from Skellig, which makes them in Portugal.',
    '',
    'The kettles are sold by Orrin, which makes them by hand for two shops.',
    '',
    'The kettle has a wide spout, which makes it a good choice for a shared kitchen.',
    '',
    'Teller posts a video every morning, which makes him the one to watch.',
    '',
    'The lid clicks shut, which makes it easy to carry.',
  ].join('\n')

  it('proposes who makes a product and where', () => {
    expect(
      proposals(md, ['which makes them in Portugal', 'which makes them by hand']).missed,
    ).toEqual([])
  })

  it('leaves a cause alone', () => {
    expect(
      proposals(md, [
        'which makes it a good choice',
        'which makes him the one to watch',
        'which makes it easy to carry',
      ]).proposed,
    ).toEqual([])
  })
})

describe('a judgement of taste set beside a claim does not go with it', () => {
  const md = [
    'The ferry costs £12 each way, and the views are worth every penny.',
    '',
    'The kettle boils a litre in 3 minutes, and it makes a lovely cup of tea.',
    '',
    'Each cartridge lasts six months, and the system fits under a standard sink.',
  ].join('\n')

  it('keeps the claim and leaves the judgement out of it', () => {
    expect(
      proposals(md, [
        'The ferry costs £12 each way',
        'The kettle boils a litre in 3 minutes',
        'the system fits under a standard sink',
      ]).missed,
    ).toEqual([])
    expect(
      proposals(md, ['the views are worth every penny', 'it makes a lovely cup of tea']).proposed,
    ).toEqual([])
  })
})
