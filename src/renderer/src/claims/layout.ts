// Where margin cards go: each level with its span, none overlapping, the focused one exact.

/** A card to place: its key and the y its span starts at (margin coordinates). */
export interface Wanted {
  readonly key: string
  readonly want: number
}

/** A placed card. */
export interface Slot {
  readonly key: string
  readonly top: number
  readonly height: number
}

/**
 * Stacks cards in document order: each at its span's y unless the card above pushes it down.
 * The focused card sits exactly at its span, as a word processor's comment margin does: the
 * cards above it are pushed up to make room, those below pushed down.
 */
export function stackCards(
  items: readonly Wanted[],
  heightOf: (key: string) => number,
  gap: number,
  focusKey: string | null = null,
): Slot[] {
  const n = items.length
  const tops = new Array<number>(n)
  const heights = new Array<number>(n)
  let bottom = -Infinity
  for (let i = 0; i < n; i++) {
    const it = items[i] as Wanted
    heights[i] = heightOf(it.key)
    tops[i] = Math.max(it.want, bottom + gap)
    bottom = (tops[i] as number) + (heights[i] as number)
  }
  const f = focusKey === null ? -1 : items.findIndex((it) => it.key === focusKey)
  if (f >= 0) {
    const focus = items[f] as Wanted
    tops[f] = focus.want
    let above = focus.want
    for (let i = f - 1; i >= 0; i--) {
      const limit = above - gap - (heights[i] as number)
      if ((tops[i] as number) <= limit) break
      tops[i] = limit
      above = limit
    }
    let below = focus.want + (heights[f] as number)
    for (let i = f + 1; i < n; i++) {
      tops[i] = Math.max((items[i] as Wanted).want, below + gap)
      below = (tops[i] as number) + (heights[i] as number)
    }
  }
  return items.map((it, i) => ({
    key: it.key,
    top: tops[i] as number,
    height: heights[i] as number,
  }))
}

/** The slots that overlap [from, to], found by binary search (tops are in order). */
export function slotsIn(slots: readonly Slot[], from: number, to: number): Slot[] {
  let lo = 0
  let hi = slots.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const s = slots[mid] as Slot
    if (s.top + s.height < from) lo = mid + 1
    else hi = mid
  }
  const out: Slot[] = []
  for (let i = lo; i < slots.length; i++) {
    const s = slots[i] as Slot
    if (s.top > to) break
    out.push(s)
  }
  return out
}
