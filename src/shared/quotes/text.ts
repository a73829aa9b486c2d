/** A paragraph of a Markdown body: offsets into the body, and whether it is a heading. */
export interface Paragraph {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly heading: boolean
  readonly rule: boolean
}

/**
 * Splits a Markdown body into paragraphs: blank lines separate them, and a heading line or a
 * horizontal rule is always a paragraph of its own. Offsets are string indices into the body.
 */
export function paragraphs(markdown: string): Paragraph[] {
  const out: Paragraph[] = []
  let start = -1
  let end = -1
  const flush = (): void => {
    if (start < 0) return
    const text = markdown.slice(start, end)
    out.push({ index: out.length, start, end, text, heading: false, rule: false })
    start = -1
  }
  let pos = 0
  while (pos <= markdown.length) {
    const nl = markdown.indexOf('\n', pos)
    const lineEnd = nl < 0 ? markdown.length : nl
    const line = markdown.slice(pos, lineEnd)
    const trimmed = line.trim()
    if (trimmed === '') {
      flush()
    } else if (/^#{1,6}\s/.test(trimmed) || /^([-*_])(\s*\1){2,}$/.test(trimmed)) {
      flush()
      const lead = line.length - line.trimStart().length
      const s = pos + lead
      const e = pos + line.trimEnd().length
      out.push({
        index: out.length,
        start: s,
        end: e,
        text: markdown.slice(s, e),
        heading: trimmed.startsWith('#'),
        rule: !trimmed.startsWith('#'),
      })
    } else {
      if (start < 0) start = pos + (line.length - line.trimStart().length)
      end = pos + line.trimEnd().length
    }
    if (nl < 0) break
    pos = nl + 1
  }
  flush()
  return out
}

/** Whitespace collapsed, curly marks straightened: the form quote texts are compared in. */
export function loose(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** Number of words, counted the way a reader would. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)
  return m ? m.length : 0
}
