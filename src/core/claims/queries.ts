import { anchorAt, CLAIM_LIMITS, QUERY_LIMITS, type Query } from '@shared/claims'
import type { Profile, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { newId } from '../ids'
import type { Library } from '../library'
import type { RevisionHook } from '../revisions/service'
import type { ComputePool } from '../workers/pool'
import { changedFields } from './service'

/**
 * Queries: comment threads on spans that are not claims (Word comments about the writing).
 * Stored beside the claims in the draft file, they follow their text into new revisions like
 * claims do, and can be resolved and reopened (who and when kept).
 */

function findQuery(queries: readonly Query[], queryId: string): Query {
  const query = queries.find((q) => q.id === queryId)
  if (!query) {
    throw new GalleyError(
      'not-found',
      'That query is not in this draft (it may have been deleted).',
    )
  }
  return query
}

function changeQuery(
  library: Library,
  draftId: string,
  queryId: string,
  action: string,
  fn: (query: Query) => void,
  at = new Date(),
): Promise<Query> {
  return library.store.update(draftId, 'queries', (file, _current, audit) => {
    const query = findQuery(file.queries, queryId)
    const before = structuredClone(query)
    fn(query)
    query.updatedAt = at.toISOString()
    audit({ action, target: `query/${queryId}`, ...changedFields(before, query) })
    return structuredClone(query)
  })
}

/** Resolves (`resolved` true) or reopens a query, recording who and when. */
export function resolveQuery(
  library: Library,
  draftId: string,
  queryId: string,
  resolved: boolean,
  by: Profile,
  at = new Date(),
): Promise<Query> {
  return changeQuery(
    library,
    draftId,
    queryId,
    resolved ? 'query.resolve' : 'query.reopen',
    (query) => {
      if ((query.resolved !== null) === resolved) return
      const when = at.toISOString()
      query.resolved = resolved ? { by: by.name, at: when } : null
      if (query.events.length >= QUERY_LIMITS.events) query.events.shift()
      query.events.push({
        action: resolved ? 'resolved' : 'reopened',
        by: by.name,
        role: by.role,
        at: when,
      })
    },
    at,
  )
}

export function commentOnQuery(
  library: Library,
  draftId: string,
  queryId: string,
  text: string,
  by: Profile,
  at = new Date(),
): Promise<Query> {
  return changeQuery(
    library,
    draftId,
    queryId,
    'query.comment',
    (query) => {
      if (query.comments.length >= CLAIM_LIMITS.comments) query.comments.splice(1, 1)
      query.comments.push({
        id: newId('m'),
        by: by.name,
        role: by.role,
        at: at.toISOString(),
        text,
      })
    },
    at,
  )
}

export function deleteQuery(library: Library, draftId: string, queryId: string): Promise<void> {
  return library.store.update(draftId, 'queries', (file, _current, audit) => {
    const gone = findQuery(file.queries, queryId)
    file.queries = file.queries.filter((q) => q.id !== queryId)
    audit({
      action: 'query.delete',
      target: `query/${queryId}`,
      before: { exact: gone.anchor.exact, text: gone.comments[0]?.text ?? '' },
    })
  })
}

/**
 * Carries a draft's queries into a new revision, as claims are carried: anchored, moved,
 * changed or orphaned (kept, with the text and revision it was last found in).
 */
export function reanchorQueries(pool: ComputePool): RevisionHook {
  return async (file, previous, next, author, at) => {
    const ids = file.queries
      .filter((q) => q.status !== 'orphaned' && q.revisionId === previous.id)
      .map((q) => q.id)
    if (ids.length === 0) return
    const byId = new Map(file.queries.map((q) => [q.id, q]))
    const results = await pool.run('reanchor', {
      anchors: ids.map((id) => (byId.get(id) as Query).anchor),
      oldText: previous.body,
      newText: next.body,
    })
    const when = at.toISOString()
    return (patched) => {
      const queries = new Map(patched.queries.map((q) => [q.id, q]))
      ids.forEach((id, i) => {
        const query = queries.get(id)
        const r = results[i]
        if (!query || !r) return
        if (r.status === 'orphaned' || r.end <= r.start) {
          orphanQuery(query, next, author, when)
          return
        }
        query.anchor = anchorAt(next.body, r.start, r.end)
        query.revisionId = next.id
        query.status = r.status
      })
    }
  }
}

function orphanQuery(query: Query, _next: Revision, _author: unknown, at: string): void {
  query.status = 'orphaned'
  query.updatedAt = at
}
