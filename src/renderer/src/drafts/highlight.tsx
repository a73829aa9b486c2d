import type { ReactNode } from 'react'

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * `text` with each occurrence of a word of `query` (case- and accent-insensitive) in a <mark>,
 * as search matches every word of a query wherever it is.
 */
export function highlight(text: string, query: string): ReactNode[] {
  const words = [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2),
    ),
  ]
  if (words.length === 0) return [text]
  // Folding keeps one code unit per character for the Latin text we search, so indices map back.
  const folded = fold(text)
  if (folded.length !== text.length) return [text]
  const marked = new Uint8Array(text.length)
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) {
      marked.fill(1, at, at + w.length)
    }
  }
  const parts: ReactNode[] = []
  let from = 0
  while (from < text.length) {
    let to = from
    while (to < text.length && marked[to] === marked[from]) to++
    const piece = text.slice(from, to)
    parts.push(marked[from] ? <mark key={from}>{piece}</mark> : piece)
    from = to
  }
  return parts
}
