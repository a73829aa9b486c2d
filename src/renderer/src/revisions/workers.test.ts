// A compare worker that cannot load its script, or dies, must not leave the comparison waiting
// for good: its jobs reject (the comparison then works the pair out in the window) and the next
// job starts a new worker.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CompareRequest } from './protocol'

/** The platform's Worker, standing in: it answers a diff job, or fails as told. */
class StandInWorker {
  static made: StandInWorker[] = []
  static failNext: 'load' | 'message' | null = null
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  private readonly fail = StandInWorker.failNext
  constructor() {
    StandInWorker.made.push(this)
    StandInWorker.failNext = null
  }
  postMessage(m: CompareRequest): void {
    setTimeout(() => {
      if (this.fail === 'load') this.onerror?.({ message: '', preventDefault: () => undefined })
      else if (this.fail === 'message') this.onmessageerror?.()
      else this.onmessage?.({ data: { id: m.id, marks: [], ms: 1 } })
    }, 0)
  }
  terminate(): void {
    this.terminated = true
  }
}

beforeAll(() => vi.stubGlobal('Worker', StandInWorker))
afterAll(() => vi.unstubAllGlobals())

describe('compare workers', () => {
  it('reject a job whose worker could not start, then start a new one', async () => {
    const { ask } = await import('./workers')
    StandInWorker.failNext = 'load'
    await expect(ask('old', { kind: 'marks', body: 'A' })).rejects.toThrow(
      "The comparison's worker stopped: it could not start",
    )
    expect(StandInWorker.made[0]?.terminated).toBe(true)
    await expect(ask('old', { kind: 'marks', body: 'A' })).resolves.toMatchObject({ marks: [] })
    expect(StandInWorker.made).toHaveLength(2)
  })

  it('reject a job whose answer could not be read', async () => {
    const { ask } = await import('./workers')
    StandInWorker.failNext = 'message'
    await expect(ask('new', { kind: 'marks', body: 'B' })).rejects.toThrow('could not be read')
    await expect(ask('new', { kind: 'marks', body: 'B' })).resolves.toMatchObject({ marks: [] })
  })
})
