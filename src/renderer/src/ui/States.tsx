import type { ReactNode } from 'react'
import { AlertTriangle } from 'lucide-react'
import type { ApiError } from '../api/errors'

/** A calm "loading" line, announced politely. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  )
}

/** What a view shows when it has nothing to show. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  )
}

/** A failed load: what went wrong, in the host's own words, and a Retry. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string
  error: ApiError
  onRetry: () => void
  retrying?: boolean
}) {
  return (
    <div className="state state-error" role="alert">
      <AlertTriangle aria-hidden="true" size={20} className="state-icon" />
      <p className="state-title">{title}</p>
      <p className="state-body">{error.message}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
