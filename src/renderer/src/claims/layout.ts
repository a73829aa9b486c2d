// Where margin cards go: each level with its span. A card shrinks before it pushes the next one
// down, so a crowded stretch never carries its pile-up further down the margin; the open card
// sits exactly at its span, over its neighbours, and moves no other card.

/** A card to place: its key and the y its span starts at (margin coordinates). */
export interface Wanted {
  readonly key: string
  readonly want: number
}

/** A placed card: `height` is what it may take (a collapsed card may be shrunk to fit). */
export interface Slot {
  readonly key: string
  readonly top: number
  readonly height: number
}

/** The sizes a collapsed card may take, and the gap kept between cards. */
export interface CardSizes {
  /** A collapsed card's full height (its chips and two lines of excerpt). */
  readonly full: number
  /** Its chips and one line of excerpt. */
  readonly oneLine: number
  /** The least a collapsed card shrinks to (its chips alone). */
  readonly least: number
  readonly gap: number
}

/** The tallest of the card's sizes that fits in `room` (at least its chips). */
function fitting(sizes: CardSizes, room: number): number {
  if (room >= sizes.full) return sizes.full
  if (room >= sizes.oneLine) return sizes.oneLine
  return sizes.least
}

/**
 * Places cards in document order. A collapsed card sits at its span's y, or just below the card
 * above when that one reaches further; it takes its full height when the next span is far
 * enough away, else it shrinks (to one line, then its chips) to end before the next span, so the cards
 * after a crowded stretch are level again at once. The focused card sits exactly at its span
 * with its own height, drawn over the cards it covers, which keep their places: opening a card
 * never moves the rest of the margin.
 */
export function stackCards(
  items: readonly Wanted[],
  sizes: CardSizes,
  focus: { readonly key: string; readonly height: number } | null = null,
): Slot[] {
  const out: Slot[] = []
  let bottom = -Infinity
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Wanted
    const top = Math.max(it.want, bottom + sizes.gap)
    const next = items[i + 1]?.want ?? Infinity
    const height = fitting(sizes, next - sizes.gap - top)
    bottom = top + height
    out.push(
      focus && it.key === focus.key
        ? { key: it.key, top: it.want, height: focus.height }
        : { key: it.key, top, height },
    )
  }
  return out
}

/** The slots that overlap [from, to] (tops are in order, give or take the focused one). */
export function slotsIn(slots: readonly Slot[], from: number, to: number): Slot[] {
  let lo = 0
  let hi = slots.length
  // Collapsed cards end before the next one starts: search on tops, with a card's reach.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const s = slots[mid] as Slot
    if (s.top + s.height < from) lo = mid + 1
    else hi = mid
  }
  const out: Slot[] = []
  for (let i = Math.max(0, lo - 1); i < slots.length; i++) {
    const s = slots[i] as Slot
    if (s.top > to) break
    if (s.top + s.height >= from) out.push(s)
  }
  return out
}
