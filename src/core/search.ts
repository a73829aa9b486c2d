/** Folds case and accents so "Celine" finds "Céline". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * A few words around the first match of `needle` (already folded) in `text`, or null.
 * NFD folding can change lengths, so the match is located on the folded text and mapped back
 * approximately; good enough for a snippet.
 */
export function snippetAround(text: string, needle: string, radius = 60): string | null {
  if (!needle) return null
  const folded = searchKey(text)
  const at = folded.indexOf(needle)
  if (at < 0) return null
  const ratio = text.length / Math.max(folded.length, 1)
  const center = Math.round(at * ratio)
  let start = Math.max(0, center - radius)
  let end = Math.min(text.length, center + needle.length + radius)
  const spaceBefore = text.lastIndexOf(' ', start)
  if (start > 0 && spaceBefore >= 0 && center - spaceBefore < radius * 1.5) start = spaceBefore + 1
  const spaceAfter = text.indexOf(' ', end)
  if (end < text.length && spaceAfter >= 0 && spaceAfter - end < 20) end = spaceAfter
  const plain = text
    .slice(start, end)
    .replace(/[#*_>`[\]]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return `${start > 0 ? '…' : ''}${plain}${end < text.length ? '…' : ''}`
}
