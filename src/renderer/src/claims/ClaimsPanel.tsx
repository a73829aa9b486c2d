import { useMemo } from 'react'
import type { Attachment, RevisionInfo } from '@shared/domain'
import type { RenderedArticle } from '../article/rendered'
import type { SetArticleActions } from '../draft/articleActions'
import { ErrorState, Loading } from '../ui/States'
import { ClaimsView } from './ClaimsView'
import { useClaims } from './useClaims'

export interface ClaimsPanelProps {
  readonly draftId: string
  /** The current revision's id (claim offsets refer to its body). */
  readonly currentId: string
  /** The article showing the current revision; null while it is not shown. */
  readonly article: RenderedArticle | null
  readonly mode: 'current' | 'past' | 'editing'
  readonly revisions: readonly RevisionInfo[]
  readonly attachments: readonly Attachment[]
  readonly readOnly: boolean
  readonly onBackToCurrent: () => void
  readonly onArticleActions: SetArticleActions
}

/** The Claims tab: the fact-check margin beside the current revision. */
export function ClaimsPanel(props: ClaimsPanelProps) {
  const store = useClaims(props.draftId)
  const { revisions } = props
  const revisionLabel = useMemo(() => {
    const numbers = new Map(revisions.map((r) => [r.id, r.number]))
    return (id: string) => {
      const n = numbers.get(id)
      return n === undefined ? 'an earlier revision' : `revision ${n}`
    }
  }, [revisions])
  if (props.mode === 'editing') {
    return (
      <p className="claims-note">
        Claims show beside the article when you are not editing. Saving a new revision moves each
        claim with its text.
      </p>
    )
  }
  if (props.mode === 'past') {
    return (
      <div className="claims-note">
        <p>Claims refer to the current revision.</p>
        <button type="button" className="button button-small" onClick={props.onBackToCurrent}>
          Back to current
        </button>
      </div>
    )
  }
  if (store.list.status === 'error') {
    return (
      <ErrorState
        title="The claims could not be loaded"
        error={store.list.error}
        onRetry={store.reload}
        retrying={store.list.refreshing}
      />
    )
  }
  const value = store.value
  if (!value) return <Loading label="Loading claims…" />
  return (
    <ClaimsView
      {...props}
      value={value}
      // Offsets only mean something against the revision they were listed for.
      inSync={value.revisionId === props.currentId}
      put={store.put}
      reload={store.reload}
      revisionLabel={revisionLabel}
    />
  )
}
