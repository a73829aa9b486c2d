import { setImmediate } from 'node:timers/promises'
import { setImmediate as onCheck } from 'node:timers'

/** Steps waiting for their turn, first come first served. */
const waiting: (() => void)[] = []
let pumping = false

/** Lets one waiting step go, and the next on the loop's next time round. */
function release(): void {
  const next = waiting.shift()
  if (!next) {
    pumping = false
    return
  }
  // The step runs in the microtasks right after this callback; an immediate set now runs on the
  // next time round the loop, after its timers and I/O.
  next()
  onCheck(release)
}

/**
 * Resolves once the event loop has come round again, timers and I/O included, so that long work
 * done in steps lets everything else run between them. One `setImmediate` is not enough: from an
 * I/O callback it runs before the loop gets back to timers and I/O. And steps of several requests
 * waiting at once are let go one per time round the loop: all released together, they ran back
 * to back (a long draft's Legal, Quotes and Claims requests), and a ping waited for all of them.
 */
export async function nextTurn(): Promise<void> {
  await setImmediate()
  await new Promise<void>((resolve) => {
    waiting.push(resolve)
    if (!pumping) {
      pumping = true
      onCheck(release)
    }
  })
}
