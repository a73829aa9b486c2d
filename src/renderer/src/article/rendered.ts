import { useMemo } from 'react'
import { textLeaves, type TextLeaf } from './ranges'

/** The article element showing a body, once that body is in the DOM. */
export interface RenderedArticle {
  readonly element: HTMLElement
  readonly body: string
  /**
   * False while a long body is still being rendered (only its opening is in the DOM); a new
   * `RenderedArticle` with true follows once all of it is.
   */
  readonly complete: boolean
}

/**
 * The article's text spans, read again whenever it shows a new body (a new `RenderedArticle`):
 * the one offset map every review tab paints and reads selections with.
 */
export function useTextLeaves(article: RenderedArticle | null): readonly TextLeaf[] {
  return useMemo(() => (article ? textLeaves(article.element) : []), [article])
}
