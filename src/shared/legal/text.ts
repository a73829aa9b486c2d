/** 32-bit FNV-1a, hex: for ids that must not depend on position (not for integrity). */
export function shortHash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Lower case, single spaces, no Markdown punctuation: for comparing passages by content. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_`#>[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
