import { useEffect, useRef, useState } from 'react'
import type { DraftSummary, LibraryView } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { FIRST_LIST_ROWS, takeEarly } from '../api/early'
import { useDebounced } from '../api/useDebounced'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery, type Query } from '../api/useQuery'
import { afterPaint } from '../ui/afterPaint'

export interface Library {
  readonly view: LibraryView
  readonly setView: (view: LibraryView) => void
  /** What is typed in the search box. */
  readonly search: string
  readonly setSearch: (search: string) => void
  /** The search the list shows (the typed one, once typing pauses). */
  readonly activeSearch: string
  readonly drafts: Query<readonly DraftSummary[]>
}

const SEARCH_PAUSE_MS = 200
const EVENT_PAUSE_MS = 60

/** The library list: one view, an optional search, reloaded whenever the library changes. */
export function useLibrary(): Library {
  const api = useApi()
  const [view, setView] = useState<LibraryView>('active')
  const [search, setSearch] = useState('')
  const activeSearch = useDebounced(search.trim(), SEARCH_PAUSE_MS)
  // At start the active list's first rows come first (a small answer, on screen at once), then
  // the whole list.
  const [whole, setWhole] = useState(false)
  const top = !whole && view === 'active' && !activeSearch
  const drafts = useQuery(
    `${view}\u0000${activeSearch}\u0000${top ? 'top' : 'all'}`,
    () =>
      call(
        api,
        'drafts:list',
        activeSearch
          ? { view, query: activeSearch }
          : top
            ? { view, first: FIRST_LIST_ROWS }
            : { view },
      ),
    () => takeEarly(api, 'drafts:list', { view: 'active', first: FIRST_LIST_ROWS }),
  )
  // The whole list is asked for once those rows have painted: the host building it (1.7 MB at
  // 5,000 drafts) would otherwise take the machine from their first paint (docs/storage.md).
  const topIn = !whole && drafts.status !== 'loading'
  useEffect(() => (topIn ? afterPaint(() => setWhole(true)) : undefined), [topIn])

  // A new search keeps the rows shown until its answer is in (marked refreshing): the list
  // neither flashes "Loading" between searches nor loses a row's open menu.
  const [last, setLast] = useState<{ view: LibraryView; value: readonly DraftSummary[] } | null>(
    null,
  )
  if (drafts.status === 'ok' && (last?.value !== drafts.value || last.view !== view)) {
    setLast({ view, value: drafts.value })
  }
  const shown: Query<readonly DraftSummary[]> =
    drafts.status === 'loading' && last?.view === view
      ? { ...drafts, status: 'ok', value: last.value, error: undefined, refreshing: true }
      : drafts

  // Several changes in a burst (an import, a restore) reload the list once.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const { reload } = drafts
  useGalleyEvent('library:changed', () => {
    clearTimeout(timer.current)
    timer.current = setTimeout(reload, EVENT_PAUSE_MS)
  })
  useEffect(() => () => clearTimeout(timer.current), [])

  return { view, setView, search, setSearch, activeSearch, drafts: shown }
}
