import { overlaps, trimmedEnd, type Span } from '../text'
import { canonicalForm } from './engine'
import type { Change, RevisionDiff } from './types'

/**
 * The text that results from accepting the changes in `accepted` (they take the new side) and
 * rejecting every other change (it keeps the old side). Text outside changes is copied as is.
 */
export function applyDecisions(
  oldText: string,
  newText: string,
  diff: Pick<RevisionDiff, 'ops' | 'tail'>,
  accepted: ReadonlySet<string>,
): string {
  const a = canonicalForm(oldText).text
  const b = canonicalForm(newText).text
  const parts: string[] = []
  for (const op of diff.ops) {
    if (op.changeId !== null && accepted.has(op.changeId))
      parts.push(b.slice(op.newStart, op.newEnd))
    else parts.push(a.slice(op.oldStart, op.oldEnd))
  }
  // Every canonical paragraph ends in a separator; the last one present gives way to the tail.
  const tailId = diff.tail.changeId
  const tail = tailId !== null && accepted.has(tailId) ? diff.tail.new : diff.tail.old
  const joined = parts.join('')
  return joined.slice(0, trimmedEnd(joined, 0, joined.length)) + tail
}

/**
 * The ranges (in old-text offsets, e.g. claim anchors) whose text a change edits: an overlap
 * with any of its old-side parts, or an insertion strictly inside. A move touches the ranges of
 * the paragraph it carries away.
 */
export function touched<R extends Span>(change: Change, ranges: readonly R[]): R[] {
  const spans =
    change.kind === 'move'
      ? [change.old]
      : change.parts.map((p) => ({ start: p.oldStart, end: p.oldEnd }))
  return ranges.filter((r) => spans.some((s) => overlaps(s, r)))
}
