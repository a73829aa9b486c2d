import { useState } from 'react'
import { AlertTriangle, X } from 'lucide-react'
import { problemId } from '@shared/constants'
import type { LibraryProblem } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from './notices'
import { RecoveryDialog } from './later'
import { restoresLibraryWide } from './restores'

function lead(problems: readonly LibraryProblem[]): string {
  const n = problems.length
  if (problems.every((p) => p.conflict)) {
    return n === 1
      ? '1 file was changed on disk by another program while Galley had it open; both versions are kept.'
      : `${n} files were changed on disk by another program while Galley had them open; both versions are kept.`
  }
  const what = problems.every((p) => /^drafts[\\/]/.test(p.file)) ? 'draft file' : 'library file'
  return n === 1
    ? `1 ${what} could not be read and was moved to quarantine.`
    : `${n} ${what}s could not be read and were moved to quarantine.`
}

/**
 * Files the library quarantined because they were corrupt: what, why, and where they went, with
 * "Restore last good version" where a backup exists and "Dismiss" (the file stays in quarantine).
 */
export function ProblemsBanner({
  problems,
  onDismiss,
}: {
  problems: readonly LibraryProblem[]
  onDismiss: () => void
}) {
  const api = useApi()
  const { push } = useNotices()
  const [resolved, setResolved] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const [asking, setAsking] = useState<LibraryProblem | null>(null)
  const open = problems.filter((p) => !resolved.has(problemId(p)))
  if (open.length === 0) return null

  const settle = (p: LibraryProblem) => setResolved((s) => new Set(s).add(problemId(p)))

  const restore = async (p: LibraryProblem) => {
    setAsking(null)
    setBusy(problemId(p))
    try {
      await call(api, 'recovery:restoreBackup', { problemId: problemId(p) })
      settle(p)
      push({
        tone: 'success',
        title: `Restored ${p.file}`,
        message: 'Its last good version is back in the library.',
      })
      if (restoresLibraryWide(p)) window.location.reload()
    } catch (e) {
      push({ tone: 'error', title: 'Nothing was restored', message: toApiError(e).message })
    } finally {
      setBusy(null)
    }
  }

  const dismiss = async (p: LibraryProblem) => {
    setBusy(problemId(p))
    try {
      await call(api, 'recovery:dismissProblem', { problemId: problemId(p) })
      settle(p)
    } catch (e) {
      push({
        tone: 'error',
        title: 'The problem was not dismissed',
        message: toApiError(e).message,
      })
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="problems" aria-label="Library problems" role="alert">
      <AlertTriangle aria-hidden="true" size={18} className="problems-icon" />
      <div className="problems-text">
        <p className="problems-lead">{lead(open)} Everything else opens as usual.</p>
        <ul className="problems-list">
          {open.map((p) => (
            <li key={problemId(p)}>
              <strong className="path">{p.file}</strong>: {p.reason}. Moved to{' '}
              <span className="path">{p.quarantinedAs}</span>
              {p.backupAvailable ? '; its last good version was kept.' : '.'}{' '}
              {p.backupAvailable ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Restore last good version of ${p.file}`}
                  disabled={busy !== null}
                  onClick={() => setAsking(p)}
                >
                  Restore last good version
                </button>
              ) : null}{' '}
              <button
                type="button"
                className="button button-small"
                aria-label={`Dismiss ${p.file}`}
                disabled={busy !== null}
                title="Stop reporting it; the file stays in quarantine"
                onClick={() => void dismiss(p)}
              >
                Dismiss
              </button>
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
      <RecoveryDialog
        problem={asking}
        onCancel={() => setAsking(null)}
        onRestore={(p) => void restore(p)}
      />
    </section>
  )
}
