import { describe, expect, it } from 'vitest'
import { FEATURES } from '../src/shared/claims/features'
import { probability } from '../src/shared/claims/model'
import { fit, SETS } from './train-claims'

describe('the claim model trainer', () => {
  it('fits weights that separate what one feature decides', () => {
    const row = (digit: number, y: number) => {
      const x = new Float64Array(FEATURES.length)
      x[FEATURES.indexOf('bias')] = 1
      x[FEATURES.indexOf('digit')] = digit
      return { x, y, w: 1 }
    }
    const rows = [
      ...Array.from({ length: 20 }, () => row(1, 1)),
      ...Array.from({ length: 20 }, () => row(0, 0)),
    ]
    const model = fit(rows, 15)
    expect(model.weights).toHaveLength(FEATURES.length)
    expect(probability(model, rows[0]?.x ?? [])).toBeGreaterThan(0.8)
    expect(probability(model, rows[25]?.x ?? [])).toBeLessThan(0.2)
  })

  it('weighs rows: a row that counts more pulls the fit its way', () => {
    const row = (y: number, w: number) => {
      const x = new Float64Array(FEATURES.length)
      x[FEATURES.indexOf('bias')] = 1
      return { x, y, w }
    }
    const heavy = fit([row(1, 3), row(0, 1)], 20, [], 0)
    expect(probability(heavy, row(1, 1).x)).toBeCloseTo(0.75, 3)
  })

  it('trains on the spent labelled sets and never on the unmeasured blind set', () => {
    expect(SETS.map((s) => s.name)).toEqual([
      'corpus',
      'articles',
      'holdout',
      'fresh',
      'blind',
      'blind2',
      'blind3',
      'blind4',
      'blind5',
      'blind6',
      'blind7',
      'blind8',
      'blind9',
      'blind10',
      'blind11',
    ])
    expect(SETS.some((s) => /blind12/.test(s.dir))).toBe(false)
  })
})
