import { describe, expect, it } from 'vitest'
import { slotsIn, stackCards } from './layout'

const h = () => 80

describe('stackCards', () => {
  it('puts each card level with its span unless the card above pushes it down', () => {
    const slots = stackCards(
      [
        { key: 'a', want: 0 },
        { key: 'b', want: 40 },
        { key: 'c', want: 400 },
      ],
      h,
      8,
    )
    expect(slots.map((s) => s.top)).toEqual([0, 88, 400])
  })

  it('keeps the focused card exactly level and pushes the cards above it up', () => {
    const slots = stackCards(
      [
        { key: 'a', want: 100 },
        { key: 'b', want: 120 },
        { key: 'c', want: 140 },
      ],
      (k) => (k === 'c' ? 300 : 80),
      8,
      'c',
    )
    expect(slots.map((s) => s.top)).toEqual([140 - 8 - 80 - 8 - 80, 140 - 8 - 80, 140])
    for (let i = 1; i < slots.length; i++) {
      expect(slots[i]!.top).toBeGreaterThanOrEqual(slots[i - 1]!.top + slots[i - 1]!.height)
    }
  })

  it('finds the slots in a band by binary search', () => {
    const slots = stackCards(
      Array.from({ length: 1000 }, (_, i) => ({ key: String(i), want: i * 50 })),
      h,
      8,
    )
    const shown = slotsIn(slots, 10_000, 10_800)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(15)
    for (const s of shown) {
      expect(s.top + s.height).toBeGreaterThanOrEqual(10_000)
      expect(s.top).toBeLessThanOrEqual(10_800)
    }
  })
})
