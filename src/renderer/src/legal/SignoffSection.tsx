import { useId, useState } from 'react'
import { BadgeCheck, CircleAlert, FilePenLine, ShieldQuestion } from 'lucide-react'
import type { LegalView } from '@shared/channels/legal'
import { ROLE_LABELS } from '@shared/constants'
import type { Profile } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { exactTime } from '../ui/format'
import { excerpt } from './labels'
import { WordDiff } from './WordDiff'

type Decision = 'approve' | 'request-changes'

/** Error findings legal has not accepted: an approval beside them is never shown as all clear. */
export function openErrorCount(view: LegalView): number {
  return view.findings.filter((f) => f.severity === 'error' && !f.accepted).length
}

const errorsText = (n: number) => `${n} open error finding${n === 1 ? '' : 's'}`

function Status({ view, onShow }: { view: LegalView; onShow: (start: number) => void }) {
  const s = view.signoff
  const openErrors = openErrorCount(view)
  if (!s) {
    return (
      <div className="legal-status legal-status-none" role="status">
        <ShieldQuestion aria-hidden="true" size={18} />
        <div>
          <p className="legal-status-title">Not signed off</p>
          <p className="legal-muted">
            {view.needsSignoff
              ? 'Legal has not reviewed this draft’s disclosures yet.'
              : 'None needed for now: this revision has nothing to disclose and no endorsement to cover.'}
          </p>
        </div>
      </div>
    )
  }
  const r = s.record
  const who = `${r.by}, ${exactTime(r.at)}, on revision ${s.revisionNumber ?? '?'}`
  if (s.stale) {
    return (
      <div className="legal-status legal-status-stale" role="status">
        <CircleAlert aria-hidden="true" size={18} />
        <div>
          <p className="legal-status-title">Sign-off is stale</p>
          <p className="legal-muted">
            {r.decision === 'approve' ? 'Approved' : 'Reviewed'} by {who}. Signed text has changed
            since:
          </p>
          <ul className="legal-changed">
            {s.changed.map((c) => (
              <li key={c.key}>
                <span className="legal-changed-role">
                  {c.role === 'disclosure' ? 'Disclosure' : 'Covered passage'}
                  {c.newText === null ? ' (removed)' : ''}
                </span>
                <WordDiff diff={c.diff} />
                {c.range ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onShow(c.range?.start ?? 0)}
                  >
                    Show in text
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    )
  }
  if (r.decision === 'request-changes') {
    return (
      <div className="legal-status legal-status-changes" role="status">
        <FilePenLine aria-hidden="true" size={18} />
        <div>
          <p className="legal-status-title">Changes requested</p>
          <p className="legal-muted">By {who}</p>
          {r.comment ? <p className="legal-comment">“{r.comment}”</p> : null}
        </div>
      </div>
    )
  }
  if (openErrors > 0) {
    return (
      <div className="legal-status legal-status-changes" role="status">
        <CircleAlert aria-hidden="true" size={18} />
        <div>
          <p className="legal-status-title">Signed off, with {errorsText(openErrors)}</p>
          <p className="legal-muted">Approved by {who}</p>
          {r.comment ? <p className="legal-comment">“{r.comment}”</p> : null}
          <p className="legal-muted legal-small">
            The approval stands, but the draft is not clear: resolve or accept the error
            {openErrors === 1 ? '' : 's'} under Findings.
          </p>
        </div>
      </div>
    )
  }
  return (
    <div className="legal-status legal-status-signed" role="status">
      <BadgeCheck aria-hidden="true" size={18} />
      <div>
        <p className="legal-status-title">Signed off</p>
        <p className="legal-muted">Approved by {who}</p>
        {r.comment ? <p className="legal-comment">“{r.comment}”</p> : null}
        <p className="legal-muted legal-small">
          Bound to {r.passages.length} passage{r.passages.length === 1 ? '' : 's'} by sha-256; an
          edit to any of them makes it stale.
        </p>
      </div>
    </div>
  )
}

/** Sign-off status, the sign-off form (legal only) and earlier sign-offs. */
export function SignoffSection({
  draftId,
  view,
  profile,
  readOnly,
  onDone,
  onShow,
}: {
  draftId: string
  view: LegalView
  profile: Profile | null
  readOnly: boolean
  onDone: (message: string, tone: 'success' | 'warning') => void
  onShow: (start: number) => void
}) {
  const api = useApi()
  const id = useId()
  // Nothing is pre-selected: an approval is always a choice legal made.
  const [decision, setDecision] = useState<Decision | null>(null)
  const [acknowledged, setAcknowledged] = useState(false)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const isLegal = profile?.role === 'legal'
  const signedHere = view.signoff?.record.revisionId === view.revisionId
  const verb = view.signoff ? 'Re-sign' : 'Sign off'
  const openErrors = openErrorCount(view)
  const needsAck = decision === 'approve' && openErrors > 0
  const canSubmit = isLegal && !busy && decision !== null && (!needsAck || acknowledged)
  const submit = async () => {
    if (!canSubmit || decision === null) return
    setBusy(true)
    setError(null)
    try {
      await call(api, 'legal:signoff', {
        draftId,
        revisionId: view.revisionId,
        decision,
        comment,
      })
      setComment('')
      setDecision(null)
      setAcknowledged(false)
      onDone(
        decision === 'approve'
          ? `Signed off revision ${view.revisionNumber}${openErrors > 0 ? `, with ${errorsText(openErrors)}` : ''}`
          : `Changes requested on revision ${view.revisionNumber}`,
        decision === 'approve' && openErrors > 0 ? 'warning' : 'success',
      )
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="legal-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="legal-h">
        Sign-off
      </h3>
      <Status view={view} onShow={onShow} />
      {readOnly ? null : (
        <form
          className="legal-signoff-form"
          aria-label="Legal sign-off"
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <fieldset className="legal-decision" disabled={!isLegal || busy}>
            <legend className="legal-small">
              Decision on revision {view.revisionNumber}
              {signedHere ? ' (already signed; a new decision replaces it)' : ''}
            </legend>
            <label>
              <input
                type="radio"
                name={`${id}-decision`}
                checked={decision === 'approve'}
                onChange={() => setDecision('approve')}
                required
              />
              Approve
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-decision`}
                checked={decision === 'request-changes'}
                onChange={() => setDecision('request-changes')}
              />
              Request changes
            </label>
          </fieldset>
          {needsAck ? (
            <label className="legal-ack">
              <input
                type="checkbox"
                checked={acknowledged}
                disabled={!isLegal || busy}
                onChange={(e) => setAcknowledged(e.target.checked)}
              />
              <span>
                I have read the {errorsText(openErrors)} and approve this revision anyway.
                <span className="legal-muted legal-small">
                  {' '}
                  Accepting a finding with a reason records why it does not apply.
                </span>
              </span>
            </label>
          ) : null}
          <label className="field">
            <span className="field-label">
              Comment
              {decision === 'approve' ? <span className="field-optional"> (optional)</span> : null}
            </span>
            <textarea
              className="input textarea"
              rows={2}
              value={comment}
              maxLength={2000}
              disabled={!isLegal || busy}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          {isLegal ? null : (
            <p className="legal-note" id={`${id}-why`}>
              Only a profile with the Legal role can sign off.
              {profile ? ` You are working as ${profile.name} (${ROLE_LABELS[profile.role]}).` : ''}
            </p>
          )}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="submit"
            className="button button-primary"
            disabled={!canSubmit}
            aria-describedby={isLegal ? undefined : `${id}-why`}
          >
            {busy ? 'Signing…' : `${verb} revision ${view.revisionNumber}`}
          </button>
        </form>
      )}
      {view.history.length > 0 ? (
        <details className="legal-history">
          <summary>All sign-offs ({view.history.length})</summary>
          <ol>
            {view.history.map((h) => (
              <li key={h.id}>
                <b>{h.decision === 'approve' ? 'Approved' : 'Changes requested'}</b> by {h.by},{' '}
                {exactTime(h.at)}, revision {h.revisionNumber ?? '?'}
                {h.comment ? (
                  <span className="legal-muted"> — “{excerpt(h.comment, 90)}”</span>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
