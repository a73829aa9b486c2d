import { useEffect } from 'react'
import type { LegalView } from '@shared/channels/legal'
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
