import type { Doc } from './document'
import type { Entity } from './entities'
import type { Mention } from './mentions'

/** Look-ups over a document's names, so analysers never scan every mention per question. */
export interface DocIndex {
  /** The mention that starts at an offset. */
  readonly startingAt: ReadonlyMap<number, Mention>
  /** The mention that ends at an offset. */
  readonly endingAt: ReadonlyMap<number, Mention>
  /** The mention a token (by its start offset) belongs to. */
  readonly covering: ReadonlyMap<number, Mention>
  /** The entity of each mention. */
  readonly entityOf: ReadonlyMap<Mention, Entity>
  /** Every mention in text order. */
  readonly ordered: readonly Mention[]
}

const cache = new WeakMap<Doc, DocIndex>()

/** The document's index, built once on first use. */
export function indexOf(doc: Doc): DocIndex {
  const known = cache.get(doc)
  if (known) return known
  const startingAt = new Map<number, Mention>()
  const endingAt = new Map<number, Mention>()
  const covering = new Map<number, Mention>()
  for (const m of doc.mentions) {
    startingAt.set(m.start, m)
    endingAt.set(m.end, m)
    for (let k = m.tokenIndex; k < m.tokenEnd; k++) {
      const t = m.sentence.tokens[k]
      if (t) covering.set(t.start, m)
    }
  }
  const entityOf = new Map<Mention, Entity>()
  for (const e of doc.entities) for (const m of e.mentions) entityOf.set(m, e)
  const ordered = [...doc.mentions].sort((a, b) => a.start - b.start)
  const index = { startingAt, endingAt, covering, entityOf, ordered }
  cache.set(doc, index)
  return index
}

/** Index of the last item whose `start` is below `at` in a list sorted by start (-1 if none). */
export function lastBefore(list: readonly { readonly start: number }[], at: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid]?.start ?? 0) < at) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
