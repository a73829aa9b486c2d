// Body offsets ↔ DOM ranges over the article's text spans (each carries data-start/data-end).

interface Leaf {
  readonly text: Text
  readonly start: number
  readonly end: number
}

/** The article's text spans in document order: elements holding one text node and offsets. */
export function leaves(root: Element): Leaf[] {
  const out: Leaf[] = []
  for (const el of root.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    const only = el.childNodes.length === 1 ? el.firstChild : null
    if (!only || only.nodeType !== Node.TEXT_NODE) continue
    out.push({
      text: only as Text,
      start: Number(el.dataset['start']),
      end: Number(el.dataset['end']),
    })
  }
  return out
}

/** DOM ranges covering body offsets [start, end): one per text span it touches. */
export function rangesFor(all: readonly Leaf[], start: number, end: number): Range[] {
  const out: Range[] = []
  for (const leaf of all) {
    if (leaf.end <= start || leaf.start >= end) continue
    const len = leaf.text.length
    const s = Math.min(Math.max(start - leaf.start, 0), len)
    const e = Math.min(Math.max(end - leaf.start, 0), len)
    if (e <= s) continue
    const range = document.createRange()
    range.setStart(leaf.text, s)
    range.setEnd(leaf.text, e)
    out.push(range)
  }
  return out
}

/** The body offsets a DOM range covers inside the article, or null when it covers no text. */
export function offsetsOfRange(root: Element, range: Range): { start: number; end: number } | null {
  let start = Infinity
  let end = -Infinity
  for (const leaf of leaves(root)) {
    if (!range.intersectsNode(leaf.text)) continue
    const s = leaf.text === range.startContainer ? range.startOffset : 0
    const e = leaf.text === range.endContainer ? range.endOffset : leaf.text.length
    if (e <= s) continue
    start = Math.min(start, Math.min(leaf.start + s, leaf.end))
    end = Math.max(end, Math.min(leaf.start + e, leaf.end))
  }
  return end > start ? { start, end } : null
}

/** The body offset of a caret position (a click), or null outside the article's text. */
export function offsetAt(node: Node, offset: number): number | null {
  if (node.nodeType !== Node.TEXT_NODE) return null
  const el = node.parentElement
  const start = el?.dataset['start']
  return start === undefined ? null : Number(start) + offset
}
