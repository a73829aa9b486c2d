import type { Paragraph } from './types'

// A blank-line separator: a newline followed by one or more whitespace-only lines.
const SEPARATOR = /\n(?:[ \t\r\f\v]*\n)+/g
const TRAILING_WS = /\s*$/

/**
 * Split a text into paragraphs whose units cover it exactly: each unit runs to the start of the
 * next, and its trailing whitespace (the separator) lies between `contentEnd` and `end`.
 */
export function splitParagraphs(text: string): Paragraph[] {
  if (text === '') return []
  const out: Paragraph[] = []
  let start = 0
  const push = (end: number): void => {
    const unit = text.slice(start, end)
    const trail = TRAILING_WS.exec(unit)
    const contentEnd = end - (trail ? trail[0].length : 0)
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
