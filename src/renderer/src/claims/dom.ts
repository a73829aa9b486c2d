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

/** Scrolls `scroller` so that `rect` is in view, a third of the way down, if it is not already. */
export function revealRect(scroller: HTMLElement, rect: DOMRect, margin = 72): void {
  const box = scroller.getBoundingClientRect()
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return
  scroller.scrollTop += rect.top - box.top - scroller.clientHeight / 3
}
