import { useMemo, useState, type RefObject } from 'react'
import { Tabs } from 'radix-ui'
import { FilePlus2, Search, Upload } from 'lucide-react'
import { LIMITS } from '@shared/constants'
import type { DraftSummary, LibraryView } from '@shared/domain'
import { plural } from '../ui/format'
import type { DraftMenuAction } from './DraftMenu'
import { DraftList } from './DraftList'
import { Confirm, RenameDialog } from '../app/later'
import type { DraftActions } from './useDraftActions'
import type { Library } from './useLibrary'

const VIEWS: readonly { view: LibraryView; label: string }[] = [
  { view: 'active', label: 'Active' },
  { view: 'archived', label: 'Archived' },
  { view: 'trash', label: 'Trash' },
]

function isView(value: string): value is LibraryView {
  return VIEWS.some((v) => v.view === value)
}

export interface LibrarySidebarProps {
  readonly library: Library
  readonly actions: DraftActions
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
  /** Called after a draft was deleted for good, so its view can close. */
  readonly onDeleted: (id: string) => void
  readonly onNewDraft: () => void
  readonly onImport: () => void
  readonly searchRef: RefObject<HTMLInputElement | null>
}

/** The library: New draft and Import, search, the Active / Archived / Trash views and the list. */
export function LibrarySidebar({
  library,
  actions,
  selectedId,
  onSelect,
  onDeleted,
  onNewDraft,
  onImport,
  searchRef,
}: LibrarySidebarProps) {
  const [renaming, setRenaming] = useState<DraftSummary | null>(null)
  const [deleting, setDeleting] = useState<DraftSummary | null>(null)
  // The open view's panel scrolls the list (a long list renders only the rows near its view).
  // Kept as state so the list renders again once the panel is attached.
  const [panelEl, setPanelEl] = useState<HTMLDivElement | null>(null)
  const panel = useMemo(() => ({ current: panelEl }), [panelEl])
  const { view, setView, search, setSearch, activeSearch, drafts } = library

  const onAction = (action: DraftMenuAction, draft: DraftSummary) => {
    switch (action) {
      case 'rename':
        return setRenaming(draft)
      case 'archive':
        return void actions.setArchived(draft.id, true)
      case 'unarchive':
        return void actions.setArchived(draft.id, false)
      case 'trash':
        return void actions.trash(draft.id)
      case 'restore':
        return void actions.restore(draft.id)
      case 'delete':
        return setDeleting(draft)
    }
  }

  const list = (
    <DraftList
      drafts={drafts}
      view={view}
      search={activeSearch}
      selectedId={selectedId}
      onSelect={onSelect}
      onAction={onAction}
      scroller={panel}
    />
  )

  return (
    <nav className="sidebar" aria-label="Library">
      <div className="sidebar-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={onNewDraft}
          aria-keyshortcuts="Control+N Meta+N"
        >
          <FilePlus2 aria-hidden="true" size={16} />
          New draft
        </button>
        <button
          type="button"
          className="button"
          onClick={onImport}
          aria-keyshortcuts="Control+O Meta+O"
        >
          <Upload aria-hidden="true" size={16} />
          Import
        </button>
      </div>
      <div className="search">
        <Search aria-hidden="true" size={16} className="search-icon" />
        <input
          ref={searchRef}
          type="search"
          className="input search-input"
          aria-label="Search drafts"
          // The whole list of what it searches is its tooltip: the box is too narrow for it.
          placeholder="Search text, claims, people"
          title="Searches titles, text, claims, sources and people"
          maxLength={LIMITS.queryChars}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && search) {
              e.preventDefault()
              setSearch('')
            }
          }}
          aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
        />
      </div>
      <Tabs.Root className="views" value={view} onValueChange={(v) => isView(v) && setView(v)}>
        <Tabs.List className="segmented" aria-label="Library view">
          {VIEWS.map((v) => (
            <Tabs.Trigger key={v.view} value={v.view} className="segment">
              {v.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {VIEWS.map((v) => (
          <Tabs.Content
            key={v.view}
            value={v.view}
            className="views-panel"
            ref={v.view === view ? setPanelEl : undefined}
          >
            {v.view === view ? list : null}
          </Tabs.Content>
        ))}
      </Tabs.Root>

      {renaming ? (
        <RenameDialog
          title={renaming.title}
          onRename={(title) => actions.rename(renaming.id, title)}
          onClose={() => setRenaming(null)}
        />
      ) : null}
      <Confirm
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.title ?? ''}” for good?`}
        description={`Its ${plural(deleting?.revisionCount ?? 0, 'revision')} and attachments are deleted from the library. This cannot be undone.`}
        confirmLabel="Delete for good"
        danger
        onConfirm={() => {
          const target = deleting
          if (!target) return
          void actions.deleteForever(target.id).then((ok) => ok && onDeleted(target.id))
        }}
      />
    </nav>
  )
}
