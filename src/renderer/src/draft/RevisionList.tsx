import { useId, type ReactNode } from 'react'
import { DropdownMenu } from 'radix-ui'
import { ChevronDown, GitCompareArrows } from 'lucide-react'
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

/** Both revisions in order: the older is "From", the newer "To". */
function ordered(a: RevisionInfo, b: RevisionInfo): [string, string] {
  return a.number < b.number ? [a.id, b.id] : [b.id, a.id]
}

/** "Compare with current" and "Compare with…" (any other revision) for one revision. */
function CompareActions({
  revision,
  others,
  current,
  disabled,
  onCompare,
}: {
  revision: RevisionInfo
  others: readonly RevisionInfo[]
  current: RevisionInfo | undefined
  disabled: boolean
  onCompare: (oldId: string, newId: string) => void
}) {
  if (others.length === 0) return null
  const n = revision.number
  return (
    <span className="revision-actions">
      {current && current.id !== revision.id ? (
        <button
          type="button"
          className="link-button"
          disabled={disabled}
          aria-label={`Compare with current: revision ${n}`}
          onClick={() => onCompare(...ordered(revision, current))}
        >
          <GitCompareArrows aria-hidden="true" size={13} /> Compare with current
        </button>
      ) : null}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          className="link-button"
          disabled={disabled}
          aria-label={`Compare with…: revision ${n}`}
        >
          Compare with… <ChevronDown aria-hidden="true" size={13} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
            <DropdownMenu.Label className="menu-label">
              Compare revision {n} with
            </DropdownMenu.Label>
            {others.map((o) => (
              <DropdownMenu.Item
                key={o.id}
                className="menu-item"
                onSelect={() => onCompare(...ordered(revision, o))}
              >
                Revision {o.number}
                {o.id === current?.id ? ' (current)' : ''}
                {o.message
                  ? ` — ${o.message.length > 40 ? `${o.message.slice(0, 39)}…` : o.message}`
                  : ''}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </span>
  )
}

function RevisionItem({
  revision,
  isCurrent,
  isViewing,
  disabled,
  onView,
  compare,
}: {
  revision: RevisionInfo
  isCurrent: boolean
  isViewing: boolean
  disabled: boolean
  onView: (id: string) => void
  compare: ReactNode
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
        {compare}
      </div>
    </li>
  )
}

/**
 * Every revision of the draft, newest first; the one shown is marked, a click shows another, and
 * each can be compared with the current one or any other.
 */
export function RevisionList({
  revisions,
  currentId,
  viewingId,
  disabled = false,
  onView,
  onCompare,
}: {
  revisions: readonly RevisionInfo[]
  currentId: string
  viewingId: string
  /** While editing, the list only informs. */
  disabled?: boolean
  onView: (id: string) => void
  /** Opens the comparison of two revisions (older first). */
  onCompare: (oldId: string, newId: string) => void
}) {
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number)
  const current = revisions.find((r) => r.id === currentId)
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
            compare={
              <CompareActions
                revision={r}
                others={newestFirst.filter((o) => o.id !== r.id)}
                current={current}
                disabled={disabled}
                onCompare={onCompare}
              />
            }
          />
        ))}
      </ol>
    </section>
  )
}
