import type { ReactNode } from 'react'

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** `text` with each occurrence of `query` (case- and accent-insensitive) in a <mark>. */
export function highlight(text: string, query: string): ReactNode[] {
  const needle = fold(query.trim())
  if (!needle) return [text]
  // Folding keeps one code unit per character for the Latin text we search, so indices map back.
  const folded = fold(text)
  if (folded.length !== text.length) return [text]
  const parts: ReactNode[] = []
  let from = 0
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, from)) {
    if (at > from) parts.push(text.slice(from, at))
    parts.push(<mark key={at}>{text.slice(at, at + needle.length)}</mark>)
    from = at + needle.length
  }
  if (from < text.length) parts.push(text.slice(from))
  return parts
}
