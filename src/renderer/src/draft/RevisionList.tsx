import { useId } from 'react'
import clsx from 'clsx'
import { ROLE_LABELS } from '@shared/constants'
import type { RevisionInfo } from '@shared/domain'
import { Tip } from '../ui/Tip'
import { exactTime, plural, relativeTime } from '../ui/format'

const ORIGIN_NOTES: Readonly<Record<RevisionInfo['origin']['kind'], string | null>> = {
  created: null,
  edited: null,
  sample: null,
  imported: 'Imported',
}

function RevisionItem({
  revision,
  isCurrent,
  isViewing,
  disabled,
  onView,
}: {
  revision: RevisionInfo
  isCurrent: boolean
  isViewing: boolean
  disabled: boolean
  onView: (id: string) => void
}) {
  const detailsId = useId()
  const origin = ORIGIN_NOTES[revision.origin.kind]
  return (
    <li className={clsx('revision', isViewing && 'is-viewing', isCurrent && 'is-current')}>
      {/* The button shows "Revision N" (its name adds "(current)"); its hit area covers the card. */}
      <div className="revision-main">
        <span className="revision-head">
          <button
            type="button"
            className="revision-open"
            aria-label={`Revision ${revision.number}${isCurrent ? ' (current)' : ''}`}
            aria-describedby={detailsId}
            aria-current={isViewing ? 'true' : undefined}
            disabled={disabled}
            onClick={() => onView(revision.id)}
          >
            <span className="revision-number">Revision {revision.number}</span>
          </button>
          {isCurrent ? <span className="badge badge-current">Current</span> : null}
        </span>
        <span id={detailsId} className="revision-details">
          <span className="revision-message">{revision.message || 'No message'}</span>
          <span className="revision-author">
            {revision.author.name} · {ROLE_LABELS[revision.author.role]}
          </span>
          <span className="revision-meta">
            <Tip content={exactTime(revision.createdAt)}>
              <time dateTime={revision.createdAt}>{relativeTime(revision.createdAt)}</time>
            </Tip>
            <span aria-hidden="true">·</span>
            <span>{plural(revision.words, 'word')}</span>
            <span aria-hidden="true">·</span>
            <Tip content={`sha-256 ${revision.hash}`}>
              <code className="hash" aria-label={`Content hash ${revision.hash}`}>
                {revision.hash.slice(0, 8)}
              </code>
            </Tip>
          </span>
          {origin && revision.origin.fileName ? (
            <span className="revision-origin">
              {origin} from {revision.origin.fileName}
            </span>
          ) : null}
        </span>
      </div>
    </li>
  )
}

/** Every revision of the draft, newest first; the one shown is marked, a click shows another. */
export function RevisionList({
  revisions,
  currentId,
  viewingId,
  disabled = false,
  onView,
}: {
  revisions: readonly RevisionInfo[]
  currentId: string
  viewingId: string
  /** While editing, the list only informs. */
  disabled?: boolean
  onView: (id: string) => void
}) {
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number)
  return (
    <section className="panel" aria-labelledby="revisions-heading">
      <h2 className="panel-title" id="revisions-heading">
        Revisions <span className="panel-count">{revisions.length}</span>
      </h2>
      <ol className="revision-list" aria-label="Revisions">
        {newestFirst.map((r) => (
          <RevisionItem
            key={r.id}
            revision={r}
            isCurrent={r.id === currentId}
            isViewing={r.id === viewingId}
            disabled={disabled}
            onView={onView}
          />
        ))}
      </ol>
    </section>
  )
}
