import { useEffect, useEffectEvent } from 'react'
import { containsOffset, type Span } from '@shared/text'
import { offsetAtPoint } from './ranges'

/**
 * The span a click landed on, from the caret offset it left: the span holding the character
 * after the caret, else the one ending at it (a click on the right half of its last character).
 */
export function spanAtCaret<S extends Span>(spans: readonly S[], at: number): S | undefined {
  return spans.find((s) => containsOffset(s, at)) ?? spans.find((s) => s.start < at && s.end === at)
}

/** Calls `onCaret` with the body offset of each plain click (no selection) in the article's text. */
export function useArticleClick(article: HTMLElement | null, onCaret: (at: number) => void): void {
  const clicked = useEffectEvent(() => {
    const sel = document.getSelection()
    if (!sel || !sel.isCollapsed || !sel.anchorNode) return
    const at = offsetAtPoint(sel.anchorNode, sel.anchorOffset)
    if (at !== null) onCaret(at)
  })
  useEffect(() => {
    if (!article) return
    const listener = () => clicked()
    article.addEventListener('click', listener)
    return () => article.removeEventListener('click', listener)
  }, [article])
}
