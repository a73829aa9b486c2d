import { buildOffsetMap, reanchor } from '@shared/anchors'
import { anchorAt } from '@shared/claims'
import type { RevisionHook } from '../library'

/**
 * Carries the reviewer's quote records into a new revision: anchored, moved, changed (the
 * quote's words were edited: its confirmed speaker stays, and the transcript label is worked
 * out afresh from the new text) or orphaned (kept with its old text, shown, never dropped).
 * Quotes are few, so this runs in the save itself.
 */
export const reanchorQuotes: RevisionHook = (file, previous, next) => {
  const live = file.quotes.filter((q) => q.status !== 'orphaned' && q.revisionId === previous.id)
  if (live.length === 0) return
  const results = reanchor(
    live.map((q) => q.anchor),
    previous.body,
    next.body,
    buildOffsetMap(previous.body, next.body),
  )
  live.forEach((quote, i) => {
    const r = results[i]
    if (!r) return
    if (r.status === 'orphaned' || r.end <= r.start) {
      quote.status = 'orphaned'
      return
    }
    quote.anchor = anchorAt(next.body, r.start, r.end)
    quote.revisionId = next.id
    quote.status = r.status
  })
}
