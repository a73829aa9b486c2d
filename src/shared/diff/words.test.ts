import { diffArrays, diffWordsWithSpace, type Change as WordChange } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffWordsExact, visibleTokens } from './words'

/** How the words were found before: every token, whitespace runs included, then those left out. */
function byAllTokens(text: string): { texts: string[]; starts: number[] } {
  const texts: string[] = []
  const starts: number[] = []
  for (const m of text.matchAll(/\s+|[^\s\p{P}\p{S}]+|[\p{P}\p{S}]/gu)) {
    if (/^\s/.test(m[0])) continue
    texts.push(m[0])
    starts.push(m.index)
  }
  return { texts, starts }
}

// Letters, digits, marks, spaces of every kind, punctuation, symbols, emoji and lone surrogates.
const CHARS = [
  ...'aZé9 \t\n\r\u00a0\u2003\u2028\ufeff.,;:!?“”‘’"\'«»()[]{}-–—/\\*_#&%$€+=<>|~^`@',
  '\u0301',
  '😀',
  '\ud83d',
  '\ude00',
  'ß',
  'İ',
  '٣',
  '中文',
  '\u0085',
  '\u200b',
  '\u3000',
  '\u2029',
  '\u0007',
  '𝟘',
  '🇫🇷',
  '\ud800a',
  '\udc00',
  '©',
  '¿',
]

describe('visibleTokens', () => {
  it('finds the words and marks the tokenising with whitespace did, where it did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        expect(visibleTokens(text)).toEqual(byAllTokens(text))
      }),
      { numRuns: 5_000 },
    )
  })

  it('does so for any string of UTF-16 code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(visibleTokens(text)).toEqual(byAllTokens(text))
      }),
      { numRuns: 5_000 },
    )
  })

  it('starts afresh on each call', () => {
    expect(visibleTokens('one two')).toEqual({ texts: ['one', 'two'], starts: [0, 4] })
    expect(visibleTokens('  “Hi,” she')).toEqual({
      texts: ['“', 'Hi', ',', '”', 'she'],
      starts: [2, 3, 5, 6, 8],
    })
  })
})

/** diffWordsExact as it was written first: each piece joined on as it comes. */
function pieceByPiece(from: string, to: string): WordChange[] {
  const out: WordChange[] = []
  const push = (value: string, kind: 'equal' | 'added' | 'removed') => {
    if (!value) return
    const last = out.at(-1)
    const lastKind = last ? (last.added ? 'added' : last.removed ? 'removed' : 'equal') : null
    if (last && lastKind === kind) {
      last.value += value
      last.count += 1
    } else out.push({ value, added: kind === 'added', removed: kind === 'removed', count: 1 })
  }
  const gap = (f: string, t: string) => {
    if (f === t) return push(f, 'equal')
    const words = f && t ? diffWordsWithSpace(f, t) : undefined
    if (!words) {
      push(f, 'removed')
      push(t, 'added')
      return
    }
    for (const w of words) push(w.value, w.added ? 'added' : w.removed ? 'removed' : 'equal')
  }
  const a = byAllTokens(from)
  const b = byAllTokens(to)
  let i = 0
  let j = 0
  let fromAt = 0
  let toAt = 0
  for (const part of diffArrays(a.texts, b.texts)) {
    if (part.added) j += part.count
    else if (part.removed) i += part.count
    else
      for (let k = 0; k < part.count; k++, i++, j++) {
        const x = a.texts[i] as string
        gap(from.slice(fromAt, a.starts[i]), to.slice(toAt, b.starts[j]))
        push(x, 'equal')
        fromAt = (a.starts[i] as number) + x.length
        toAt = (b.starts[j] as number) + x.length
      }
  }
  gap(from.slice(fromAt), to.slice(toAt))
  return out
}

describe('diffWordsExact', () => {
  // Few distinct words and spaces, so that edits leave runs of unchanged text between them.
  const piece = fc.constantFrom(
    'kelp',
    'serum',
    'six',
    'weeks',
    ' ',
    ' ',
    '  ',
    '\n',
    ',',
    '.',
    '“',
    '”',
    '\u00a0',
  )
  it('gives what it gave when it joined each piece on as it came', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(2), piece), { maxLength: 6 }),
        (parts, edits) => {
          const next = [...parts]
          for (const [at, kind, p] of edits) {
            if (kind === 0) next.splice(at % (next.length + 1), 0, p)
            else if (kind === 1) next.splice(at % (next.length + 1), 1)
            else next[at % (next.length + 1)] = p
          }
          const from = parts.join('')
          const to = next.join('')
          expect(diffWordsExact(from, to, { timeoutMs: Number.POSITIVE_INFINITY })).toEqual(
            pieceByPiece(from, to),
          )
        },
      ),
      { numRuns: 3_000 },
    )
  })
})
