import { useEffect, useState } from 'react'
import type { Span } from '@shared/text'
import { offsetsOfRange, type TextLeaf } from './ranges'
import { scrollParent } from './scroll'

/** A selection in the article: its body offsets and where it is on screen. */
export interface ArticleSelection extends Span {
  /** The selection's last line box (the floating button sits below it). */
  readonly rect: { readonly left: number; readonly bottom: number; readonly right: number }
}

function same(a: ArticleSelection | null, b: ArticleSelection | null): boolean {
  if (!a || !b) return a === b
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.rect.left === b.rect.left &&
    a.rect.bottom === b.rect.bottom
  )
}

/** The text selected inside `article` right now, in body offsets (null if none). */
export function readArticleSelection(
  article: HTMLElement,
  leaves: readonly TextLeaf[],
): ArticleSelection | null {
  const sel = document.getSelection()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  if (!article.contains(range.commonAncestorContainer)) return null
  const at = offsetsOfRange(article, range, leaves)
  if (!at) return null
  const rects = range.getClientRects()
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect()
  return { ...at, rect: { left: last.left, bottom: last.bottom, right: last.right } }
}

/**
 * Follows the text selected (by mouse or keyboard) inside `article`, in body offsets, once per
 * frame (for what is drawn: the floating button). Acting on the selection reads it afresh with
 * `readArticleSelection`: a key pressed within the frame would otherwise get the one before.
 */
export function useArticleSelection(
  article: HTMLElement | null,
  leaves: readonly TextLeaf[],
): ArticleSelection | null {
  const [selected, setSelected] = useState<ArticleSelection | null>(null)
  useEffect(() => {
    if (!article) return
    let frame = 0
    const read = () => {
      frame = 0
      const next = readArticleSelection(article, leaves)
      setSelected((prev) => (same(prev, next) ? prev : next))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    const scroller = scrollParent(article)
    document.addEventListener('selectionchange', schedule)
    scroller.addEventListener('scroll', schedule, { passive: true })
    read()
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', schedule)
      scroller.removeEventListener('scroll', schedule)
    }
  }, [article, leaves])
  return article ? selected : null
}
