import { diffRevisions } from '../diff/engine'
import type { Op, RevisionDiff } from '../diff/types'

/** Where an old-text offset went in the new text. */
export interface Mapped {
  readonly pos: number
  /** It travelled with a moved paragraph. */
  readonly moved: boolean
  /** It fell strictly inside an edited stretch, so its place is a guess. */
  readonly approximate: boolean
}

/** Maps offsets of the old text to the new text through a revision diff. */
export interface OffsetMap {
  /**
   * `assoc` 1 puts an offset that meets an insertion after the inserted text (for a start),
   * -1 before it (for an end).
   */
  map(pos: number, assoc: 1 | -1): Mapped
}

/**
 * An offset map from the revision diff (built here when not given). Unchanged stretches map one
 * to one, shifted; a binary search over the ops finds each offset, so a 50k-word draft with
 * scattered edits costs one diff plus O(log ops) per offset.
 */
export function buildOffsetMap(
  oldText: string,
  newText: string,
  diff: RevisionDiff = diffRevisions(oldText, newText),
): OffsetMap {
  const ops = diff.ops.filter((o) => o.oldEnd > o.oldStart || o.newEnd > o.newStart)
  const oldEnds = Int32Array.from(ops.map((o) => o.oldEnd))
  // A move's source op maps into its destination op.
  const moveDest = new Map<Op, { to: Op; exact: boolean }>()
  for (const c of diff.changes) {
    if (c.kind !== 'move') continue
    const from = ops.find(
      (o) => o.changeId === c.id && o.oldStart <= c.old.start && c.old.start < o.oldEnd,
    )
    const to = ops.find(
      (o) => o.changeId === c.id && o.newStart <= c.new.start && c.new.start < o.newEnd,
    )
    if (from && to) moveDest.set(from, { to, exact: c.oldText === c.newText })
  }
  const clampNew = (x: number): number => Math.max(0, Math.min(x, newText.length))
  // First op whose old end is beyond `pos` (i.e. that contains it, insertions before it excluded).
  const containing = (pos: number): number => {
    let lo = 0
    let hi = ops.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((oldEnds[mid] as number) > pos) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  return {
    map(pos: number, assoc: 1 | -1): Mapped {
      if (ops.length === 0) return { pos: clampNew(pos), moved: false, approximate: true }
      // For an end, look at the op holding the character before it.
      const k = assoc === 1 ? containing(pos) : containing(Math.max(0, pos - 1))
      const op = ops[Math.min(k, ops.length - 1)] as Op
      if (k >= ops.length)
        return {
          pos: clampNew(op.newEnd + (pos - op.oldEnd)),
          moved: false,
          approximate: pos > op.oldEnd,
        }
      const dest = moveDest.get(op)
      if (dest) {
        // Inside a paragraph that moved with edits, the offset within it is only a guess.
        const len = dest.to.newEnd - dest.to.newStart
        const at = Math.max(0, Math.min(pos - op.oldStart, len))
        return { pos: clampNew(dest.to.newStart + at), moved: true, approximate: !dest.exact }
      }
      if (op.changeId === null)
        return {
          pos: clampNew(op.newStart + (pos - op.oldStart)),
          moved: false,
          approximate: false,
        }
      if (assoc === 1) {
        return { pos: clampNew(op.newStart), moved: false, approximate: pos !== op.oldStart }
      }
      return { pos: clampNew(op.newEnd), moved: false, approximate: pos !== op.oldEnd }
    },
  }
}
