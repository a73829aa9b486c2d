import { buildOffsetMap, reanchor, type Reanchored } from '@shared/anchors'
import { anchorAt } from '@shared/claims'
import type { Revision } from '@shared/domain'
import type { QuoteRecord } from '@shared/records'
import type { RevisionHook } from '../revisions/service'
import type { DraftFile } from '../storage/draft-file'
import type { ComputePool } from '../workers/pool'

/**
 * Carries the reviewer's quote records into a new revision: anchored, moved, changed (the
 * quote's words were edited: its confirmed speaker stays, and the transcript label is worked
 * out afresh from the new text) or orphaned (kept with its old text, shown, never dropped).
 * This one works in the save itself: even one quote diffs both texts, about 60 ms for a
 * 50k-word draft, so `reanchorQuotesOffThread` is the one for the main process.
 */
export const reanchorQuotes: RevisionHook = (file, previous, next) => {
  const live = liveQuotes(file, previous)
  if (live.length === 0) return
  const results = reanchor(
    live.map((q) => q.anchor),
    previous.body,
    next.body,
    buildOffsetMap(previous.body, next.body),
  )
  live.forEach((quote, i) => follow(quote, results[i], next))
}

/**
 * The same, with the search on the compute pool's worker thread; the patch it returns is
 * applied in the revision's write.
 */
export function reanchorQuotesOffThread(pool: ComputePool): RevisionHook {
  return async (file, previous, next) => {
    const ids = liveQuotes(file, previous).map((q) => q.id)
    if (ids.length === 0) return
    const byId = new Map(file.quotes.map((q) => [q.id, q]))
    const results = await pool.run('reanchor', {
      anchors: ids.map((id) => byId.get(id)!.anchor),
      oldText: previous.body,
      newText: next.body,
    })
    return (patched) => {
      const quotes = new Map(patched.quotes.map((q) => [q.id, q]))
      ids.forEach((id, i) => {
        const quote = quotes.get(id)
        if (quote) follow(quote, results[i], next)
      })
    }
  }
}

function liveQuotes(file: DraftFile, previous: Revision): QuoteRecord[] {
  return file.quotes.filter((q) => q.status !== 'orphaned' && q.revisionId === previous.id)
}

function follow(quote: QuoteRecord, r: Reanchored | undefined, next: Revision): void {
  if (!r) return
  if (r.status === 'orphaned' || r.end <= r.start) {
    quote.status = 'orphaned'
    return
  }
  quote.anchor = anchorAt(next.body, r.start, r.end)
  quote.revisionId = next.id
  quote.status = r.status
}
