// Paragraphs of a Markdown body, split once for the whole app: the diff aligns paragraph units,
// the analysers read paragraphs, and both use the same blank-line rule as the renderer's
// Markdown parser (CommonMark: a blank line holds nothing but spaces and tabs).
import type { Span } from './spans'

/** A paragraph of a body: its trimmed text and where that text sits in the body. */
export interface Paragraph extends Span {
  readonly index: number
  /** The body's text from `start` to `end`: the paragraph with surrounding whitespace trimmed. */
  readonly text: string
  /** An ATX heading line (`# …` to `###### …`). */
  readonly heading: boolean
  /** A thematic break alone on its line (`---`, `***`, `___`, spaces allowed between). */
  readonly rule: boolean
  /** A Q&A line: `Q:` / `**Q:**` opens a question, `A:` / `**A:**` an answer. */
  readonly qa: 'question' | 'answer' | null
}

/**
 * A paragraph unit: the paragraphs' cover of a text. Units tile the text exactly, each running
 * to the start of the next; its blank-line separator lies between `contentEnd` and `end`.
 */
export interface ParagraphUnit extends Span {
  readonly index: number
  /** End of the content: trailing whitespace (the blank-line separator) follows up to `end`. */
  readonly contentEnd: number
  /** The content with surrounding whitespace trimmed: what paragraphs are aligned by. */
  readonly key: string
}

// A blank-line separator: a newline followed by one or more lines of spaces and tabs only.
const SEPARATOR = /\n(?:[ \t\r\f\v]*\n)+/g
const HEADING = /^#{1,6}\s/
const RULE = /^([-*_])(\s*\1){2,}$/

/** Whether a trimmed line is a Markdown thematic break (`---`, `* * *`, `___`). */
export function isThematicBreak(line: string): boolean {
  return RULE.test(line)
}
const QUESTION = /^[*_]*Q[:.][*_]*\s/
const ANSWER = /^[*_]*A[:.][*_]*\s/

/** Index where the trailing whitespace of text[start, end) begins (a scan: `/\s*$/` is quadratic). */
export function trimmedEnd(text: string, start: number, end: number): number {
  let i = end
  while (i > start && /\s/.test(text[i - 1] as string)) i--
  return i
}

/** Index of the first non-whitespace character of text[start, end), or `end`. */
function trimmedStart(text: string, start: number, end: number): number {
  let i = start
  while (i < end && /\s/.test(text[i] as string)) i++
  return i
}

/**
 * Splits a text into paragraph units that cover it exactly, at blank lines only (a heading
 * stays in the unit of the lines right under it). What the revision diff aligns.
 */
export function paragraphUnits(text: string): ParagraphUnit[] {
  if (text === '') return []
  const out: ParagraphUnit[] = []
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

/**
 * Splits a Markdown body into paragraphs with their offsets, as a reader sees them: blank lines
 * separate paragraphs, and a heading line or a thematic break is always a paragraph of its own.
 */
export function paragraphs(body: string): Paragraph[] {
  const out: Paragraph[] = []
  const push = (start: number, end: number): void => {
    const text = body.slice(start, end)
    out.push({
      index: out.length,
      start,
      end,
      text,
      heading: HEADING.test(text),
      rule: RULE.test(text),
      qa: QUESTION.test(text) ? 'question' : ANSWER.test(text) ? 'answer' : null,
    })
  }
  for (const unit of paragraphUnits(body)) {
    let start = -1
    let end = -1
    for (let pos = unit.start; pos < unit.contentEnd;) {
      const nl = body.indexOf('\n', pos)
      const lineEnd = nl < 0 || nl > unit.contentEnd ? unit.contentEnd : nl
      const s = trimmedStart(body, pos, lineEnd)
      const e = trimmedEnd(body, s, lineEnd)
      const line = body.slice(s, e)
      if (HEADING.test(line) || RULE.test(line)) {
        if (start >= 0) push(start, end)
        start = -1
        push(s, e)
      } else if (s < e) {
        if (start < 0) start = s
        end = e
      }
      pos = lineEnd + 1
    }
    if (start >= 0) push(start, end)
  }
  return out
}

/** Index of the paragraph containing `pos`, or of the last one starting before it (0 if none). */
export function paragraphAt(paras: readonly { readonly start: number }[], pos: number): number {
  let lo = 0
  let hi = paras.length - 1
  let best = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = paras[mid]
    if (!p) break
    if (p.start <= pos) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}
