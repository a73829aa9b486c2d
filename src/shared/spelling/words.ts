/**
 * The words of a Markdown text a spell-checker should look at, with their offsets: letters with
 * inner apostrophes or hyphens ("don't", "skin-care"). Left out: link targets and bare URLs,
 * e-mail addresses, code (`…` and fenced blocks), HTML tags, words with digits ("VELLA-12"),
 * all-capital abbreviations ("FTC"), and single letters. Pure: both the window and tests use it.
 */
export interface SpelledWord {
  readonly word: string
  readonly start: number
  readonly end: number
}

/** A house word: letters, with apostrophes or hyphens inside, at most 64 characters. */
export const HOUSE_WORD = /^\p{L}[\p{L}\p{M}'’-]{0,62}\p{L}$|^\p{L}$/u

const SKIP = new RegExp(
  [
    '```[\\s\\S]*?(?:```|$)', // fenced code
    '`[^`\\n]*`', // inline code
    '\\]\\([^)\\s]*(?:\\s+"[^"]*")?\\)', // a link's target
    '<[^>\\n]*>', // HTML tags and autolinks
    '\\b(?:https?://|www\\.)[^\\s)>\\]]+', // bare URLs
    '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', // e-mail addresses
  ].join('|'),
  'gu',
)

const WORD = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu

export function wordsToCheck(text: string): SpelledWord[] {
  const out: SpelledWord[] = []
  const skipped: Array<readonly [number, number]> = []
  for (const m of text.matchAll(SKIP)) skipped.push([m.index, m.index + m[0].length])
  let s = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const end = start + m[0].length
    while (s < skipped.length && skipped[s]![1] <= start) s++
    const skip = skipped[s]
    if (skip && skip[0] < end && start < skip[1]) continue
    const word = m[0]
    if (/\d/.test(word)) continue
    if ([...word].length < 2) continue
    if (word === word.toUpperCase() && word !== word.toLowerCase()) continue
    out.push({ word, start, end })
  }
  return out
}

/** The spellings a checker should try for a word: as written, and its parts when hyphenated. */
export function partsOf(word: string): readonly string[] {
  return word.includes('-') ? word.split('-').filter(Boolean) : [word]
}

/** Whether a word (or every part of a hyphenated one) is spelled right. */
export function spelledRight(
  word: string,
  correct: (w: string) => boolean,
  house: ReadonlySet<string>,
): boolean {
  const known = (w: string) => {
    const plain = w.replace(/’/g, "'")
    return house.has(plain.toLowerCase()) || correct(plain)
  }
  if (known(word)) return true
  return word.includes('-') && partsOf(word).every(known)
}
