import { describe, expect, it } from 'vitest'
import { evaluateSpotter } from './claims'
import { FRESH_SENTENCES, HELD_OUT_SENTENCES, LABELLED_SENTENCES } from './cases/claim-sentences'

describe('evaluateSpotter', () => {
  it('has at least 80 labelled sentences from four kinds of writing, both labels', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(80)
    expect(new Set(LABELLED_SENTENCES.map((s) => s.domain))).toEqual(
      new Set(['feature', 'health', 'finance', 'science']),
    )
    expect(LABELLED_SENTENCES.filter((s) => !s.checkWorthy).length).toBeGreaterThan(30)
  })

  it('meets the targets on the labelled set and on all sets together', () => {
    const dev = evaluateSpotter()
    expect(dev.recall).toBeGreaterThanOrEqual(0.9)
    expect(dev.precision).toBeGreaterThanOrEqual(0.6)
    const all = evaluateSpotter([...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES, ...FRESH_SENTENCES])
    expect(all.recall).toBeGreaterThanOrEqual(0.9)
    expect(all.precision).toBeGreaterThanOrEqual(0.6)
  })

  it('counts a flagged negative as a false positive and a missed positive as a false negative', () => {
    const s = evaluateSpotter([
      { text: 'Sales rose 40% in 2023.', checkWorthy: true, domain: 'finance' },
      { text: 'The cat sat on the mat.', checkWorthy: true, domain: 'feature' },
      // A count in a scene: the spotter proposes it though nothing here needs checking.
      { text: 'She pours two cups of tea.', checkWorthy: false, domain: 'feature' },
      { text: 'What now?', checkWorthy: false, domain: 'feature' },
    ])
    expect([s.truePositives, s.falseNegatives, s.falsePositives, s.trueNegatives]).toEqual([
      1, 1, 1, 1,
    ])
    expect(s.precision).toBe(0.5)
    expect(s.recall).toBe(0.5)
    expect(s.missed).toEqual(['The cat sat on the mat.'])
  })
})
