import { anchorAt, type Claim } from '@shared/claims'
import type { Revision } from '@shared/domain'
import type { RevisionHook } from '../revisions/service'
import type { ComputePool } from '../workers/pool'
import { isResolvedVerdict, recheckReason } from './service'

/**
 * Carries a draft's claims into a new revision: each is anchored, moved, changed (its text was
 * edited: a resolved verdict then needs re-checking, noted in its history) or orphaned (kept,
 * with the text and revision it came from). Orphans stay as they were. The search runs on the
 * compute pool's worker thread; the patch it returns is applied in the revision's write.
 */
export function reanchorClaims(pool: ComputePool): RevisionHook {
  return async (file, previous, next, author, at) => {
    const ids = file.claims
      .filter((c) => c.status !== 'orphaned' && c.revisionId === previous.id)
      .map((c) => c.id)
    if (ids.length === 0) return
    const byId = new Map(file.claims.map((c) => [c.id, c]))
    const results = await pool.run('reanchor', {
      anchors: ids.map((id) => byId.get(id)!.anchor),
      oldText: previous.body,
      newText: next.body,
    })
    const when = at.toISOString()
    return (patched) => {
      const claims = new Map(patched.claims.map((c) => [c.id, c]))
      ids.forEach((id, i) => {
        const claim = claims.get(id)
        const r = results[i]
        if (!claim || !r) return
        if (r.status === 'orphaned' || r.end <= r.start) {
          orphan(claim, next, author, when)
          return
        }
        claim.anchor = anchorAt(next.body, r.start, r.end)
        claim.revisionId = next.id
        claim.status = r.status
        if (r.status === 'changed' && isResolvedVerdict(claim.verdict)) {
          claim.needsRecheck = true
          claim.history.push({
            verdict: claim.verdict,
            by: author.name,
            role: author.role,
            at: when,
            reason: recheckReason(next.number, claim.verdict),
          })
          claim.updatedAt = when
        }
      })
    }
  }
}

function orphan(
  claim: Claim,
  next: Revision,
  author: { name: string; role: Claim['createdBy']['role'] },
  at: string,
): void {
  claim.status = 'orphaned'
  claim.history.push({
    verdict: claim.verdict,
    by: author.name,
    role: author.role,
    at,
    reason: `Its text was not found in revision ${next.number}; kept as an orphan.`,
  })
  claim.updatedAt = at
}
