import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'

// Round 32: a recipe's ingredient lines with a note on preparing them after a comma, or a
// bracketed aside, are still ingredients (spotter.ts `quantityLists`). Short texts written for
// these tests, with look-alikes that must still be proposed.

describe('ingredient lines with preparation notes and brackets', () => {
  const md = [
    '## Ingredients',
    '',
    '- 3 tins (400 g each) chopped tomatoes',
    '- 2 shallots, finely sliced',
    '- 6 anchovy fillets, drained and chopped',
    '- 2 tablespoons butter, softened, plus extra for the dish',
    '- 1 teaspoon sea salt',
    '- 300 g dried linguine',
    '- juice of half a lemon, plus the zest',
    '- a few sprigs of parsley, leaves picked',
    '',
    '## Method',
    '',
    '1. Bring a large pan of salted water to the boil.',
  ].join('\n')

  it('leaves every line of the list alone', () => {
    expect(
      proposals(md, [
        '3 tins (400 g each)',
        '2 shallots, finely sliced',
        '6 anchovy fillets',
        '2 tablespoons butter, softened',
        '1 teaspoon sea salt',
        '300 g dried linguine',
        'juice of half a lemon',
      ]).proposed,
    ).toEqual([])
  })

  it('also after a "You will need" lead-in, with the method in prose', () => {
    const text = [
      'You will need:',
      '',
      '- 500 ml whole milk, warmed',
      '- 2 eggs (large), beaten',
      '- 120 g caster sugar, plus a little for dusting',
      '- 1 vanilla pod, split',
      '',
      'Whisk the eggs and sugar until pale, then pour in the warm milk.',
    ].join('\n')
    expect(
      proposals(text, ['500 ml whole milk', '2 eggs (large)', '120 g caster sugar']).proposed,
    ).toEqual([])
  })
})

describe('lists a comma does not make a recipe', () => {
  it('keeps a specification list with notes after a comma, with no recipe around it', () => {
    const md = [
      'What you get:',
      '',
      '- 3 zipped pockets, one sized for a phone',
      '- 450 g, including the hip belt',
      '- 28 litres (30 with the lid extended)',
      '',
      'The pack costs £140 at most outdoor shops.',
    ].join('\n')
    expect(proposals(md, ['3 zipped pockets', '450 g, including', '28 litres (30']).missed).toEqual(
      [],
    )
  })

  it('keeps a claim in an ingredient list that states something with a verb', () => {
    const md = [
      '## Ingredients',
      '',
      '- 400 g chickpeas, drained',
      '- 2 tablespoons tahini',
      '- 1 garlic clove, crushed',
      '- 3 tablespoons lemon juice',
      '- Chickpeas contain 7 g of protein per 100 g, more than most beans.',
      '',
      '## Method',
      '',
      'Blend everything until smooth.',
    ].join('\n')
    expect(proposals(md, ['7 g of protein per 100 g']).missed).toEqual([])
  })
})
