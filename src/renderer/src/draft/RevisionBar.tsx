import { History } from 'lucide-react'

/** Says which past revision is shown, read-only, and leads back to the current one. */
export function RevisionBar({
  number,
  total,
  onBack,
}: {
  number: number
  total: number
  onBack: () => void
}) {
  return (
    <div className="revision-bar" role="status">
      <History aria-hidden="true" size={16} />
      <p>
        Viewing revision {number} of {total} <span className="muted">— read-only</span>
      </p>
      <button type="button" className="button button-small" onClick={onBack}>
        Back to current
      </button>
    </div>
  )
}
