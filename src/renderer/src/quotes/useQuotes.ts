import { useCallback, useState } from 'react'
import type { QuotesList } from '@shared/channels/quotes'
import type { Person } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'
import { useNotices } from '../app/notices'

export interface QuotesState {
  readonly list: Query<QuotesList>
  readonly people: Query<{ people: Person[] }>
  /** Runs a change (the draft's change event then reloads the list); a refusal is a notice. */
  readonly change: (failure: string, run: () => Promise<QuotesList | unknown>) => Promise<boolean>
  readonly busy: boolean
  readonly reloadPeople: () => void
}

/** The quotes of a draft's current revision and the people register, kept fresh. */
export function useQuotes(draftId: string, revisionId: string): QuotesState {
  const api = useApi()
  const { push } = useNotices()
  const [busy, setBusy] = useState(false)
  const list = useQuery(`quotes:${draftId}:${revisionId}`, () =>
    call(api, 'quotes:list', { draftId }),
  )
  const people = useQuery('people', () => call(api, 'people:list', {}))
  const { reload } = list
  const reloadPeople = people.reload
  useGalleyEvent('library:changed', (e) => {
    if (e.draftId === draftId || e.draftId === null) reload()
  })
  const change = useCallback(
    async (failure: string, run: () => Promise<unknown>) => {
      setBusy(true)
      try {
        await run()
        return true
      } catch (e) {
        push({ tone: 'error', title: failure, message: toApiError(e).message })
        return false
      } finally {
        // No reload here: every change writes the draft, and its library:changed event reloads.
        setBusy(false)
      }
    },
    [push],
  )
  return { list, people, change, busy, reloadPeople }
}
