// Matches of a search in what a view shows: its text nodes read in order, a block boundary
// (paragraph, heading, list item, table cell, compared cell) between them counting as a break,
// so a match never runs from one paragraph into the next.

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, pre, .cmp-cell'

/** Text a reader does not see: screen-reader-only labels and hidden parts. */
function unseen(node: Text, root: HTMLElement): boolean {
  const el = node.parentElement
  if (!el || !root.contains(el)) return true
  return el.closest('.visually-hidden, [aria-hidden="true"], [hidden], .find-bar') !== null
}

/** Every case-insensitive occurrence of `query` in `root`'s visible text, in reading order. */
export function findMatches(root: HTMLElement, query: string): Range[] {
  const needle = query.toLocaleLowerCase()
  if (!needle.trim()) return []
  const nodes: Text[] = []
  const starts: number[] = []
  let text = ''
  let block: Element | null = null
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!n.data || unseen(n, root)) continue
    const b = n.parentElement?.closest(BLOCKS) ?? null
    if (b !== block && text) text += '\n'
    block = b
    nodes.push(n)
    starts.push(text.length)
    text += n.data
  }
  const hay = text.toLocaleLowerCase()
  /** The text node and offset of a position in `text` (the last node starting at or before it). */
  const at = (pos: number, end: boolean): [Text, number] => {
    let lo = 0
    let hi = nodes.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      const s = starts[mid] as number
      if (s < pos || (!end && s === pos)) lo = mid
      else hi = mid - 1
    }
    const node = nodes[lo] as Text
    return [node, Math.min(node.data.length, pos - (starts[lo] as number))]
  }
  const out: Range[] = []
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
    if (
      needle.length > 1 &&
      hay.slice(i, i + needle.length).includes('\n') &&
      !needle.includes('\n')
    )
      continue
    const [sn, so] = at(i, false)
    const [en, eo] = at(i + needle.length, true)
    const r = document.createRange()
    r.setStart(sn, so)
    r.setEnd(en, eo)
    out.push(r)
  }
  return out
}
