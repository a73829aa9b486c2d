/**
 * Deep quote and list nesting makes Markdown parsers slow: micromark's work per line grows
 * with the square of the line's container depth (measured: 143k lines 32 quotes deep take
 * 160 s against 15 s for plain text of the same size), and a deep tree overflows recursive
 * renderers. Galley refuses such files at import instead of freezing the review view.
 */

/** Explicit container markers ("> > - 1.") allowed on one line; articles use a handful. */
export const MAX_NESTING_MARKERS = 100
/** Sum over lines of depth², a proxy for the parser's work (~1 µs per unit measured). */
export const MAX_NESTING_WORK = 4_000_000
/**
 * Inline constructs are quadratic too: a run of 10,000 "*" or 10,000 nested "[" in one
 * paragraph takes micromark 5–6 s (measured); 1,000 takes ~60 ms.
 */
export const MAX_INLINE_RUN = 1_000

/** A line's leading container prefix: whitespace, block quote markers and list markers. */
const PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/
const MARKER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g

export interface Nesting {
  /** Most container markers on one line. */
  readonly deepest: number
  /** 1-based line number of that line. */
  readonly line: number
  /** Estimated parser work (sum of depth² over lines). */
  readonly work: number
  /** Longest run of one emphasis delimiter ("*", "_", "~"), or deepest "[" nesting in a paragraph. */
  readonly inline: number
}

/** Longest emphasis-delimiter run and deepest open-bracket count within a paragraph; one pass. */
function inlineDepth(text: string): number {
  let worst = 0
  let run = 0
  let runChar = 0
  let brackets = 0
  let lineBlank = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 42 || c === 95 || c === 126) {
      run = c === runChar ? run + 1 : 1
      runChar = c
      if (run > worst) worst = run
    } else runChar = 0
    if (c === 91) {
      brackets++
      if (brackets > worst) worst = brackets
    } else if (c === 93 && brackets > 0) brackets--
    if (c === 10) {
      if (lineBlank) brackets = 0 // a blank line ends the paragraph
      lineBlank = true
    } else if (c !== 32 && c !== 9 && c !== 13) lineBlank = false
  }
  return worst
}

function columns(ws: string): number {
  let n = 0
  for (const ch of ws) n += ch === '\t' ? 4 - (n % 4) : ch === ' ' ? 1 : 0
  return n
}

/**
 * Estimates container nesting line by line, without parsing (linear, no recursion). A line's
 * depth is its markers plus half its indentation; a non-blank line without markers inside
 * a container (a lazy continuation) inherits the depth above it.
 */
export function measureNesting(text: string): Nesting {
  let deepest = 0
  let deepestLine = 0
  let work = 0
  let previous = 0
  let lineNo = 0
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNo++
    // Only the prefix matters; cap what the regex sees so a 10 MB line stays cheap.
    const head = text.slice(start, Math.min(end, start + 64 * 1024))
    const prefix = PREFIX.exec(head)?.[0] ?? ''
    const markers = prefix.match(MARKER)?.length ?? 0
    const depth =
      head.trim().length === 0
        ? 0
        : markers > 0
          ? markers + Math.floor(columns(prefix.replace(MARKER, '')) / 2)
          : Math.max(previous, Math.floor(columns(prefix) / 2))
    if (markers > deepest) {
      deepest = markers
      deepestLine = lineNo
    }
    work += depth * depth
    previous = depth
    start = end + 1
  }
  return { deepest, line: deepestLine, work, inline: inlineDepth(text) }
}

/** The reason a text is too deeply nested to show, or null when it is fine. */
export function nestingProblem(text: string): string | null {
  const n = measureNesting(text)
  if (n.deepest > MAX_NESTING_MARKERS) {
    return `it nests quotes or lists ${n.deepest.toLocaleString('en')} levels deep (line ${n.line.toLocaleString('en')}); Galley shows up to ${MAX_NESTING_MARKERS} levels`
  }
  if (n.inline > MAX_INLINE_RUN) {
    return `it piles up ${n.inline.toLocaleString('en')} emphasis marks ("*", "_", "~") or open "[" brackets in one paragraph, which would freeze Galley's article view`
  }
  if (n.work > MAX_NESTING_WORK) {
    return 'it has so much deeply nested quoting, listing or indentation that showing it would freeze Galley'
  }
  return null
}
