import { useEffect } from 'react'
import type { LegalView } from '@shared/channels/legal'
import type { Profile } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'

/** The legal view of a draft's current revision; reloaded when the draft changes. */
export function useLegal(draftId: string, revisionId: string): Query<LegalView> {
  const api = useApi()
  const q = useQuery(`legal:${draftId}`, () => call(api, 'legal:get', { draftId }))
  const { reload } = q
  useGalleyEvent('library:changed', ({ draftId: changed }) => {
    if (changed === null || changed === draftId) reload()
  })
  // A new revision saved elsewhere in the window: the view is about the current one.
  useEffect(() => reload(), [revisionId, reload])
  return q
}

/**
 * Who is acting, re-read when the window regains focus or the draft changes: the role only
 * decides what the panel offers; main refuses what the role may not do either way.
 */
export function useActingProfile(draftId: string): Profile | null {
  const api = useApi()
  const q = useQuery('legal-profile', () => call(api, 'profile:get', {}))
  const { reload } = q
  useGalleyEvent('library:changed', ({ draftId: changed }) => {
    if (changed === null || changed === draftId) reload()
  })
  useEffect(() => {
    window.addEventListener('focus', reload)
    return () => window.removeEventListener('focus', reload)
  }, [reload])
  return q.status === 'ok' ? q.value : null
}
