import { useState } from 'react'
import { ShieldAlert, ShieldCheck } from 'lucide-react'
import type { ChannelOutput } from '@shared/contract'
import { ROLE_LABELS } from '@shared/constants'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useQuery } from '../api/useQuery'
import { exactTime } from '../ui/format'
import { Modal } from '../ui/Modal'
import { ErrorState, Loading } from '../ui/States'

type Verdict = ChannelOutput<'audit:get'>['verdict']

function value(v: unknown): string {
  if (v === undefined) return ''
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s.length > 160 ? `${s.slice(0, 159)}…` : s
}

function VerdictLine({ verdict }: { verdict: Verdict }) {
  if (verdict.intact) {
    return (
      <p className="audit-verdict audit-intact" role="status">
        <ShieldCheck aria-hidden="true" size={18} />
        <span>
          <b>Intact.</b> All {verdict.events} events link to the one before by sha-256, and the
          draft matches the last one.
        </span>
      </p>
    )
  }
  return (
    <p className="audit-verdict audit-altered" role="alert">
      <ShieldAlert aria-hidden="true" size={18} />
      <span>
        <b>
          Altered
          {verdict.firstBadSeq !== null ? `: event #${verdict.firstBadSeq} was changed` : ''}.
        </b>{' '}
        {verdict.reason.charAt(0).toUpperCase() + verdict.reason.slice(1)}.
      </span>
    </p>
  )
}

/** The draft's append-only audit trail, newest first, with a Verify action. */
export function AuditDialog({ draftId, onClose }: { draftId: string; onClose: () => void }) {
  const api = useApi()
  const trail = useQuery(`audit:${draftId}`, () => call(api, 'audit:get', { draftId }))
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const verify = async () => {
    setBusy(true)
    setError(null)
    try {
      setVerdict((await call(api, 'audit:get', { draftId })).verdict)
      trail.reload()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  const bad = verdict && !verdict.intact ? verdict.firstBadSeq : null
  return (
    <Modal
      open
      onOpenChange={(o) => (o ? undefined : onClose())}
      title="Audit trail"
      description="Every change to claims, quotes, disclosures, sign-offs, revisions and status, in order. Each event carries the hash of the one before, so an edited history shows."
      wide
    >
      <div className="audit-bar">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void verify()}
          disabled={busy}
        >
          {busy ? 'Verifying…' : 'Verify'}
        </button>
        {verdict ? <VerdictLine verdict={verdict} /> : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {trail.status === 'loading' ? <Loading label="Reading the audit trail…" /> : null}
      {trail.status === 'error' ? (
        <ErrorState
          title="The audit trail could not be read"
          error={trail.error}
          onRetry={trail.reload}
        />
      ) : null}
      {trail.status === 'ok' ? (
        <div className="audit-scroll">
          <table className="audit-table" aria-label="Audit events">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Before → after</th>
              </tr>
            </thead>
            <tbody>
              {[...trail.value.events].reverse().map((e) => (
                <tr key={e.seq} className={e.seq === bad ? 'is-bad' : undefined}>
                  <td>{e.seq}</td>
                  <td className="audit-when">{exactTime(e.at)}</td>
                  <td>
                    {e.by}
                    <span className="audit-role">{ROLE_LABELS[e.role]}</span>
                  </td>
                  <td>
                    <code>{e.action}</code>
                    <span className="audit-target">{e.target}</span>
                  </td>
                  <td className="audit-values">
                    {e.before !== undefined ? (
                      <code className="audit-before">{value(e.before)}</code>
                    ) : null}
                    {e.after !== undefined ? (
                      <code className="audit-after">{value(e.after)}</code>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Modal>
  )
}
