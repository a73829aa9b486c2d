// Spans are half-open [start, end) string indices into one text (a revision body, a paragraph).
// An empty span (start === end) is a position between two characters: an insertion point or a
// caret. The rules below decide what such a point touches, once for every caller.

/** A half-open range [start, end) of string indices. */
export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Whether two spans touch the same text: they share at least one character, or one of them is
 * empty and lies strictly inside the other. An empty span at either edge of the other touches
 * nothing (an insertion before or after a claim does not edit it), and two empty spans never
 * overlap.
 */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Whether `inner` lies wholly within `outer` (edges included). An empty `inner` counts at
 * either edge, so a caret just after the last character of a span is within it.
 */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** Whether the character at `pos` belongs to the span: start <= pos < end. */
export function containsOffset(span: Span, pos: number): boolean {
  return span.start <= pos && pos < span.end
}

/** Number of characters a span covers (0 for an empty or inverted span). */
export function spanLength(span: Span): number {
  return Math.max(0, span.end - span.start)
}

/** The span cut to [0, length]; an inverted span becomes empty at its clamped start. */
export function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length))
  return { start, end: Math.max(start, Math.min(span.end, length)) }
}
