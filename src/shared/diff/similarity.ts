// Paragraph similarity on word bigrams ("shingles"): sharp enough that two unrelated paragraphs
// over a small vocabulary score near 0, while a few edited words keep the score near 1.

const WORD = /[\p{L}\p{N}]+/gu

function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** Sorted bigram hashes of a paragraph's words (its single word when it has only one). */
export function shingles(key: string): Int32Array {
  const words = key.toLowerCase().match(WORD) ?? []
  if (words.length < 2) return Int32Array.from(words.map(hash))
  const out = new Int32Array(words.length - 1)
  let prev = hash(words[0] as string)
  for (let i = 1; i < words.length; i++) {
    const h = hash(words[i] as string)
    out[i - 1] = Math.imul(prev, 0x9e3779b1) ^ h
    prev = h
  }
  return out.sort()
}

/** Sorted word hashes of a paragraph (a looser measure for pairing short paragraphs). */
export function wordBag(key: string): Int32Array {
  return Int32Array.from((key.toLowerCase().match(WORD) ?? []).map(hash)).sort()
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
