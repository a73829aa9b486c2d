import { describe, expect, it } from 'vitest'
import { proposals } from '../../../test/support/claims'
import { candidateFeatures, FEATURES } from './features'
import { align, CLAIM_MODEL, decides, probability, type ClaimModel } from './model'
import { spotClaims } from './spotter'
import SAVED from './claim-model.json'

// Short articles written for these tests (invented people, places and brands). `proposed` is
// whether any suggestion of the shipped spotter (with its check-worthiness model) overlaps the
// phrase.

describe('the shipped model', () => {
  it('has a weight for every feature the spotter computes, and no others', () => {
    expect([...SAVED.features].sort()).toEqual([...FEATURES].sort())
    expect(SAVED.weights).toHaveLength(FEATURES.length)
    expect(SAVED.threshold).toBeGreaterThan(0)
    expect(SAVED.threshold).toBeLessThan(1)
  })

  it('reads saved weights by name, whatever their order', () => {
    const model = align({ features: ['bias', 'digit'], weights: [-1, 3], threshold: 0.5 })
    const x = new Float64Array(FEATURES.length)
    x[FEATURES.indexOf('bias')] = 1
    expect(probability(model, x)).toBeCloseTo(1 / (1 + Math.E), 6)
    x[FEATURES.indexOf('digit')] = 1
    expect(probability(model, x)).toBeCloseTo(1 / (1 + Math.exp(-2)), 6)
  })

  it('computes every feature in [0, 1], with the bias set', () => {
    const x = candidateFeatures({
      tokens: [],
      matches: [],
      kind: 'main',
      continues: false,
      role: 'body',
      listItem: false,
      blockquote: false,
      firstSentence: true,
      lead: false,
      quoted: false,
      veto: null,
      enough: false,
      names: [],
      strongElsewhere: false,
      units: 1,
    })
    expect(x).toHaveLength(FEATURES.length)
    expect(x[FEATURES.indexOf('bias')]).toBe(1)
    expect([...x].every((v) => v >= 0 && v <= 1)).toBe(true)
    expect(CLAIM_MODEL.weights).toHaveLength(FEATURES.length)
  })
})

describe('check-worthy statements are proposed', () => {
  const md = [
    '# The Brisk 3 field phone',
    '',
    'The Brisk 3 is rated IP67 and its battery holds a charge for four days.',
    '',
    'Yerba mate is not a stimulant-free drink, and decaf green tea is not caffeine-free either.',
    '',
    'Halvern Outdoor, which owns the Brisk brand, is a subsidiary of Caddon Group.',
    '',
    '“Most of the phones we return have cracked ports, not cracked screens,” said Ilsa Maren, who runs the repair desk at Tolbury Electronics. “I have fixed 2,000 of them since 2019.”',
  ].join('\n')

  it('proposes a specification, a denied property, ownership and a source’s claims in quotes', () => {
    expect(
      proposals(md, [
        'is rated IP67',
        'is not a stimulant-free drink',
        'is a subsidiary of Caddon Group',
        'Most of the phones we return have cracked ports',
        'I have fixed 2,000 of them since 2019',
      ]).missed,
    ).toEqual([])
  })
})

