import { useEffect, useState } from 'react'

/** Longest wait for a frame: a hidden window paints none, and what waits must still run. */
const AT_MOST_MS = 250

/**
 * Calls `fn` once the window has painted what was just committed (in a task after the next
 * animation frame), or after AT_MOST_MS if no frame comes. Returns a cancel.
 */
export function afterPaint(fn: () => void): () => void {
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    cancelAnimationFrame(frame)
    fn()
  }
  const frame = requestAnimationFrame(() => {
    // The frame paints after its callbacks: the task after it comes once it has.
    clearTimeout(timer)
    timer = setTimeout(run, 0)
  })
  timer = setTimeout(run, AT_MOST_MS)
  return () => {
    done = true
    clearTimeout(timer)
    cancelAnimationFrame(frame)
  }
}

/** False until the window has painted the component's first render (see afterPaint). */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => afterPaint(() => setPainted(true)), [])
  return painted
}
