// The diff's worker's job: the word diff of two long revisions (150-180 ms for two 200k-word
// revisions in Node on a quiet machine), packed for the window (./diffWire.ts).
import { RESOLVE_DIFF_OPTIONS } from '@shared/constants'
import { diffRevisions } from '@shared/diff'
import { packDiff, Unpackable } from './diffWire'
import type { Answered, DiffRequest } from './protocol'

/** The diff with main's options (so change ids agree with it), packed; whole if it cannot be. */
export function answerDiff(m: DiffRequest): Answered {
  const t0 = performance.now()
  const diff = diffRevisions(m.old, m.new, RESOLVE_DIFF_OPTIONS)
  try {
    const packed = packDiff(diff, m.old, m.new)
    return [{ id: m.id, packed, ms: performance.now() - t0 }, [packed.ints.buffer]]
  } catch (err) {
    if (!(err instanceof Unpackable)) throw err
    return [{ id: m.id, diff, ms: performance.now() - t0 }, []]
  }
}
