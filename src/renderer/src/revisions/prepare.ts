import { useEffect } from 'react'
import { afterPaint } from '../ui/afterPaint'
import { LONG_PAIR, prepareWorker } from './workers'

/**
 * Once a draft with two or more revisions, long enough to be compared on the workers, has
 * painted and the window is idle, starts the diff's worker, so that its comparison does not
 * wait for it to start. (Each side's marks' workers start with the comparison: their jobs come
 * after the diff's, so they load meanwhile.)
 */
export function usePrepareCompare(revisions: number, bodyLength: number): void {
  const worth = revisions >= 2 && bodyLength * 2 > LONG_PAIR && typeof Worker !== 'undefined'
  useEffect(() => {
    if (!worth) return
    let idle: number | undefined
    const start = () => prepareWorker('diff')
    const cancelPaint = afterPaint(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(start, { timeout: 2_000 })
      else start()
    })
    return () => {
      cancelPaint()
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [worth])
}
