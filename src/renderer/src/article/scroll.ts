// Scrolling the draft view to a place in the article.
import type { Span } from '@shared/text'
import { rangeOf, type TextLeaf } from './ranges'

/** The nearest ancestor that scrolls vertically (the draft view's scroller), else the page. */
export function scrollParent(el: Element | null): HTMLElement {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY
    if (y === 'auto' || y === 'scroll') return p
  }
  return document.scrollingElement instanceof HTMLElement
    ? document.scrollingElement
    : document.documentElement
}

/**
 * Scrolls `scroller` so that `rect` is in view, a third of the way down, if it is not already.
 * `inset` is how much of the scroller's top a sticky bar covers: what is under it is not in view.
 */
export function revealRect(scroller: HTMLElement, rect: DOMRect, margin = 72, inset = 0): void {
  const box = scroller.getBoundingClientRect()
  const top = box.top + inset
  if (rect.top >= top + margin && rect.bottom <= box.bottom - margin) return
  scroller.scrollTop += rect.top - top - (scroller.clientHeight - inset) / 3
}

/** The innermost rendered element whose body offsets hold `offset` (syntax like `**` included). */
function elementAt(article: Element, offset: number): Element | undefined {
  return Array.from(article.querySelectorAll<HTMLElement>('[data-start][data-end]'))
    .filter((e) => Number(e.dataset['start']) <= offset && offset < Number(e.dataset['end']))
    .at(-1)
}

/**
 * Scrolls the article's scroller so that body span `span` is in view (see `revealRect`): its
 * shown text, else the element holding its start. False when nothing in the article holds it.
 */
export function revealSpan(article: HTMLElement, leaves: readonly TextLeaf[], span: Span): boolean {
  const rect =
    rangeOf(leaves, span.start, span.end)?.getBoundingClientRect() ??
    elementAt(article, span.start)?.getBoundingClientRect()
  if (!rect) return false
  revealRect(scrollParent(article), rect)
  return true
}
