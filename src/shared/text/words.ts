// One word rule for the whole app: the revision list's counts (stored with each revision), the
// compare view's words added and removed, and the analysers' length thresholds.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/**
 * Number of words, counted the way a reader would: a word starts with a letter or a digit and
 * runs on through letters, digits, apostrophes and hyphens ("well-known", "don’t" and "1990s"
 * are one word each); punctuation and Markdown syntax alone are no words.
 */
export function countWords(text: string): number {
  const m = text.match(WORD)
  return m ? m.length : 0
}
