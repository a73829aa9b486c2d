import { useState } from 'react'
import { Unlink } from 'lucide-react'
import type { Claim } from '@shared/claims/domain'
import type { Query } from '@shared/claims/queries'
import { ClaimCard, type ClaimCardProps } from './ClaimCard'
import { QueryCard, type QueryActions } from './QueryCard'

/**
 * Claims whose text is gone from the current revision: shown with their old text and the
 * revision they were last found in, never dropped.
 */
export function OrphanList({
  orphans,
  card,
}: {
  orphans: readonly Claim[]
  card: Omit<ClaimCardProps, 'claim' | 'expanded' | 'onToggle'>
}) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h3 id="orphans-title" className="panel-title">
        <Unlink aria-hidden="true" size={14} />
        Orphaned claims <span className="panel-count">{orphans.length}</span>
      </h3>
      <p className="orphans-hint">
        Their text is no longer in the current revision. Re-mark the new wording, then delete the
        old claim, or keep it for the record.
      </p>
      <ul className="orphan-list" aria-label="Orphaned claims">
        {orphans.map((c) => (
          <li key={c.id} aria-label={`Orphaned claim from ${card.revisionLabel(c.revisionId)}`}>
            <p className="orphan-origin">From {card.revisionLabel(c.revisionId)}</p>
            <ClaimCard
              {...card}
              claim={c}
              expanded={open === c.id}
              onToggle={() => setOpen(open === c.id ? null : c.id)}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * Queries whose text is not in the current revision (a Word comment on deleted text, or text
 * edited away): kept with their thread and the revision they were last found in.
 */
export function OrphanQueries({
  queries,
  readOnly,
  actions,
  revisionLabel,
}: {
  queries: readonly Query[]
  readOnly: boolean
  actions: QueryActions
  revisionLabel: (revisionId: string) => string
}) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <section className="orphans" aria-labelledby="orphan-queries-title">
      <h3 id="orphan-queries-title" className="panel-title">
        <Unlink aria-hidden="true" size={14} />
        Orphaned queries <span className="panel-count">{queries.length}</span>
      </h3>
      <ul className="orphan-list" aria-label="Orphaned queries">
        {queries.map((q) => (
          <li key={q.id} aria-label={`Orphaned query from ${revisionLabel(q.revisionId)}`}>
            <p className="orphan-origin">From {revisionLabel(q.revisionId)}</p>
            <QueryCard
              query={q}
              expanded={open === q.id}
              readOnly={readOnly}
              actions={actions}
              onToggle={() => setOpen(open === q.id ? null : q.id)}
              revisionLabel={revisionLabel}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
