import type { TextRange } from './domain'

/** A paragraph of a Markdown body: a run of text between blank lines. */
export interface Paragraph extends TextRange {
  readonly index: number
  readonly text: string
  readonly heading: boolean
  /** `**Q:**` / `Q:` lines and `**A:**` / `A:` answers of a Q&A. */
  readonly qa: 'question' | 'answer' | null
  /** `---`, `***` or `___` alone. */
  readonly rule: boolean
}

const QUESTION = /^[*_]*Q[:.][*_]*\s/
const ANSWER = /^[*_]*A[:.][*_]*\s/

/** Splits a body into paragraphs with their offsets. */
export function paragraphs(body: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const start = m.index + lead
    out.push({
      index: out.length,
      start,
      end: start + text.length,
      text,
      heading: /^#{1,6}\s/.test(text),
      qa: QUESTION.test(text) ? 'question' : ANSWER.test(text) ? 'answer' : null,
      rule: /^(?:-{3,}|\*{3,}|_{3,})$/.test(text),
    })
  }
  return out
}

/** Index of the paragraph containing `pos` (or the last one before it). */
export function paragraphAt(paras: readonly Paragraph[], pos: number): number {
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

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'vs',
  'e.g',
  'i.e',
  'etc',
  'inc',
  'ltd',
  'co',
  'no',
  'jr',
  'sr',
])

/** If a sentence ends at `i`, the index just past it (closing quotes included); else -1. */
function sentenceEnd(text: string, i: number): number {
  const ch = text[i]
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1
  let j = i + 1
  while (j < text.length && /[”"’'*_)\]]/.test(text[j] ?? '')) j++
  if (j < text.length && !/\s/.test(text[j] ?? '')) return -1
  if (ch === '.') {
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1]?.toLowerCase()
    if (word && ABBREVIATIONS.has(word)) return -1
  }
  return j
}

/** The sentence around `pos`, within its paragraph, with Markdown emphasis trimmed off. */
export function sentenceAt(body: string, para: TextRange, pos: number): TextRange {
  let start = para.start
  for (let i = pos - 1; i >= para.start; i--) {
    const j = sentenceEnd(body, i)
    if (j >= 0 && j <= pos) {
      start = j
      break
    }
  }
  let end = para.end
  for (let i = pos; i < para.end; i++) {
    if (sentenceEnd(body, i) >= 0) {
      end = i + 1
      break
    }
  }
  return trimRange(body, { start, end })
}

/** Shrinks a range past whitespace, emphasis markers and list bullets at both ends. */
export function trimRange(body: string, r: TextRange): TextRange {
  let { start, end } = r
  while (start < end && /[\s*_>]/.test(body[start] ?? '')) start++
  while (end > start && /[\s*_]/.test(body[end - 1] ?? '')) end--
  return { start, end }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A regex that finds a name as a whole word, possessive included, any case. */
export function nameRegExp(name: string): RegExp {
  const words = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu')
}

/** Lower-case slug of a brand for URL matching: "Pell & Quist" → "pell-quist". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
}

/** The family name used in running text: the last word of a name. */
export function surname(name: string): string {
  const parts = name
    .replace(/\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+/g, '')
    .trim()
    .split(/\s+/)
  return parts[parts.length - 1] ?? name
}

export { overlaps } from '../ranges'

/** 32-bit FNV-1a, hex: for ids that must not depend on position (not for integrity). */
export function shortHash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Lower case, single spaces, no Markdown punctuation: for comparing passages by content. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_`#>[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
