import { clampSpan, type Span } from '../text'

/** A W3C-style text anchor: a position plus the quote and its context (TextQuoteSelector). */
export interface TextAnchor extends Span {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

export const CONTEXT_CHARS = 32

/** Anchor text[start, end) with 32 characters of prefix and suffix. */
export function createAnchor(text: string, start: number, end: number): TextAnchor {
  const { start: s, end: e } = clampSpan({ start, end }, text.length)
  return {
    start: s,
    end: e,
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
  }
}
