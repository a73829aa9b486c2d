import type { ReactNode } from 'react'
import { Copy, FileUp, GitCompareArrows, Pencil, PenLine } from 'lucide-react'
import { DRAFT_STATUSES, STATUS_LABELS, isDraftStatus } from '@shared/constants'
import type { DraftRecord, DraftStatus } from '@shared/domain'
import { Tip } from '../ui/Tip'
import { exactTime, relativeTime } from '../ui/format'

export interface DraftHeaderProps {
  readonly draft: DraftRecord
  readonly editing: boolean
  readonly readOnly: boolean
  readonly onRename: () => void
  readonly onDetails: () => void
  readonly onStatus: (status: DraftStatus) => void
  readonly onEdit: () => void
  readonly onImportRevision: () => void
  /** Opens the comparison (previous → current); null while there is one revision only. */
  readonly onCompare: (() => void) | null
  /** The draft's Export menu (src/renderer/src/export). */
  readonly exportMenu?: ReactNode
}

/** The draft's title, byline, credits and status, and its actions. */
export function DraftHeader({
  draft,
  editing,
  readOnly,
  onRename,
  onDetails,
  onStatus,
  onEdit,
  onImportRevision,
  onCompare,
  exportMenu,
}: DraftHeaderProps) {
  return (
    <header className="draft-header">
      <div className="draft-title-row">
        <h1 className="draft-title">{draft.title}</h1>
        <button
          type="button"
          className="icon-button"
          aria-label="Rename draft"
          title="Rename draft"
          onClick={onRename}
          disabled={readOnly}
        >
          <Pencil aria-hidden="true" size={16} />
        </button>
      </div>
      <div className="draft-meta">
        <p className="draft-byline">
          {draft.byline || <span className="muted">No byline</span>}
          {draft.credits.length > 0 ? (
            <span className="draft-credits"> · {draft.credits.join(' · ')}</span>
          ) : null}
          <button type="button" className="link-button" onClick={onDetails} disabled={readOnly}>
            Change byline and credits
          </button>
        </p>
        {draft.copyOf ? (
          <p className="draft-copy-of">
            <Copy aria-hidden="true" size={14} />
            <span>
              Copy of “{draft.copyOf.title}”, imported from {draft.copyOf.fileName}
              {draft.copyOf.exportedAt ? (
                <>
                  {' '}
                  (exported{' '}
                  <Tip content={exactTime(draft.copyOf.exportedAt)}>
                    <time dateTime={draft.copyOf.exportedAt}>
                      {relativeTime(draft.copyOf.exportedAt)}
                    </time>
                  </Tip>
                  {draft.copyOf.exportedBy ? ` by ${draft.copyOf.exportedBy}` : ''})
                </>
              ) : null}
              .
            </span>
          </p>
        ) : null}
        <p className="draft-updated">
          Last change{' '}
          <Tip content={exactTime(draft.updatedAt)}>
            <time dateTime={draft.updatedAt}>{relativeTime(draft.updatedAt)}</time>
          </Tip>
        </p>
      </div>
      <div className="draft-toolbar">
        <label className="status-field">
          <span className="field-label-inline">Status</span>
          <select
            className={`select status-${draft.status}`}
            value={draft.status}
            disabled={readOnly}
            onChange={(e) => {
              if (isDraftStatus(e.target.value)) onStatus(e.target.value)
            }}
          >
            {DRAFT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        {exportMenu}
        <button
          type="button"
          className="button"
          onClick={onCompare ?? undefined}
          disabled={!onCompare || editing}
          aria-keyshortcuts="Control+Alt+C Meta+Alt+C"
          title={
            onCompare
              ? 'Compare revisions side by side (Ctrl+Alt+C)'
              : 'This draft has one revision: there is nothing to compare yet'
          }
        >
          <GitCompareArrows aria-hidden="true" size={16} />
          Compare
        </button>
        <button
          type="button"
          className="button"
          onClick={onImportRevision}
          disabled={readOnly || editing}
        >
          <FileUp aria-hidden="true" size={16} />
          Import new version…
        </button>
        <button
          type="button"
          className={editing ? 'button is-pressed' : 'button button-primary'}
          onClick={onEdit}
          disabled={readOnly || editing}
          aria-keyshortcuts="Control+E Meta+E"
        >
          <PenLine aria-hidden="true" size={16} />
          {editing ? 'Editing' : 'Edit'}
        </button>
      </div>
    </header>
  )
}