describe('what is not a claim stays unproposed', () => {
  const md = [
    'Q: How long did the tests take?',
    '',
    'A: We ran each phone for 40 hours in a rain chamber at 25 °C.',
    '',
    'Charge the phone fully before first use. Keep it away from open flames.',
    '',
    '© 2026 Tolbury Media Ltd. All rights reserved.',
    '',
    'Sign up for our newsletter to get the weekly deals.',
  ].join('\n')

  it('does not propose instructions, copyright lines, sign-ups or questions', () => {
    expect(
      proposals(md, [
        'Charge the phone fully',
        'Keep it away from open flames',
        '© 2026 Tolbury Media',
        'Sign up for our newsletter',
        'How long did the tests take',
      ]).proposed,
    ).toEqual([])
  })

  it('never proposes them, whatever a model says: they are no candidates', () => {
    // A model that proposes every candidate clause.
    const yes: ClaimModel = align({ features: ['bias'], weights: [10], threshold: 0.5 })
    for (const model of [yes, CLAIM_MODEL]) {
      const spans = spotClaims(md, { model })
      const at = (p: string) => md.indexOf(p)
      for (const p of [
        'Charge the phone fully',
        'Keep it away from open flames',
        '© 2026 Tolbury Media',
        'Sign up for our newsletter',
        'How long did the tests',
      ])
        expect(spans.some((s) => s.start <= at(p) && at(p) < s.end)).toBe(false)
      expect(spans.every((s) => !/^A:/.test(s.text))).toBe(true)
    }
  })

  it('proposes an answer without its "A:" label', () => {
    const spans = spotClaims(md).map((s) => s.text)
    expect(spans.some((s) => s.includes('40 hours'))).toBe(true)
    expect(spans.every((s) => !/^A:/.test(s))).toBe(true)
  })

  it('proposes an answer without a dotted "A." label; elsewhere "A." is an initial', () => {
    // Written for this test: an interview set with "Q." and "A." labels.
    const dotted = [
      'Dr Lena Moss studies bread at the Grain Institute.',
      '',
      'Q. Is sourdough safe for coeliacs?',
      '',
      'A. That sourdough is gluten-free is a myth. Fermentation breaks down only some gluten.',
      '',
      'Q. And rye?',
      '',
      'A. Rye holds 40 per cent less gluten than wheat.',
    ].join('\n')
    const spans = spotClaims(dotted).map((s) => s.text)
    expect(spans.some((s) => s.startsWith('That sourdough is gluten-free'))).toBe(true)
    expect(spans.every((s) => !/^A\./.test(s))).toBe(true)
    // Outside a Q&A labelled so, "A." is an initial and stays in the claim.
    const named = 'A. J. Ferris described the starter in 1936, in a paper of 40 pages.'
    expect(spotClaims(named).map((s) => s.text)).toEqual([named])
  })

  it('splits a quote in British straight single marks from its attribution', () => {
    // Written for this test.
    const british = [
      "'Most people apply far too little,' says Ana Lind, a pharmacist in Leeds. 'A pea-sized amount, three times a day, is the minimum.'",
    ].join('\n')
    const spans = spotClaims(british).map((s) => s.text)
    expect(spans).toContain('Most people apply far too little')
    expect(spans.some((s) => s.startsWith('A pea-sized amount, three times a day'))).toBe(true)
    expect(spans.every((s) => !s.includes('says Ana Lind'))).toBe(true)
  })
})

describe('the model re-scoring the rules’ candidates (keep / add)', () => {
  const md = [
    'The Orvin 2 kettle costs £45 and boils a litre in 140 seconds.',
    '',
    'We loved the matt finish, and the lid opens with one thumb.',
    '',
    'Most kettles in this price band take about three minutes.',
    '',
    'The studio smelled of toast when we arrived.',
  ].join('\n')
  const weighted = (weights: number[], extra: Partial<ClaimModel>): ClaimModel =>
    align({ features: ['bias'], weights, threshold: 0.5, ...extra })

  it('decides by the rules first: keep vetoes a proposed clause, add takes a cued one', () => {
    const m: ClaimModel = { features: [], weights: [], threshold: 0.5, keep: 0.2, add: 0.8 }
    expect(decides(m, 0.3, true, true)).toBe(true)
    expect(decides(m, 0.1, true, true)).toBe(false)
    expect(decides(m, 0.9, false, true)).toBe(true)
    expect(decides(m, 0.7, false, true)).toBe(false)
    // No cue: never added, however sure the model is (its reason would be no rule's).
    expect(decides(m, 0.99, false, false)).toBe(false)
    // Deciding alone, the threshold is all.
    expect(decides({ ...m, keep: undefined, add: undefined }, 0.6, false, false)).toBe(true)
  })

  it('keeps the rules’ output exactly when nothing is vetoed and nothing added', () => {
    const same = spotClaims(md, { model: weighted([-10], { keep: 0 }) })
    expect(same).toEqual(spotClaims(md, { model: null }))
  })

  it('adds only clauses a cue marks, each with a rule’s reason', () => {
    // A model that would propose everything: only cued clauses come in, never "statement".
    const spans = spotClaims(md, { model: weighted([10], { keep: 0, add: 0.5 }) })
    expect(spans.length).toBeGreaterThanOrEqual(spotClaims(md, { model: null }).length)
    expect(spans.every((s) => s.rules.length > 0 && !s.rules.includes('statement'))).toBe(true)
    expect(spans.some((s) => s.text.includes('smelled of toast'))).toBe(false)
  })

  it('vetoes everything the rules propose when the model scores it below keep', () => {
    expect(spotClaims(md, { model: weighted([-10], { keep: 0.5 }) })).toEqual([])
  })
})
