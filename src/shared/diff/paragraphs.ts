import type { Paragraph } from './types'

// A blank-line separator: a newline followed by one or more whitespace-only lines.
const SEPARATOR = /\n(?:[ \t\r\f\v]*\n)+/g

/** Index where the trailing whitespace of text[start, end) begins (a scan: `/\s*$/` is quadratic). */
export function trimmedEnd(text: string, start: number, end: number): number {
  let i = end
  while (i > start && /\s/.test(text[i - 1] as string)) i--
  return i
}

/**
 * Split a text into paragraphs whose units cover it exactly: each unit runs to the start of the
 * next, and its trailing whitespace (the separator) lies between `contentEnd` and `end`.
 */
export function splitParagraphs(text: string): Paragraph[] {
  if (text === '') return []
  const out: Paragraph[] = []
  let start = 0
  const push = (end: number): void => {
    const contentEnd = trimmedEnd(text, start, end)
    out.push({
      index: out.length,
      start,
      contentEnd,
      end,
      key: text.slice(start, contentEnd).trim(),
    })
    start = end
  }
  SEPARATOR.lastIndex = 0
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    const end = m.index + m[0].length
    if (end > start) push(end)
  }
  if (start < text.length) push(text.length)
  return out
}
