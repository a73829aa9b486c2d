import { useEffect, useEffectEvent, useState } from 'react'
import { leaves, offsetAt, rangesFor } from './offsets'

/** The article showing the current revision, which quote offsets refer to. */
export const CURRENT_ARTICLE = 'article.article[aria-label="Article"]'

interface Span {
  readonly key: string
  readonly start: number
  readonly end: number
}

const NAME = 'galley-quote'
const ACTIVE = 'galley-quote-active'

/**
 * Paints the quotes in the article with the CSS Custom Highlight API (no change to the
 * article's DOM), repaints when the article re-renders, and reports which quote a click in the
 * text landed on.
 */
export function useArticleHighlights(
  spans: readonly Span[] | null,
  activeKey: string | null,
  onPick: (key: string) => void,
  /** The current revision's article when the draft view says which it is. */
  given?: Element | null,
): void {
  const pick = useEffectEvent(onPick)
  const [found, setArticle] = useState<Element | null>(null)
  const article = given === undefined ? found : given
  // Without one given, follow the article as it comes and goes (edit mode, a past revision).
  useEffect(() => {
    if (given !== undefined) return
    const find = () => setArticle(document.querySelector(CURRENT_ARTICLE))
    find()
    const observer = new MutationObserver(find)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [given])
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
    if (!spans || !article) return
    const paint = () => {
      if (!registry) return
      const all = leaves(article)
      const plain = new Highlight()
      const active = new Highlight()
      for (const q of spans) {
        for (const r of rangesFor(all, q.start, q.end))
          (q.key === activeKey ? active : plain).add(r)
      }
      registry.set(NAME, plain)
      registry.set(ACTIVE, active)
    }
    paint()
    const observer = new MutationObserver(paint)
    observer.observe(article, { childList: true, subtree: true, characterData: true })
    const onClick = () => {
      const sel = document.getSelection()
      if (!sel || !sel.isCollapsed || !sel.anchorNode) return
      const at = offsetAt(sel.anchorNode, sel.anchorOffset)
      if (at === null) return
      const hit = spans.find((q) => q.start <= at && at <= q.end)
      if (hit) pick(hit.key)
    }
    article.addEventListener('click', onClick)
    return () => {
      observer.disconnect()
      article.removeEventListener('click', onClick)
      registry?.delete(NAME)
      registry?.delete(ACTIVE)
    }
  }, [spans, activeKey, article])
}
