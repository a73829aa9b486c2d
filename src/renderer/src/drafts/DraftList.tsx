import { startTransition, useEffect, useState } from 'react'
import type { DraftSummary, LibraryView } from '@shared/domain'
import type { Query } from '../api/useQuery'
import { Empty, ErrorState, Loading } from '../ui/States'
import type { DraftMenuAction } from './DraftMenu'
import { DraftRow } from './DraftRow'

const EMPTY: Readonly<Record<LibraryView, { title: string; body: string }>> = {
  active: { title: 'No drafts yet', body: 'Create one or import a file.' },
  archived: { title: 'Nothing archived', body: 'Archived drafts wait here, out of the way.' },
  trash: {
    title: 'Nothing in the trash',
    body: 'Drafts moved to the trash can be restored from here.',
  },
}

/** Rows rendered at first: more than a tall window shows (rows are ~80 px), few enough to paint at once. */
const FIRST_ROWS = 25

/**
 * How many rows to render: FIRST_ROWS until the list has been painted once, then all of them
 * (as a transition, so typing or a click is never held up by a long library).
 */
function useRowLimit(count: number): number {
  const [all, setAll] = useState(false)
  const partial = !all && count > FIRST_ROWS
  useEffect(() => {
    if (!partial) return
    const timer = setTimeout(() => startTransition(() => setAll(true)), 0)
    return () => clearTimeout(timer)
  }, [partial])
  return partial ? FIRST_ROWS : count
}

/**
 * The rows in a steady order while a draft is open: the list re-sorts by last change, which
 * would move the row being worked on (and its neighbours) at every save. While `frozen`, rows
 * keep the order they had when it began (one that is new goes first); it is taken afresh when no
 * draft is open, or the view or search changes.
 */
function useSteadyOrder(
  rows: readonly DraftSummary[],
  frozen: boolean,
  scope: string,
): readonly DraftSummary[] {
  const [order, setOrder] = useState<{ scope: string; ids: readonly string[] } | null>(null)
  if (!frozen || rows.length === 0) {
    if (order !== null && !frozen) setOrder(null)
    return rows
  }
  if (order === null || order.scope !== scope) {
    setOrder({ scope, ids: rows.map((r) => r.id) })
    return rows
  }
  const at = new Map(order.ids.map((id, i) => [id, i]))
  const fresh = rows.filter((r) => !at.has(r.id))
  if (fresh.length > 0) setOrder({ scope, ids: [...fresh.map((r) => r.id), ...order.ids] })
  const known = rows
    .filter((r) => at.has(r.id))
    .sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0))
  return [...fresh, ...known]
}

/** The drafts of one library view, with its loading, error and empty states. */
export function DraftList({
  drafts,
  view,
  search,
  selectedId,
  onSelect,
  onAction,
}: {
  drafts: Query<readonly DraftSummary[]>
  view: LibraryView
  search: string
  selectedId: string | null
  onSelect: (id: string) => void
  onAction: (action: DraftMenuAction, draft: DraftSummary) => void
}) {
  const rows = useSteadyOrder(
    drafts.status === 'ok' ? drafts.value : [],
    selectedId !== null,
    `${view}\u0000${search}`,
  )
  const limit = useRowLimit(rows.length)
  if (drafts.status === 'loading') return <Loading label="Loading drafts…" />
  if (drafts.status === 'error') {
    return (
      <ErrorState
        title="The drafts could not be listed"
        error={drafts.error}
        onRetry={drafts.reload}
        retrying={drafts.refreshing}
      />
    )
  }
  if (drafts.value.length === 0) {
    if (search) return <Empty title={`No drafts match “${search}”`} />
    const empty = EMPTY[view]
    return <Empty title={empty.title}>{empty.body}</Empty>
  }
  return (
    <ul
      className="draft-list"
      aria-label="Drafts"
      aria-busy={drafts.refreshing || limit < rows.length || undefined}
    >
      {(limit < rows.length ? rows.slice(0, limit) : rows).map((d) => (
        <DraftRow
          key={d.id}
          draft={d}
          selected={d.id === selectedId}
          search={search}
          onSelect={onSelect}
          onAction={onAction}
        />
      ))}
    </ul>
  )
}
