import { useMemo, useState } from 'react'
import { CheckCircle2, ChevronDown, MessageSquare, RotateCcw, Trash2 } from 'lucide-react'
import clsx from 'clsx'
import type { Query } from '@shared/claims/queries'
import { plainMarkdown } from '@shared/text/markdown'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'
import { Confirm } from '../ui/Confirm'
import { exactTime, relativeTime } from '../ui/format'
import { excerpt } from './labels'
import { Comments } from './Thread'

/** The DOM id of a query's card, for focus and scrolling. */
export function queryCardId(queryId: string): string {
  return `query-card-${queryId}`
}

/** What a query card can do; each resolves true when main accepted it. */
export interface QueryActions {
  readonly resolve: (queryId: string, resolved: boolean) => Promise<boolean>
  readonly comment: (queryId: string, text: string) => Promise<boolean>
  readonly remove: (queryId: string) => Promise<boolean>
}

/** The query channels for one draft; the list reloads after each change. */
export function useQueryActions(draftId: string, reload: () => void): QueryActions {
  const api = useApi()
  const { push } = useNotices()
  return useMemo(() => {
    const attempt = async (failure: string, run: () => Promise<unknown>) => {
      try {
        await run()
        reload()
        return true
      } catch (e) {
        push({ tone: 'error', title: failure, message: toApiError(e).message })
        return false
      }
    }
    return {
      resolve: (queryId, resolved) =>
        attempt(resolved ? 'The query was not resolved' : 'The query was not reopened', () =>
          call(api, 'queries:resolve', { draftId, queryId, resolved }),
        ),
      comment: (queryId, text) =>
        attempt('The reply was not added', () =>
          call(api, 'queries:comment', { draftId, queryId, text }),
        ),
      remove: (queryId) =>
        attempt('The query was not deleted', () =>
          call(api, 'queries:delete', { draftId, queryId }),
        ),
    }
  }, [api, draftId, push, reload])
}

function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={exactTime(at)}>
      {relativeTime(at)}
    </time>
  )
}

/**
 * A query in the margin: a comment thread on a span that is not a claim (from a Word comment).
 * Collapsed to who asked what; open with the span, the thread, a reply box, Resolve or Reopen.
 */
export function QueryCard({
  query,
  expanded,
  readOnly,
  actions,
  onToggle,
  revisionLabel,
}: {
  query: Query
  expanded: boolean
  readOnly: boolean
  actions: QueryActions
  onToggle: () => void
  revisionLabel: (revisionId: string) => string
}) {
  const [confirmDelete, setConfirmDelete] = useState(false)
  const first = query.comments[0]
  const resolved = query.resolved
  const replies = query.comments.length - 1
  return (
    <div
      id={queryCardId(query.id)}
      tabIndex={-1}
      className={clsx(
        'claim-card query-card',
        resolved && 'is-resolved',
        expanded ? 'is-expanded' : 'is-collapsed',
      )}
    >
      <button type="button" className="claim-card-head" aria-expanded={expanded} onClick={onToggle}>
        <span className="claim-card-line">
          <span className="query-chip">
            <MessageSquare aria-hidden="true" size={12} />
            {resolved ? 'Resolved query' : 'Query'}
          </span>
          {first ? <span className="query-author">{first.by}</span> : null}
          {replies > 0 ? (
            <span className="claim-meta">
              · {replies} {replies === 1 ? 'reply' : 'replies'}
            </span>
          ) : null}
          <ChevronDown aria-hidden="true" size={15} className="claim-chevron" />
        </span>
        {expanded ? null : (
          <span className="claim-excerpt query-excerpt">{excerpt(first?.text ?? '', 140)}</span>
        )}
      </button>
      {expanded ? (
        <div className="claim-body">
          <blockquote className="claim-text">{plainMarkdown(query.anchor.exact)}</blockquote>
          {query.status === 'orphaned' ? (
            <p className="claim-meta">Last found in {revisionLabel(query.revisionId)}.</p>
          ) : null}
          {query.origin ? (
            <p className="claim-meta">
              A Word comment in {query.origin.fileName}
              {query.origin.at ? (
                <>
                  {' '}
                  · written <When at={query.origin.at} />
                </>
              ) : null}
            </p>
          ) : null}
          <Comments
            comments={query.comments}
            readOnly={readOnly || resolved !== null}
            placeholder="Reply…"
            submitLabel="Reply"
            onComment={(text) => actions.comment(query.id, text)}
          />
          {resolved ? (
            <p className="query-resolved-line">
              <CheckCircle2 aria-hidden="true" size={14} />
              Resolved by {resolved.by} · <When at={resolved.at} />
            </p>
          ) : null}
          {readOnly ? null : (
            <div className="claim-card-foot">
              {resolved ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void actions.resolve(query.id, false)}
                >
                  <RotateCcw aria-hidden="true" size={14} />
                  Reopen
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small button-primary"
                  onClick={() => void actions.resolve(query.id, true)}
                >
                  <CheckCircle2 aria-hidden="true" size={14} />
                  Resolve
                </button>
              )}
              <button
                type="button"
                className="button button-small claim-delete"
                onClick={() => setConfirmDelete(true)}
              >
                <Trash2 aria-hidden="true" size={14} />
                Delete query
              </button>
            </div>
          )}
          {query.events.length > 0 ? (
            <details className="claim-section claim-history-box">
              <summary className="claim-section-title">
                Resolved and reopened <span className="panel-count">{query.events.length}</span>
              </summary>
              <ol className="claim-history" aria-label="Resolved and reopened">
                {[...query.events].reverse().map((e, i) => (
                  <li key={`${e.at}-${i}`}>
                    <span>
                      <strong>{e.action === 'resolved' ? 'Resolved' : 'Reopened'}</strong>
                      <span className="claim-meta">
                        {' '}
                        · {e.by} · <When at={e.at} />
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          <Confirm
            open={confirmDelete}
            onOpenChange={setConfirmDelete}
            title="Delete this query?"
            description="Its thread goes with it. The text stays as it is."
            confirmLabel="Delete query"
            danger
            onConfirm={() => {
              setConfirmDelete(false)
              void actions.remove(query.id)
            }}
          />
        </div>
      ) : null}
    </div>
  )
}
