// Named highlight groups over the article, painted with the CSS Custom Highlight API
// (`::highlight(NAME)` in the stylesheets): the article's DOM is never touched.
import { useEffect, useMemo } from 'react'
import type { Span } from '@shared/text'
import { rangeOf, type TextLeaf } from './ranges'
import { useVisibleWindow } from './visible'

/** Groups of ranges by highlight name; later groups paint over earlier ones. */
export type RangeGroups = ReadonlyMap<string, readonly Range[]>

/** Groups of body spans by highlight name; later groups paint over earlier ones. */
export type SpanGroups = ReadonlyMap<string, readonly Span[]>

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
    ? CSS.highlights
    : null
}

/**
 * Paints groups of DOM ranges while mounted, priorities rising from `base` in the groups' order:
 * fast with thousands of ranges. Browsers without the API (and jsdom) simply show none.
 */
export function useHighlights(groups: RangeGroups, base = 0): void {
  useEffect(() => {
    const reg = registry()
    if (!reg) return
    let priority = base
    for (const [name, ranges] of groups) {
      const h = new Highlight(...ranges)
      h.priority = priority++
      reg.set(name, h)
    }
    return () => {
      for (const name of groups.keys()) reg.delete(name)
    }
  }, [groups, base])
}

/** Each group's body spans as DOM ranges over the article's text (spans showing no text drop out). */
export function rangeGroups(leaves: readonly TextLeaf[], groups: SpanGroups): RangeGroups {
  const out = new Map<string, Range[]>()
  for (const [name, spans] of groups) {
    const ranges: Range[] = []
    for (const s of spans) {
      const r = rangeOf(leaves, s.start, s.end)
      if (r) ranges.push(r)
    }
    out.set(name, ranges)
  }
  return out
}

/**
 * Paints groups of body spans over the article whose text spans are `leaves`. Given the article
 * element, only the spans near the screen are painted (see `useVisibleWindow`): Chromium's
 * highlight painting costs time for every range registered, on every frame, and a long draft's
 * Quotes tab has thousands.
 */
export function useSpanHighlights(
  leaves: readonly TextLeaf[],
  groups: SpanGroups,
  base = 0,
  article: HTMLElement | null = null,
): void {
  const [from, to] = useVisibleWindow(article, leaves)
  const near = useMemo(() => {
    if (from <= 0 && to === Infinity) return groups
    const out = new Map<string, readonly Span[]>()
    for (const [name, spans] of groups)
      out.set(
        name,
        spans.filter((s) => s.start < to && s.end > from),
      )
    return out
  }, [groups, from, to])
  const ranges = useMemo(() => rangeGroups(leaves, near), [leaves, near])
  useHighlights(ranges, base)
}
