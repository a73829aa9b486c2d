import { useEffect, useState } from 'react'
import { offsetsOfRange } from './offsets'
import { CURRENT_ARTICLE } from './useArticleHighlights'

/** The body offsets of the text selected in the current article (null when none). */
export function useArticleSelection(given?: Element | null): { start: number; end: number } | null {
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null)
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection()
      const article = given === undefined ? document.querySelector(CURRENT_ARTICLE) : given
      if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !article) return setSelected(null)
      const range = sel.getRangeAt(0)
      if (!article.contains(range.commonAncestorContainer)) return setSelected(null)
      const next = offsetsOfRange(article, range)
      setSelected((prev) =>
        prev && next && prev.start === next.start && prev.end === next.end ? prev : next,
      )
    }
    update()
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [given])
  return selected
}
