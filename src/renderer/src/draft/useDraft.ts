import type { DraftDetail } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'

/** One draft's record, revision list, current body and attachments; reloaded when it changes. */
export function useDraft(id: string): Query<DraftDetail> {
  const api = useApi()
  const detail = useQuery(`draft:${id}`, () => call(api, 'drafts:get', { id }))
  const { reload } = detail
  useGalleyEvent('library:changed', ({ draftId }) => {
    if (draftId === null || draftId === id) reload()
  })
  return detail
}

/** The body of one past revision (read-only viewing). */
export function useRevisionBody(draftId: string, revisionId: string | null) {
  const api = useApi()
  return useQuery(revisionId ? `rev:${draftId}:${revisionId}` : null, () =>
    call(api, 'revisions:get', { draftId, revisionId: revisionId ?? '' }),
  )
}
