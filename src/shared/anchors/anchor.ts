/** A W3C-style text anchor: a position plus the quote and its context (TextQuoteSelector). */
export interface TextAnchor {
  readonly start: number
  readonly end: number
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

export const CONTEXT_CHARS = 32

/** Anchor text[start, end) with 32 characters of prefix and suffix. */
export function createAnchor(text: string, start: number, end: number): TextAnchor {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  return {
    start: s,
    end: e,
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
  }
}
