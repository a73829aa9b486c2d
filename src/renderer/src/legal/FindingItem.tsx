import { useState } from 'react'
import clsx from 'clsx'
import type { LegalFinding } from '@shared/channels/legal'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { exactTime } from '../ui/format'
import { SEVERITY_LABELS } from './labels'

/** One finding: severity, rule, explanation, a link to its place, and legal's acceptance. */
export function FindingItem({
  draftId,
  finding,
  canAccept,
  active,
  onShow,
  onDone,
}: {
  draftId: string
  finding: LegalFinding
  canAccept: boolean
  active: boolean
  onShow: () => void
  onDone: (message: string) => void
}) {
  const api = useApi()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const f = finding
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    setError(null)
    try {
      await work()
      setOpen(false)
      setReason('')
      onDone(done)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <li
      className={clsx('legal-finding', `legal-finding-${f.severity}`, active && 'is-active')}
      data-finding-id={f.id}
    >
      <div className="legal-finding-head">
        <span className={clsx('legal-sev', `legal-sev-${f.severity}`)}>
          {SEVERITY_LABELS[f.severity]}
        </span>
        <span className="legal-finding-title">{f.title}</span>
      </div>
      <p className="legal-finding-message">{f.message}</p>
      <div className="legal-finding-actions">
        <button type="button" className="link-button" onClick={onShow}>
          Show in text
        </button>
        <code className="legal-rule">{f.rule}</code>
        {canAccept && !f.accepted && !open ? (
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            Accept…
          </button>
        ) : null}
      </div>
      {f.accepted ? (
        <div className="legal-accepted">
          <p>
            <b>Accepted</b> by {f.accepted.by}, {exactTime(f.accepted.at)}: {f.accepted.reason}
          </p>
          {canAccept ? (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() =>
                void run(
                  () => call(api, 'legal:unacceptFinding', { draftId, findingId: f.id }),
                  'Acceptance withdrawn',
                )
              }
            >
              Withdraw
            </button>
          ) : null}
        </div>
      ) : null}
      {open ? (
        <form
          className="legal-accept-form"
          onSubmit={(e) => {
            e.preventDefault()
            void run(
              () => call(api, 'legal:acceptFinding', { draftId, findingId: f.id, reason }),
              'Finding accepted',
            )
          }}
        >
          <label className="field">
            <span className="field-label">Why is this acceptable?</span>
            <textarea
              className="input textarea"
              rows={2}
              value={reason}
              maxLength={2000}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
            />
          </label>
          <div className="legal-row">
            <button
              type="submit"
              className="button button-small button-primary"
              disabled={busy || reason.trim() === ''}
            >
              Accept finding
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  )
}
