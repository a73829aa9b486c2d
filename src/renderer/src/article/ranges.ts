// Body offsets ↔ DOM ranges over a rendered article (its text spans carry data-start/data-end).
import type { Span } from '@shared/text'

/** One text span of the article: its text node and the body offsets it shows. */
export interface TextLeaf extends Span {
  readonly text: Text
}

/** The article's text spans in document order (sorted by start), for binary search. */
export function textLeaves(root: Element): TextLeaf[] {
  const out: TextLeaf[] = []
  for (const el of root.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    const only = el.childNodes.length === 1 ? el.firstChild : null
    if (!only || only.nodeType !== Node.TEXT_NODE) continue
    out.push({
      text: only as Text,
      start: Number(el.dataset['start']),
      end: Number(el.dataset['end']),
    })
  }
  return out
}

/** Index of the first leaf whose end is after `offset` (leaves.length when none). */
function firstEndingAfter(leaves: readonly TextLeaf[], offset: number): number {
  let lo = 0
  let hi = leaves.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((leaves[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function clampIn(leaf: TextLeaf, offset: number): number {
  return Math.min(Math.max(offset - leaf.start, 0), leaf.text.length)
}

/**
 * One DOM Range over body offsets [start, end), from the first shown character to the last;
 * null when no shown text lies in it (e.g. only Markdown syntax).
 */
export function rangeOf(leaves: readonly TextLeaf[], start: number, end: number): Range | null {
  let i = firstEndingAfter(leaves, start)
  let first: TextLeaf | undefined
  let last: TextLeaf | undefined
  for (; i < leaves.length; i++) {
    const leaf = leaves[i]
    if (!leaf || leaf.start >= end) break
    if (clampIn(leaf, end) <= clampIn(leaf, start)) continue
    first ??= leaf
    last = leaf
  }
  if (!first || !last) return null
  const range = document.createRange()
  range.setStart(first.text, clampIn(first, start))
  range.setEnd(last.text, clampIn(last, end))
  return range
}

/** The body offset of a DOM boundary point inside a leaf's text node, else null. */
function offsetOfText(node: Node, offset: number): number | null {
  if (node.nodeType !== Node.TEXT_NODE) return null
  const el = node.parentElement
  const start = el?.dataset['start']
  const end = el?.dataset['end']
  if (start === undefined || end === undefined || el?.childNodes.length !== 1) return null
  return Math.min(Number(start) + offset, Number(end))
}

/**
 * The body offsets a DOM range covers inside the article, or null when it covers no text.
 * Text-node boundaries map directly; element boundaries (keyboard selections can end there)
 * fall back to the leaves the range touches.
 */
export function offsetsOfRange(
  root: Element,
  range: Range,
  leaves?: readonly TextLeaf[],
): Span | null {
  let start = offsetOfText(range.startContainer, range.startOffset)
  let end = offsetOfText(range.endContainer, range.endOffset)
  if (start === null || end === null) {
    let s = Infinity
    let e = -Infinity
    for (const leaf of leaves ?? textLeaves(root)) {
      if (!range.intersectsNode(leaf.text)) continue
      const from = leaf.text === range.startContainer ? range.startOffset : 0
      const to = leaf.text === range.endContainer ? range.endOffset : leaf.text.length
      if (to <= from) continue
      s = Math.min(s, Math.min(leaf.start + from, leaf.end))
      e = Math.max(e, Math.min(leaf.start + to, leaf.end))
    }
    start ??= s
    end ??= e
    if (!Number.isFinite(start) || !Number.isFinite(end)) return null
  }
  return end > start ? { start, end } : null
}

/** The body offset of a caret position (a click), or null outside the article's text. */
export function offsetAtPoint(node: Node, offset: number): number | null {
  return offsetOfText(node, offset)
}
