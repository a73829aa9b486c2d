import { GitFork } from 'lucide-react'
import type { DraftDetail } from '@shared/domain'

/**
 * Shown while a team sync or a returning Galley file left revisions saved apart from the same
 * text: both are kept; the editor compares them side by side and saves a reconciled revision.
 */
export function DivergentBar({
  detail,
  onCompare,
}: {
  readonly detail: DraftDetail
  readonly onCompare: (olderId: string, newerId: string) => void
}) {
  const divergence = detail.divergent?.[0]
  if (!divergence) return null
  const revisions = divergence.revisionIds
    .map((id) => detail.revisions.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .sort((a, b) => a.number - b.number)
  const older = revisions[0]
  const newer = revisions.at(-1)
  if (!older || !newer || older === newer) return null
  const label = (r: typeof older, word = 'revision') => `${word} ${r.number} (${r.author.name})`
  return (
    <div className="revision-bar divergent-bar" role="status">
      <GitFork aria-hidden="true" size={16} />
      <p>
        {label(older, 'Revision')} and {label(newer)} were saved apart from the same text. Both are
        kept: compare them and save the reconciled text as a new revision.
      </p>
      <button
        type="button"
        className="button button-small"
        onClick={() => onCompare(older.id, newer.id)}
      >
        Compare side by side
      </button>
    </div>
  )
}
