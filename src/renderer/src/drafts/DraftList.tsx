import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { DraftSummary, LibraryView } from '@shared/domain'
import type { Query } from '../api/useQuery'
import { Empty, ErrorState, Loading } from '../ui/States'
import { VirtualList, type VirtualListHandle } from '../ui/VirtualList'
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

/** A row's height before it is measured (title, byline, meta line). */
const ROW_ESTIMATE = 84
/** Letters typed within this pause make one word to jump to (a list's type-ahead). */
const TYPEAHEAD_MS = 700

/**
 * The drafts of one library view, with its loading, error and empty states. A long library
 * renders only the rows near the visible part of `scroller` (ui/VirtualList). One row is in
 * the Tab order; arrow keys, Home and End move it, letters jump to the next title starting with
 * them, and the selected draft is scrolled into view.
 */
export function DraftList({
  drafts,
  view,
  search,
  selectedId,
  onSelect,
  onAction,
  scroller,
}: {
  drafts: Query<readonly DraftSummary[]>
  view: LibraryView
  search: string
  selectedId: string | null
  onSelect: (id: string) => void
  onAction: (action: DraftMenuAction, draft: DraftSummary) => void
  /** The element that scrolls the list. */
  scroller: RefObject<HTMLElement | null>
}) {
  const rows = useSteadyOrder(
    drafts.status === 'ok' ? drafts.value : [],
    selectedId !== null,
    `${view}\u0000${search}`,
  )
  const handle = useRef<VirtualListHandle>(null)
  const box = useRef<HTMLDivElement>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const typed = useRef({ text: '', at: 0 })
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)
  const currentIndex = current === null ? -1 : rows.findIndex((r) => r.id === current)
  // The row in the Tab order: the one last moved to, else the selected draft, else the first.
  const active = currentIndex >= 0 ? currentIndex : Math.max(selectedIndex, 0)

  /** Focuses row `index`'s open button, bringing the row into the DOM first if it is not. */
  const focusRow = (index: number, tries = 0) => {
    const button = box.current?.querySelector<HTMLButtonElement>(`button[data-row="${index}"]`)
    if (button) {
      button.focus()
      return
    }
    if (tries === 0) handle.current?.reveal(index)
    if (tries < 30) requestAnimationFrame(() => focusRow(index, tries + 1))
  }

  // The selected draft (opened from a search, a link, a new draft) is brought into view.
  useEffect(() => {
    if (selectedIndex < 0) return
    const button = box.current?.querySelector<HTMLElement>(`button[data-row="${selectedIndex}"]`)
    if (button) button.closest('.draft-row')?.scrollIntoView({ block: 'nearest' })
    else handle.current?.reveal(selectedIndex)
    // Only when the selection changes, not at every reload of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    if (!target.matches('.draft-row-open, .row-menu') || e.altKey || e.ctrlKey || e.metaKey) {
      return
    }
    const from = Number(
      target.closest('.draft-row')?.querySelector('[data-row]')?.getAttribute('data-row') ?? active,
    )
    let to = -1
    if (e.key === 'ArrowDown') to = Math.min(from + 1, rows.length - 1)
    else if (e.key === 'ArrowUp') to = Math.max(from - 1, 0)
    else if (e.key === 'Home') to = 0
    else if (e.key === 'End') to = rows.length - 1
    else if (e.key.length === 1 && target.matches('.draft-row-open')) {
      const now = performance.now()
      const t = typed.current
      const typing = t.text !== '' && now - t.at < TYPEAHEAD_MS
      // A space opens the row (a button's own key) unless it is part of a word being typed.
      if (e.key === ' ' && !typing) return
      t.text = typing ? t.text + e.key.toLowerCase() : e.key.toLowerCase()
      t.at = now
      // The next title starting with what was typed (from this row when adding letters).
      const start = t.text.length > 1 ? from : from + 1
      for (let k = 0; k < rows.length; k++) {
        const i = (start + k) % rows.length
        if (rows[i]?.title.toLowerCase().startsWith(t.text)) {
          to = i
          break
        }
      }
      if (to < 0) return
    } else return
    e.preventDefault()
    const row = rows[to]
    if (!row) return
    setCurrent(row.id)
    focusRow(to)
  }

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
    <div
      ref={box}
      className="draft-list-box"
      aria-busy={drafts.refreshing || undefined}
      onKeyDown={onKeyDown}
    >
      <VirtualList
        count={rows.length}
        itemKey={(i) => rows[i]?.id ?? String(i)}
        renderItem={(i) => {
          const d = rows[i]
          return d ? (
            <DraftRow
              draft={d}
              index={i}
              selected={d.id === selectedId}
              active={i === active}
              search={search}
              onSelect={(id) => {
                setCurrent(id)
                onSelect(id)
              }}
              onAction={onAction}
            />
          ) : null
        }}
        scroller={scroller}
        label="Drafts"
        className="draft-list"
        estimate={ROW_ESTIMATE}
        gap={2}
        handle={handle}
      />
    </div>
  )
}
