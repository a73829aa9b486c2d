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
    <ul className="draft-list" aria-label="Drafts" aria-busy={drafts.refreshing || undefined}>
      {drafts.value.map((d) => (
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
