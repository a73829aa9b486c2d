// Paragraph similarity on word bigrams ("shingles"): sharp enough that two unrelated paragraphs
// over a small vocabulary score near 0, while a few edited words keep the score near 1.

const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u

// Letters and digits make words; ASCII is decided without a regular expression.
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  return OTHER_WORD_CHAR.test(String.fromCharCode(c))
}

/** FNV-1a hashes of the lower-cased words of a text, in order, in one pass. */
function wordHashes(key: string): number[] {
  const out: number[] = []
  let h = 0x811c9dc5
  let inWord = false
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32
    if (wordChar(c)) {
      const lower = c >= 65 && c <= 90 ? c | 0x20 : c
      h = Math.imul(h ^ lower, 0x01000193)
      inWord = true
    } else if (inWord) {
      out.push(h | 0)
      h = 0x811c9dc5
      inWord = false
    }
  }
  return out
}

/** Sorted bigram hashes of a paragraph's words (its single word when it has only one). */
export function shingles(key: string): Int32Array {
  const words = wordHashes(key)
  if (words.length < 2) return Int32Array.from(words)
  const out = new Int32Array(words.length - 1)
  for (let i = 1; i < words.length; i++)
    out[i - 1] = Math.imul(words[i - 1] as number, 0x9e3779b1) ^ (words[i] as number)
  return out.sort()
}

/** Sorted word hashes of a paragraph (a looser measure for pairing short paragraphs). */
export function wordBag(key: string): Int32Array {
  return Int32Array.from(wordHashes(key)).sort()
}

/** Dice coefficient of two sorted multisets, 0..1. */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  let i = 0
  let j = 0
  let common = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      common++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * common) / (a.length + b.length)
}

/** Whether Dice could reach `threshold` given only the two sizes (a cheap pre-filter). */
export function sizesAllow(a: number, b: number, threshold: number): boolean {
  return (2 * Math.min(a, b)) / (a + b) >= threshold
}
