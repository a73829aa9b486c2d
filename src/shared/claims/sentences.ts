/** A sentence found in Markdown text: offsets into the original string, end exclusive. */
export interface SentenceSpan {
  readonly start: number
  readonly end: number
  /** The block it came from: headings are kept apart so callers can skip them. */
  readonly block: 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell'
}

interface Block {
  start: number
  end: number
  kind: SentenceSpan['block']
  quoteDepth: number
}

/**
 * Inline Markdown that must not count as words or sentence ends: link targets, images, bare
 * URLs, HTML tags, code spans, emphasis markers and footnote references. Each is replaced by
 * spaces of the same length, so offsets stay valid.
 */
const INLINE_NOISE =
  /!\[[^\]\n]*\]\([^)\n]*\)|\]\([^)\n]*\)|\[\^[^\]\n]*\]|https?:\/\/[^\s<>)\]]+|www\.[^\s<>)\]]+|<\/?[A-Za-z][^>\n]*>|`[^`\n]*`|[*_[\]]/g

/** The text with inline Markdown blanked out (same length as the input). */
export function maskInlineMarkdown(text: string): string {
  return text.replace(INLINE_NOISE, (m) => ' '.repeat(m.length))
}

const FENCE = /^\s{0,3}(```|~~~)/
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/
const THEMATIC_BREAK = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/
const QUOTE_MARKERS = /^\s{0,3}((?:>\s?)+)/
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** Splits Markdown into blocks (paragraphs, headings, list items, quotes, table cells). */
function blocks(text: string): Block[] {
  const out: Block[] = []
  let current: Block | null = null
  let inFence = false
  let lineStart = 0
  const close = () => {
    if (current && current.end > current.start) out.push(current)
    current = null
  }
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    const next = lineEnd + 1
    if (FENCE.test(line)) {
      close()
      inFence = !inFence
    } else if (inFence) {
      // Code is never a claim.
    } else if (line.trim() === '') {
      close()
    } else if (ATX_HEADING.test(line)) {
      close()
      const m = ATX_HEADING.exec(line)
      const body = line.replace(/\s+#+\s*$/, '')
      out.push({
        start: lineStart + (m?.[0].length ?? 0),
        end: lineStart + body.trimEnd().length,
        kind: 'heading',
        quoteDepth: 0,
      })
    } else if (SETEXT_UNDERLINE.test(line) && current !== null) {
      // The paragraph above was a heading.
      const heading: Block = current
      heading.kind = 'heading'
      close()
    } else if (THEMATIC_BREAK.test(line)) {
      close()
    } else if (line.trimStart().startsWith('|')) {
      close()
      if (!TABLE_SEPARATOR.test(line)) out.push(...tableCells(line, lineStart))
    } else {
      let offset = 0
      const q = QUOTE_MARKERS.exec(line)
      const depth = q?.[1] ? (q[1].match(/>/g)?.length ?? 0) : 0
      if (q) offset = q[0].length
      const rest = line.slice(offset)
      const list = LIST_MARKER.exec(rest)
      if (list) offset += list[0].length
      const contentStart =
        lineStart + offset + (line.slice(offset).length - line.slice(offset).trimStart().length)
      const contentEnd = lineStart + line.trimEnd().length
      const continues =
        current !== null &&
        !list &&
        (current as Block).quoteDepth === depth &&
        current.kind !== 'heading'
      if (continues && current) {
        current.end = contentEnd
      } else {
        close()
        current = {
          start: contentStart,
          end: contentEnd,
          kind: list ? 'list-item' : depth > 0 ? 'quote' : 'paragraph',
          quoteDepth: depth,
        }
      }
    }
    lineStart = next
  }
  close()
  return out
}

function tableCells(line: string, lineStart: number): Block[] {
  const cells: Block[] = []
  let i = 0
  while (i < line.length) {
    let j = line.indexOf('|', i)
    if (j < 0) j = line.length
    const raw = line.slice(i, j)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed)
      cells.push({
        start: lineStart + i + lead,
        end: lineStart + i + lead + trimmed.length,
        kind: 'table-cell',
        quoteDepth: 0,
      })
    i = j + 1
  }
  return cells
}

/** Words that end with a full stop without ending the sentence. Lower case, inner dots kept. */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'sr',
  'jr',
  'rev',
  'gen',
  'col',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'hon',
  'mt',
  'ft',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'ca',
  'no',
  'nos',
  'fig',
  'figs',
  'vol',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
])

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»'])
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«'])

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0'
}

function isUpperOrDigit(c: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(c)
}

/** The word just before position `dot` (letters and inner dots), lower-cased. */
function wordBefore(masked: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}.]/u.test(masked[i - 1] ?? '')) i--
  return masked.slice(i, dot).toLowerCase()
}

function isAbbreviation(masked: string, dot: number): boolean {
  const word = wordBefore(masked, dot)
  if (word === '') return false
  if (ABBREVIATIONS.has(word)) return true
  // An initial ("J. Halloway") or a dotted acronym ("U.S.A.").
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(masked[dot - 1] ?? '')) return true
  return /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

/** Splits one block into sentence spans, trimming spaces and Markdown noise at both ends. */
function splitBlock(text: string, masked: string, block: Block, out: SentenceSpan[]): void {
  let sentenceStart = block.start
  // How far a span may grow to take in emphasis markers: not into the previous sentence.
  let lo = block.start
  const { end } = block
  for (let i = block.start; i < end; i++) {
    const c = masked[i]
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
    // Runs like "?!" or "..." end together.
    let j = i + 1
    while (j < end && (masked[j] === '.' || masked[j] === '!' || masked[j] === '?')) j++
    while (j < end && CLOSERS.has(masked[j] ?? '')) j++
    if (j < end && !isSpace(masked[j])) continue
    let k = j
    while (k < end && isSpace(masked[k])) k++
    if (k < end) {
      const n = masked[k] ?? ''
      if (!isUpperOrDigit(n) && !OPENERS.has(n)) continue
      if (c === '.' && j === i + 1 && isAbbreviation(masked, i)) continue
    }
    push(text, masked, sentenceStart, j, lo, end, block.kind, out)
    lo = j
    sentenceStart = k
    i = k - 1
  }
  push(text, masked, sentenceStart, end, lo, end, block.kind, out)
}

function push(
  text: string,
  masked: string,
  from: number,
  to: number,
  lo: number,
  hi: number,
  kind: SentenceSpan['block'],
  out: SentenceSpan[],
): void {
  let s = from
  let e = to
  while (s < e && isSpace(masked[s])) s++
  while (e > s && isSpace(masked[e - 1])) e--
  if (s >= e) return
  // Keep emphasis or link brackets that touch the words, so the span reads as written.
  while (s > lo && /[*_[`]/.test(text[s - 1] ?? '')) s--
  while (e < hi && /[*_`]/.test(text[e] ?? '')) e++
  if (!/[\p{L}\p{N}]/u.test(masked.slice(s, e))) return
  out.push({ start: s, end: e, block: kind })
}

/**
 * Splits Markdown text into sentences. Headings, list items, quotes and table cells are blocks
 * of their own; list and quote markers, code blocks and fences are never part of a span.
 * Abbreviations ("Dr.", "e.g."), initials and decimals ("2.5") do not end a sentence.
 */
export function splitSentences(text: string, masked = maskInlineMarkdown(text)): SentenceSpan[] {
  const out: SentenceSpan[] = []
  for (const block of blocks(text)) splitBlock(text, masked, block, out)
  return out
}
