import { useEffect } from 'react'

const PREFIX = 'galley-claim-'

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
    ? CSS.highlights
    : null
}

/**
 * Paints groups of ranges with the CSS Custom Highlight API (`::highlight(galley-claim-NAME)`):
 * no change to the article's DOM, and fast with thousands of ranges. Later groups in the map
 * paint over earlier ones. Browsers without the API (and jsdom) simply show no highlights.
 */
export function useHighlights(groups: ReadonlyMap<string, readonly Range[]>, base = 0): void {
  useEffect(() => {
    const reg = registry()
    if (!reg) return
    let priority = base
    for (const [name, ranges] of groups) {
      const h = new Highlight(...ranges)
      h.priority = priority++
      reg.set(PREFIX + name, h)
    }
    return () => {
      for (const name of groups.keys()) reg.delete(PREFIX + name)
    }
  }, [groups, base])
}
