import { diffArrays, diffWordsWithSpace, type Change as WordChange } from 'diff'

/** A word (letters, digits, marks), one punctuation mark or symbol, or a run of whitespace. */
const TOKEN = /\s+|[^\s\p{P}\p{S}]+|[\p{P}\p{S}]/gu

interface Token {
  readonly text: string
  readonly start: number
}

/** The words and punctuation marks of `text`, with where each starts; whitespace left out. */
function visibleTokens(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    if (!/^\s/.test(m[0])) out.push({ text: m[0], start: m.index })
  }
  return out
}

function push(out: WordChange[], value: string, kind: 'equal' | 'added' | 'removed'): void {
  if (!value) return
  const last = out.at(-1)
  const lastKind = last ? (last.added ? 'added' : last.removed ? 'removed' : 'equal') : null
  if (last && lastKind === kind) {
    last.value += value
    last.count += 1
    return
  }
  out.push({ value, added: kind === 'added', removed: kind === 'removed', count: 1 })
}

/** What lies between two matched words: diffed with its whitespace, or replaced whole. */
function diffGap(out: WordChange[], from: string, to: string, deadline: number): void {
  if (from === to) return push(out, from, 'equal')
  const left = deadline - Date.now()
  const words = left > 0 && from && to ? diffWordsWithSpace(from, to, { timeout: left }) : undefined
  if (!words) {
    push(out, from, 'removed')
    push(out, to, 'added')
    return
  }
  for (const w of words) push(out, w.value, w.added ? 'added' : w.removed ? 'removed' : 'equal')
}

/**
 * Word-level diff of two texts, exact to the byte. The words and punctuation marks are matched
 * first, as the longest common subsequence of those alone; only then is what lies between two
 * matched words diffed with its whitespace. (diffWordsWithSpace alone counts a space as much as
 * a word, so it could match three spaces instead of one word and show an unchanged word struck
 * out and typed in again.) Undefined when the word match runs past `timeoutMs`.
 */
export function diffWordsExact(
  from: string,
  to: string,
  options: { readonly timeoutMs: number },
): WordChange[] | undefined {
  const deadline = Date.now() + options.timeoutMs
  const a = visibleTokens(from)
  const b = visibleTokens(to)
  const matched = diffArrays(
    a.map((t) => t.text),
    b.map((t) => t.text),
    { timeout: Math.max(1, options.timeoutMs) },
  )
  if (!matched) return undefined
  const out: WordChange[] = []
  let i = 0 // next word of `from`
  let j = 0 // next word of `to`
  let fromAt = 0 // where the text not yet emitted starts
  let toAt = 0
  for (const part of matched) {
    if (part.added) j += part.count
    else if (part.removed) i += part.count
    else {
      for (let k = 0; k < part.count; k++, i++, j++) {
        const x = a[i] as Token
        const y = b[j] as Token
        diffGap(out, from.slice(fromAt, x.start), to.slice(toAt, y.start), deadline)
        push(out, x.text, 'equal')
        fromAt = x.start + x.text.length
        toAt = y.start + y.text.length
      }
    }
  }
  diffGap(out, from.slice(fromAt), to.slice(toAt), deadline)
  return out
}
