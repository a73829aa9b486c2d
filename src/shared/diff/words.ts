import { diffArrays, diffWordsWithSpace, type Change as WordChange } from 'diff'

/** A word (letters, digits, marks) or one punctuation mark or symbol; whitespace lies between. */
const VISIBLE = /[^\s\p{P}\p{S}]+|[\p{P}\p{S}]/gu

/**
 * The words and punctuation marks of `text`, and where each starts, in two arrays: one pass of
 * one regular expression, with no object per token (tokenising was a tenth of a long diff).
 */
export function visibleTokens(text: string): { texts: string[]; starts: number[] } {
  const texts: string[] = []
  const starts: number[] = []
  VISIBLE.lastIndex = 0
  for (let m = VISIBLE.exec(text); m; m = VISIBLE.exec(text)) {
    texts.push(m[0])
    starts.push(m.index)
  }
  return { texts, starts }
}

/** Adds `value`, `pieces` pieces of one kind, joining it to the last change if of its kind. */
function push(
  out: WordChange[],
  value: string,
  kind: 'equal' | 'added' | 'removed',
  pieces = 1,
): void {
  if (!value) return
  const last = out.at(-1)
  const lastKind = last ? (last.added ? 'added' : last.removed ? 'removed' : 'equal') : null
  if (last && lastKind === kind) {
    last.value += value
    last.count += pieces
    return
  }
  out.push({ value, added: kind === 'added', removed: kind === 'removed', count: pieces })
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
  const matched = diffArrays(a.texts, b.texts, { timeout: Math.max(1, options.timeoutMs) })
  if (!matched) return undefined
  const out: WordChange[] = []
  let i = 0 // next word of `from`
  let j = 0 // next word of `to`
  let fromAt = 0 // where the text not yet emitted starts
  let toAt = 0
  // Unchanged text runs on in `from` across matched words and the same space between them: it
  // is added as one slice when something else comes, not word by word (a string joined per
  // word was most of the allocation of a long diff).
  let runFrom = -1
  let runPieces = 0
  const endRun = (): void => {
    if (runFrom >= 0) push(out, from.slice(runFrom, fromAt), 'equal', runPieces)
    runFrom = -1
    runPieces = 0
  }
  const gap = (fromEnd: number, toEnd: number): void => {
    const f = from.slice(fromAt, fromEnd)
    const t = to.slice(toAt, toEnd)
    if (f !== t) {
      endRun()
      diffGap(out, f, t, deadline)
    } else if (f) {
      if (runFrom < 0) runFrom = fromAt
      runPieces++
    }
    fromAt = fromEnd
    toAt = toEnd
  }
  for (const part of matched) {
    if (part.added) j += part.count
    else if (part.removed) i += part.count
    else {
      for (let k = 0; k < part.count; k++, i++, j++) {
        const x = a.texts[i] as string
        gap(a.starts[i] as number, b.starts[j] as number)
        if (runFrom < 0) runFrom = fromAt
        runPieces++
        fromAt += x.length
        toAt += x.length
      }
    }
  }
  gap(from.length, to.length)
  endRun()
  return out
}
