import { setImmediate } from 'node:timers/promises'

/**
 * Resolves once the event loop has come round again, timers and I/O included, so that long work
 * done in steps lets everything else run between them. One `setImmediate` is not enough: from an
 * I/O callback it runs before the loop gets back to timers and I/O.
 */
export async function nextTurn(): Promise<void> {
  await setImmediate()
  await setImmediate()
}
