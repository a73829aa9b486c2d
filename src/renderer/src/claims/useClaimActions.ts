import { useMemo } from 'react'
import type { Claim, Verdict } from '@shared/claims/domain'
import type { ChannelInput } from '@shared/contract'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'

export type NewSource = Omit<ChannelInput<'claims:addSource'>, 'draftId' | 'claimId'>

/** What a card can do to its claim; each resolves true when main accepted it. */
export interface ClaimActions {
  readonly setVerdict: (claimId: string, verdict: Verdict, reason?: string) => Promise<boolean>
  readonly update: (
    claimId: string,
    patch: { note?: string; assignee?: string | null },
  ) => Promise<boolean>
  readonly addSource: (claimId: string, source: NewSource) => Promise<boolean>
  readonly removeSource: (claimId: string, sourceId: string) => Promise<boolean>
  readonly comment: (claimId: string, text: string) => Promise<boolean>
  readonly remove: (claimId: string) => Promise<boolean>
}

/** The claim channels for one draft, with refusals shown as notices in the host's words. */
export function useClaimActions(
  draftId: string,
  put: (claim: Claim) => void,
  onRemoved: () => void = () => undefined,
): ClaimActions {
  const api = useApi()
  const { push } = useNotices()
  return useMemo(() => {
    const attempt = async (failure: string, run: () => Promise<void>) => {
      try {
        await run()
        return true
      } catch (e) {
        push({ tone: 'error', title: failure, message: toApiError(e).message })
        return false
      }
    }
    return {
      setVerdict: (claimId, verdict, reason) =>
        attempt('The verdict was not recorded', async () =>
          put(
            await call(api, 'claims:setVerdict', {
              draftId,
              claimId,
              verdict,
              ...(reason ? { reason } : {}),
            }),
          ),
        ),
      update: (claimId, patch) =>
        attempt('The claim was not changed', async () =>
          put(await call(api, 'claims:update', { draftId, claimId, ...patch })),
        ),
      addSource: (claimId, source) =>
        attempt('The source was not added', async () => {
          const { claim } = await call(api, 'claims:addSource', { draftId, claimId, ...source })
          put(claim)
        }),
      removeSource: (claimId, sourceId) =>
        attempt('The source was not removed', async () =>
          put(await call(api, 'claims:removeSource', { draftId, claimId, sourceId })),
        ),
      comment: (claimId, text) =>
        attempt('The comment was not added', async () =>
          put(await call(api, 'claims:comment', { draftId, claimId, text })),
        ),
      remove: (claimId) =>
        attempt('The claim was not deleted', async () => {
          await call(api, 'claims:delete', { draftId, claimId })
          onRemoved()
        }),
    }
  }, [api, draftId, put, push, onRemoved])
}
