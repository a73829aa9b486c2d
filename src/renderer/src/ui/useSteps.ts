import { useEffect, useState } from 'react'

/**
 * How many of `total` items to render now: `first` at once, then `step` more in each later task
 * until all are, so a long list paints its top at once and the window answers input between
 * steps, while every item ends up in the DOM (find, anchors and scrolling to an item need it).
 */
export function useSteps(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first)
  const shown = Math.min(total, Math.max(count, first))
  useEffect(() => {
    if (shown >= total) return
    const timer = setTimeout(() => setCount(shown + step), 0)
    return () => clearTimeout(timer)
  }, [shown, total, step])
  return shown
}
