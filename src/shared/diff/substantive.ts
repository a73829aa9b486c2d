import { overlaps, type Span } from '../text'
import type { ProtectedRange, SubstantiveReason } from './types'

const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|percent|half|quarter|dozen)\b/i
const QUOTE_MARKS = /["“”„«»‹›]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/u
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu

export interface Classification {
  readonly reasons: SubstantiveReason[]
  readonly trivial: 'whitespace' | 'punctuation' | null
  readonly substantive: boolean
  readonly protectedLabels: string[]
}

/** One side of an edit: the changed slice and where it sits in its full text. */
export interface Side {
  readonly text: string
  readonly full: string
  readonly range: Span
}

function hasNumber(s: string): boolean {
  return /\p{N}/u.test(s) || NUMBER_WORDS.test(s)
}

/** The word touching the range on either side (same line), for "6 weeks" → "6 months". */
function neighbours(side: Side): string {
  const before = /[^\s]*\s?$/.exec(
    side.full.slice(Math.max(0, side.range.start - 24), side.range.start),
  )
  const after = /^\s?[^\s]*/.exec(side.full.slice(side.range.end, side.range.end + 24))
  return `${before?.[0] ?? ''} ${after?.[0] ?? ''}`
}

// A capital after sentence-ending punctuation or at a paragraph start says nothing about names.
function sentenceInitial(full: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = full[i] as string
    if (/[\s"“‘'(*_#>\-[]/.test(c)) {
      if (c === '\n') return true
      continue
    }
    return /[.!?:;…]/.test(c) || /\d/.test(c)
  }
  return true
}

function hasName(side: Side): boolean {
  CAPITALISED.lastIndex = 0
  for (let m = CAPITALISED.exec(side.text); m; m = CAPITALISED.exec(side.text)) {
    if (m[0] === 'I') continue
    if (!sentenceInitial(side.full, side.range.start + m.index)) return true
  }
  return false
}

// Inside a quotation: an odd count of straight double quotes, or an opening curly quote not yet
// closed, between the start of the paragraph and the edit.
function insideQuote(side: Side): boolean {
  const para = side.full.lastIndexOf('\n\n', side.range.start)
  const before = side.full.slice(para < 0 ? 0 : para, side.range.start)
  const straight = (before.match(/"/g) ?? []).length
  if (straight % 2 === 1) return true
  return before.lastIndexOf('“') > before.lastIndexOf('”')
}

function stripped(s: string, keep: RegExp): string {
  return (s.match(keep) ?? []).join('')
}

/**
 * Why an edit matters: it touches digits or number words, capitalised names, quotation marks or
 * quoted speech, or a protected range. Whitespace-only edits never count and punctuation-only
 * edits count only when they add or remove quotation marks; either counts inside a protected range.
 */
export function classify(
  oldSide: Side,
  newSide: Side,
  protectedRanges: readonly ProtectedRange[],
): Classification {
  const reasons: SubstantiveReason[] = []
  const changed = `${oldSide.text}\n${newSide.text}`
  const protectedHit = protectedRanges.filter((r) => overlaps(oldSide.range, r))
  let trivial: Classification['trivial'] = null
  if (oldSide.text.replace(/\s+/g, '') === newSide.text.replace(/\s+/g, '')) trivial = 'whitespace'
  else if (stripped(oldSide.text, LETTERS_OR_DIGITS) === stripped(newSide.text, LETTERS_OR_DIGITS))
    trivial = 'punctuation'
  const quoteMarks = QUOTE_MARKS.test(changed)
  if (trivial === null) {
    if (hasNumber(changed) || hasNumber(neighbours(oldSide)) || hasNumber(neighbours(newSide)))
      reasons.push('number')
    if (hasName(oldSide) || hasName(newSide)) reasons.push('name')
    if (quoteMarks || insideQuote(oldSide) || insideQuote(newSide)) reasons.push('quote')
  } else if (trivial === 'punctuation' && quoteMarks) reasons.push('quote')
  if (protectedHit.length > 0) reasons.push('protected')
  return {
    reasons,
    trivial,
    substantive: reasons.length > 0,
    protectedLabels: protectedHit.map((r) => r.label ?? `${r.start}-${r.end}`),
  }
}
