import { useId } from 'react'
import clsx from 'clsx'
import type { DraftSummary } from '@shared/domain'
import { exactTime, plural, relativeTime } from '../ui/format'
import { DraftMenu, type DraftMenuAction } from './DraftMenu'
import { StatusBadge } from './StatusBadge'
import { highlight } from './highlight'

export interface DraftRowProps {
  readonly draft: DraftSummary
  /** Its place in the list (the list's keyboard moves find a row's button by it). */
  readonly index: number
  readonly selected: boolean
  /** The list's current row: the one in the Tab order (arrow keys move it). */
  readonly active: boolean
  /** The search the list shows, highlighted in the snippet. */
  readonly search: string
  readonly onSelect: (id: string) => void
  readonly onAction: (action: DraftMenuAction, draft: DraftSummary) => void
}

/** One draft in the library list (inside the list's item): a button that opens it, and its "…" menu. */
export function DraftRow({
  draft,
  index,
  selected,
  active,
  search,
  onSelect,
  onAction,
}: DraftRowProps) {
  const metaId = useId()
  const snippetId = useId()
  const changed = relativeTime(draft.updatedAt)
  const exact = exactTime(draft.updatedAt)
  return (
    <div className={clsx('draft-row', selected && 'is-selected')}>
      {/* The button holds only the title, so its name is what it shows; its hit area covers the row. */}
      <div className="draft-row-main">
        <button
          type="button"
          className="draft-row-open"
          data-row={index}
          tabIndex={active ? 0 : -1}
          aria-describedby={draft.snippet ? `${snippetId} ${metaId}` : metaId}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(draft.id)}
        >
          <span className="draft-row-title">{draft.title}</span>
        </button>
        {draft.byline ? <span className="draft-row-byline">{draft.byline}</span> : null}
        {draft.snippet ? (
          <span className="draft-row-snippet" id={snippetId}>
            {highlight(draft.snippet, search)}
          </span>
        ) : null}
        <span className="draft-row-meta" id={metaId}>
          <StatusBadge status={draft.status} />
          <span>{plural(draft.revisionCount, 'revision')}</span>
          <span aria-hidden="true">·</span>
          {/* A plain title, not a tooltip component: a library of hundreds of rows stays quick to open. */}
          <time dateTime={draft.updatedAt} title={exact}>
            {changed}
            <span className="visually-hidden"> ({exact})</span>
          </time>
          <ClaimCounts claims={draft.claims} />
        </span>
      </div>
      <DraftMenu draft={draft} onAction={onAction} tabIndex={active ? 0 : -1} />
    </div>
  )
}

/**
 * "12 claims · 3 to check · 1 false": to check counts unchecked claims and those whose text
 * changed after a verdict. Nothing when the draft has no claims yet.
 */
function ClaimCounts({ claims }: { claims: DraftSummary['claims'] }) {
  if (claims.total === 0) return null
  const open = (claims.byVerdict['unchecked'] ?? 0) + claims.needsRecheck
  const wrong = claims.byVerdict['false'] ?? 0
  return (
    <span className="draft-row-claims">
      {plural(claims.total, 'claim')}
      {open > 0 ? (
        <>
          <span aria-hidden="true">·</span>
          <span className="is-open">{open} to check</span>
        </>
      ) : null}
      {wrong > 0 ? (
        <>
          <span aria-hidden="true">·</span>
          <span className="is-false">{wrong} false</span>
        </>
      ) : null}
    </span>
  )
}
