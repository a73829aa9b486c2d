import { useEffect, useState, type ReactNode } from 'react'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError, type ApiError } from '../api/errors'
import { useGalleyEvent } from '../api/useEvent'
import { count } from '../ui/format'
import { ErrorState } from '../ui/States'

type Gate =
  | { readonly state: 'asking' }
  | { readonly state: 'ready'; readonly revisionId: string }
  | { readonly state: 'analysing'; readonly characters: number }
  | { readonly state: 'failed'; readonly error: ApiError }

/** About how many words a text of this many characters holds, rounded for saying. */
function aboutWords(characters: number): string {
  const words = Math.round(characters / 6 / 1000) * 1000
  return words >= 1000 ? `about ${count(words)} words` : 'a long text'
}

/**
 * Shows a tab that reads the draft's analysis (Claims, Quotes, Legal) once that analysis is
 * ready. A long text's analysis runs off the host's event loop for seconds; meanwhile the tab
 * says so instead of waiting on a request, and asks again when main says it is done
 * (analysis:ready), or when the draft changes.
 */
export function AnalysisGate({
  draftId,
  revisionId,
  children,
}: {
  draftId: string
  revisionId: string
  children: ReactNode
}) {
  const api = useApi()
  const [gate, setGate] = useState<Gate>({ state: 'asking' })
  const [asked, setAsked] = useState(0)

  useEffect(() => {
    let live = true
    call(api, 'drafts:analysis', { draftId }).then(
      (s) => {
        if (!live) return
        setGate((g) =>
          s.ready
            ? { state: 'ready', revisionId: s.revisionId }
            : // A change to the revision on screen (a quote's speaker) is worked out while the
              // tab stays as it is; a new revision's analysis is shown in progress.
              g.state === 'ready' && g.revisionId === s.revisionId
              ? g
              : { state: 'analysing', characters: s.characters },
        )
      },
      (e: unknown) => live && setGate({ state: 'failed', error: toApiError(e) }),
    )
    return () => {
      live = false
    }
  }, [api, draftId, revisionId, asked])

  // Asked again when the draft changes (a new revision is known here before the draft view has
  // reloaded it) and when main says its analysis is done.
  useGalleyEvent('library:changed', (e) => {
    if (e.draftId === draftId) setAsked((n) => n + 1)
  })
  useGalleyEvent('analysis:ready', (e) => {
    if (e.draftId === draftId) setAsked((n) => n + 1)
  })

  if (gate.state === 'ready') return children
  if (gate.state === 'failed')
    return (
      <ErrorState
        title="Could not check the draft's analysis"
        error={gate.error}
        onRetry={() => setAsked((n) => n + 1)}
      />
    )
  if (gate.state === 'asking') return null
  return (
    <div className="state analysis-pending" role="status" aria-live="polite">
      <div className="analysis-pending-bar" aria-hidden="true">
        <span />
      </div>
      <p className="state-title">Analysing this draft…</p>
      <p className="state-body">
        Quotes, speakers, disclosures and suggested claims in {aboutWords(gate.characters)} are
        being worked out. They appear here when they are ready; the rest of Galley works meanwhile.
      </p>
    </div>
  )
}
