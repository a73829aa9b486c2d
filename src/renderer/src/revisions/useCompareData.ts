import { useCallback } from 'react'
import type { ChannelOutput } from '@shared/contract'
import type { DraftDetail, Revision, RevisionInfo } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'

/** Which two revisions are compared; null ids mean "previous" and "current". */
export interface ComparePair {
  readonly draftId: string
  readonly oldId: string | null
  readonly newId: string | null
}

/** The revision before the current one (its parent when listed, else the next lower number). */
export function defaultPair(detail: DraftDetail): { oldId: string; newId: string } {
  const current = detail.draft.currentRevisionId
  const byNumber = [...detail.revisions].sort((a, b) => a.number - b.number)
  const cur = byNumber.find((r) => r.id === current)
  const parent = cur?.parentId ? byNumber.find((r) => r.id === cur.parentId) : undefined
  const lower = byNumber.filter((r) => cur && r.number < cur.number).at(-1)
  return { oldId: (parent ?? lower ?? cur ?? byNumber[0])?.id ?? current, newId: current }
}

export type ClaimsList = ChannelOutput<'claims:list'>

export interface CompareData {
  readonly detail: Query<DraftDetail>
  /** The pair actually compared (defaults filled in); null until the draft is loaded. */
  readonly oldId: string | null
  readonly newId: string | null
  readonly bodies: Query<readonly [Revision, Revision]>
  /** Claims are optional: a failure leaves the comparison usable and says so. */
  readonly claims: Query<ClaimsList>
  readonly reloadAll: () => void
}

/**
 * Loads the draft (revision list), both revisions' bodies and the draft's claims. Missing or
 * unknown ids of the pair fall back to previous → current once the revision list is in.
 */
export function useCompareData(pair: ComparePair) {
  const api = useApi()
  const { draftId } = pair
  const detail = useQuery(draftId, () => call(api, 'drafts:get', { id: draftId }))
  const d = detail.value
  const defaults = d ? defaultPair(d) : null
  const oldId = d ? (findRevision(d.revisions, pair.oldId)?.id ?? defaults?.oldId ?? null) : null
  const newId = d ? (findRevision(d.revisions, pair.newId)?.id ?? defaults?.newId ?? null) : null
  const bodies = useQuery(oldId && newId ? `${draftId}:${oldId}:${newId}` : null, () =>
    Promise.all([
      call(api, 'revisions:get', { draftId, revisionId: oldId as string }),
      call(api, 'revisions:get', { draftId, revisionId: newId as string }),
    ] as const),
  )
  const claims = useQuery(draftId, () => call(api, 'claims:list', { draftId }))
  const reloadDetail = detail.reload
  const reloadClaims = claims.reload
  const reloadAll = useCallback(() => {
    reloadDetail()
    reloadClaims()
  }, [reloadDetail, reloadClaims])
  useGalleyEvent('library:changed', (e) => {
    if (e.draftId === draftId) reloadAll()
  })
  return { detail, oldId, newId, bodies, claims, reloadAll } satisfies CompareData
}

/** The revision with that id, if the draft lists it. */
export function findRevision(
  revisions: readonly RevisionInfo[],
  id: string | null,
): RevisionInfo | undefined {
  return id ? revisions.find((r) => r.id === id) : undefined
}
