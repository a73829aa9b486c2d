import { ROLE_LABELS } from '@shared/constants'
import type { RevisionInfo } from '@shared/domain'
import { Tip } from '../ui/Tip'
import { exactTime, plural, relativeTime } from '../ui/format'

/** One side of the comparison: who made the revision, when, why, and its content hash. */
export function RevisionFacts({
  side,
  revision,
  current,
}: {
  side: 'From' | 'To'
  revision: RevisionInfo
  current: boolean
}) {
  return (
    <section className="cmp-facts" aria-label={`${side}: revision ${revision.number}`}>
      <p className="cmp-facts-head">
        <span className="cmp-facts-side">{side}</span>
        <span className="cmp-facts-number">Revision {revision.number}</span>
        {current ? <span className="badge badge-current">Current</span> : null}
      </p>
      <p className="cmp-facts-message">{revision.message || 'No message'}</p>
      <p className="cmp-facts-meta">
        <span>
          {revision.author.name} · {ROLE_LABELS[revision.author.role]}
        </span>
        <span aria-hidden="true">·</span>
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
      </p>
    </section>
  )
}
