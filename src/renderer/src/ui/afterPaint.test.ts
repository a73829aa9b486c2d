import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from './afterPaint'

/** Animation frames run only when the test says a frame comes. */
let frames: FrameRequestCallback[] = []
function frame() {
  const due = frames
  frames = []
  for (const f of due) f(performance.now())
}

beforeEach(() => {
  vi.useFakeTimers()
  frames = []
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f))
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterPaint', () => {
  it('runs in a task after the next frame, not in the frame itself', () => {
    const fn = vi.fn()
    afterPaint(fn)
    vi.advanceTimersByTime(10)
    expect(fn).not.toHaveBeenCalled()
    frame()
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
    // Once only, whatever comes later.
    frame()
    vi.advanceTimersByTime(1_000)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('runs anyway when no frame comes (a hidden window paints none)', () => {
    const fn = vi.fn()
    afterPaint(fn)
    vi.advanceTimersByTime(249)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('does not run once cancelled', () => {
    const fn = vi.fn()
    afterPaint(fn)()
    frame()
    vi.advanceTimersByTime(1_000)
    expect(fn).not.toHaveBeenCalled()
  })
})
