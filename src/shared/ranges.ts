/** A half-open range [start, end) of string indices. */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/** Whether two non-empty ranges share at least one character. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end
}
