import { describe, expect, it } from 'vitest'
import { slotsIn, stackCards, type Slot } from './layout'

const SIZES = { full: 80, oneLine: 58, least: 30, gap: 6 }
const tops = (slots: readonly Slot[]) => slots.map((s) => s.top)
const wanted = (...wants: number[]) => wants.map((want, i) => ({ key: String(i), want }))

describe('stackCards', () => {
  it('puts each card level with its span, shrinking one whose next span is close', () => {
    const slots = stackCards(wanted(0, 40, 400), SIZES)
    expect(tops(slots)).toEqual([0, 40, 400])
    expect(slots.map((s) => s.height)).toEqual([30, 80, 80])
    for (let i = 1; i < slots.length; i++) {
      expect(slots[i]!.top).toBeGreaterThanOrEqual(slots[i - 1]!.top + slots[i - 1]!.height)
    }
  })

  it('pushes only through a crowded stretch: the next card with room is level again', () => {
    // Three spans on one line, then spans a line apart: the pile-up ends within a few lines.
    const slots = stackCards(wanted(0, 0, 0, 31, 62, 93, 124, 300, 600), SIZES)
    expect(tops(slots).slice(0, 3)).toEqual([0, 36, 72])
    expect(slots[7]!.top).toBe(300)
    expect(slots[8]!.top).toBe(600)
    for (let i = 1; i < slots.length; i++) {
      expect(slots[i]!.top).toBeGreaterThanOrEqual(slots[i - 1]!.top + slots[i - 1]!.height)
    }
  })

  it('keeps the open card exactly level, over its neighbours, and moves no other card', () => {
    const items = wanted(100, 120, 140, 260, 900)
    const closed = stackCards(items, SIZES)
    const open = stackCards(items, SIZES, { key: '2', height: 800 })
    expect(open[2]).toEqual({ key: '2', top: 140, height: 800 })
    expect(tops(open).filter((_, i) => i !== 2)).toEqual(tops(closed).filter((_, i) => i !== 2))
    expect(open[4]!.top).toBe(900)
  })

  it('finds the slots in a band by binary search', () => {
    const slots = stackCards(
      Array.from({ length: 1000 }, (_, i) => ({ key: String(i), want: i * 50 })),
      SIZES,
    )
    const shown = slotsIn(slots, 10_000, 10_800)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(20)
    for (const s of shown) {
      expect(s.top + s.height).toBeGreaterThanOrEqual(10_000)
      expect(s.top).toBeLessThanOrEqual(10_800)
    }
  })
})
