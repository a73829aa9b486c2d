import { useEffect, useState } from 'react'
import type { TextLeaf } from './ranges'
import { scrollParent } from './scroll'

/** Body offsets [from, to) of the article text on screen, with a screen's margin each side. */
export type OffsetWindow = readonly [number, number]

const ALL: OffsetWindow = [0, Infinity]

/** Index of the first leaf whose element ends below `y` (viewport coordinates). */
function leafAt(leaves: readonly TextLeaf[], y: number): number {
  let lo = 0
  let hi = leaves.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const box = leaves[mid]?.text.parentElement?.getBoundingClientRect()
    if (box && box.bottom < y) lo = mid + 1
    else hi = mid
  }
  return Math.min(lo, leaves.length - 1)
}

/**
 * The part of the article near the screen, in body offsets, so that only the spans there are
 * painted: Chromium's highlight painting costs time for every range registered, on every frame.
 * It changes about once per screen of scrolling.
 */
export function useVisibleWindow(
  article: HTMLElement | null,
  leaves: readonly TextLeaf[],
): OffsetWindow {
  const [window_, setWindow] = useState<OffsetWindow>(ALL)
  useEffect(() => {
    if (!article || leaves.length === 0) return
    const scroller = scrollParent(article)
    let frame = 0
    let covered: readonly [number, number] = [Infinity, -Infinity]
    const update = () => {
      frame = 0
      const box = scroller.getBoundingClientRect()
      const h = box.height
      // Still inside what was painted (half a screen of slack each side): nothing to do.
      if (box.top - h / 2 >= covered[0] && box.bottom + h / 2 <= covered[1]) return
      const first = leaves[leafAt(leaves, box.top - 1.5 * h)]
      const last = leaves[leafAt(leaves, box.bottom + 1.5 * h)]
      if (!first || !last) return
      const top = first.text.parentElement?.getBoundingClientRect().top ?? box.top
      const bottom = last.text.parentElement?.getBoundingClientRect().bottom ?? box.bottom
      // Store the covered band in scroll-independent terms: shift with the scroller.
      covered = [top, bottom]
      startScroll = scroller.scrollTop
      setWindow((w) => (w[0] === first.start && w[1] === last.end ? w : [first.start, last.end]))
    }
    let startScroll = scroller.scrollTop
    const onScroll = () => {
      const moved = scroller.scrollTop - startScroll
      covered = [covered[0] - moved, covered[1] - moved]
      startScroll = scroller.scrollTop
      if (!frame) frame = requestAnimationFrame(update)
    }
    const observer = new ResizeObserver(() => {
      covered = [Infinity, -Infinity]
      if (!frame) frame = requestAnimationFrame(update)
    })
    observer.observe(article)
    update()
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      scroller.removeEventListener('scroll', onScroll)
    }
  }, [article, leaves])
  return article && leaves.length > 0 ? window_ : ALL
}
