import { useCallback, useMemo, useState } from 'react'
import type { ChannelOutput } from '@shared/contract'
import type { Claim } from '@shared/claims/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'

export type ClaimList = ChannelOutput<'claims:list'>

export interface ClaimsStore {
  readonly list: Query<ClaimList>
  /** The list with the claims changed since it loaded put in (until it reloads). */
  readonly value: ClaimList | undefined
  /** Puts a claim a channel returned into the list at once, then reloads. */
  readonly put: (claim: Claim) => void
  readonly reload: () => void
}

/** One draft's claims and suggestions; reloaded when the draft changes anywhere. */
export function useClaims(draftId: string): ClaimsStore {
  const api = useApi()
  const list = useQuery(`claims:${draftId}`, () => call(api, 'claims:list', { draftId }))
  const { reload } = list
  useGalleyEvent('library:changed', ({ draftId: changed }) => {
    if (changed === null || changed === draftId) reload()
  })
  const [patch, setPatch] = useState<{ base: ClaimList; claims: ReadonlyMap<string, Claim> }>()
  const base = list.value
  const value = useMemo(() => {
    if (!base || !patch || patch.base !== base) return base
    const claims = base.claims.map((c) => patch.claims.get(c.id) ?? c)
    for (const c of patch.claims.values())
      if (!base.claims.some((b) => b.id === c.id)) claims.push(c)
    return { ...base, claims }
  }, [base, patch])
  const put = useCallback(
    (claim: Claim) => {
      if (base) {
        setPatch((p) => {
          const claims = new Map(p && p.base === base ? p.claims : [])
          claims.set(claim.id, claim)
          return { base, claims }
        })
      }
      reload()
    },
    [base, reload],
  )
  return { list, value, put, reload }
}
