import { useMemo } from 'react'
import { textLeaves, type TextLeaf } from './ranges'

/** The article element showing a body, once that body is in the DOM. */
export interface RenderedArticle {
  readonly element: HTMLElement
  readonly body: string
}

/**
 * The article's text spans, read again whenever it shows a new body (a new `RenderedArticle`):
 * the one offset map every review tab paints and reads selections with.
 */
export function useTextLeaves(article: RenderedArticle | null): readonly TextLeaf[] {
  return useMemo(() => (article ? textLeaves(article.element) : []), [article])
}
