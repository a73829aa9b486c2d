// Disclosures and findings painted over the article with the CSS Custom Highlight API: the
// article's DOM is left alone; ranges come from its data-start/data-end body offsets.
import { useEffect } from 'react'

/** The article showing the current revision, which legal offsets refer to. */
export const CURRENT_ARTICLE = 'article.article[aria-label="Article"]'

export interface PaintSpan {
  readonly start: number
  readonly end: number
}

export interface LegalPaint {
  readonly disclosures: readonly PaintSpan[]
  readonly errors: readonly PaintSpan[]
  readonly warnings: readonly PaintSpan[]
  readonly active: PaintSpan | null
}

const NAMES = {
  disclosures: 'galley-legal-disclosure',
  errors: 'galley-legal-error',
  warnings: 'galley-legal-warning',
  active: 'galley-legal-active',
} as const

interface Leaf {
  readonly text: Text
  readonly start: number
  readonly end: number
}

function leaves(root: Element): Leaf[] {
  const out: Leaf[] = []
  for (const el of root.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    const only = el.childNodes.length === 1 ? el.firstChild : null
    if (!only || only.nodeType !== Node.TEXT_NODE) continue
    out.push({
      text: only as Text,
      start: Number(el.dataset['start']),
      end: Number(el.dataset['end']),
    })
  }
  return out
}

/** DOM ranges covering body offsets [start, end), one per text span touched. */
export function rangesFor(root: Element, start: number, end: number): Range[] {
  const out: Range[] = []
  for (const leaf of leaves(root)) {
    if (leaf.end <= start || leaf.start >= end) continue
    const len = leaf.text.length
    const s = Math.min(Math.max(start - leaf.start, 0), len)
    const e = Math.min(Math.max(end - leaf.start, 0), len)
    if (e <= s) continue
    const range = document.createRange()
    range.setStart(leaf.text, s)
    range.setEnd(leaf.text, e)
    out.push(range)
  }
  return out
}

/** Paints the spans while mounted, and again whenever the article re-renders. */
export function useLegalHighlights(paint: LegalPaint | null): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
    const article = document.querySelector(CURRENT_ARTICLE)
    if (!paint || !article || !registry) return
    const draw = () => {
      for (const key of ['disclosures', 'errors', 'warnings'] as const) {
        const h = new Highlight()
        for (const s of paint[key]) for (const r of rangesFor(article, s.start, s.end)) h.add(r)
        registry.set(NAMES[key], h)
      }
      const active = new Highlight()
      if (paint.active) {
        for (const r of rangesFor(article, paint.active.start, paint.active.end)) active.add(r)
      }
      registry.set(NAMES.active, active)
    }
    draw()
    const observer = new MutationObserver(draw)
    observer.observe(article, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      for (const name of Object.values(NAMES)) registry.delete(name)
    }
  }, [paint])
}

/** Scrolls the article so that body offset `start` is in the middle of the view. */
export function scrollToOffset(start: number): boolean {
  const article = document.querySelector(CURRENT_ARTICLE)
  const el = Array.from(article?.querySelectorAll<HTMLElement>('[data-start]') ?? [])
    .filter((e) => Number(e.dataset['start']) <= start && start < Number(e.dataset['end']))
    .at(-1)
  if (!el) return false
  el.scrollIntoView({ block: 'center', behavior: 'smooth' })
  return true
}
