import { AlertTriangle, X } from 'lucide-react'
import type { LibraryProblem } from '@shared/domain'

function lead(n: number): string {
  return n === 1
    ? '1 draft file could not be read and was moved to quarantine:'
    : `${n} draft files could not be read and were moved to quarantine:`
}

/** Files the library quarantined because they were corrupt: what, why, and where they went. */
export function ProblemsBanner({
  problems,
  onDismiss,
}: {
  problems: readonly LibraryProblem[]
  onDismiss: () => void
}) {
  return (
    <section className="problems" aria-label="Library problems" role="alert">
      <AlertTriangle aria-hidden="true" size={18} className="problems-icon" />
      <div className="problems-text">
        <p className="problems-lead">
          {lead(problems.length)} the other drafts are fine and open as usual.
        </p>
        <ul className="problems-list">
          {problems.map((p) => (
            <li key={`${p.file}\u0000${p.quarantinedAs}`}>
              <strong className="path">{p.file}</strong>: {p.reason}. Moved to{' '}
              <span className="path">{p.quarantinedAs}</span>
              {p.backupAvailable ? '; its last good backup was kept.' : '.'}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss library problems"
        onClick={onDismiss}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </section>
  )
}
