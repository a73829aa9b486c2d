import { useState } from 'react'
import clsx from 'clsx'
import { CheckCircle2, CircleAlert, CircleX } from 'lucide-react'
import type { LegalView, ReadinessItemView } from '@shared/channels/legal'
import { blockingCount } from '@shared/constants'
import { count } from '../ui/format'
import type { DraftStatus } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { Modal } from '../ui/Modal'

const AREAS = [
  { key: 'claims', label: 'Claims', who: 'fact-checker' },
  { key: 'quotes', label: 'Quotes', who: 'fact-checker and editor' },
  { key: 'disclosures', label: 'Disclosures and sign-off', who: 'legal' },
] as const

function Items({
  items,
  onShow,
}: {
  items: readonly ReadinessItemView[]
  onShow: (item: ReadinessItemView) => void
}) {
  return (
    <ul className="ready-items">
      {items.map((i, n) => (
        <li key={n} className={clsx('ready-item', `ready-${i.severity}`)}>
          {i.severity === 'error' ? (
            <CircleX aria-label="Blocks" size={15} />
          ) : (
            <CircleAlert aria-label={i.severity === 'warning' ? 'Warning' : 'Note'} size={15} />
          )}
          <span className="ready-message">{i.message}</span>
          {i.start !== undefined ? (
            <button type="button" className="link-button" onClick={() => onShow(i)}>
              Show
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** "Can this go out?": every blocking item per area, each linking to its place; Mark ready. */
export function ReadinessDialog({
  draftId,
  view,
  status,
  readOnly,
  onShow,
  onClose,
  onMarked,
}: {
  draftId: string
  view: LegalView
  status: DraftStatus
  readOnly: boolean
  onShow: (item: ReadinessItemView) => void
  onClose: () => void
  onMarked: () => void
}) {
  const api = useApi()
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const r = view.readiness
  const blocking = blockingCount(r)
  const open = r.suggestions.open
  const suggested = `${open} suggested claim${open === 1 ? '' : 's'}`
  // The box shows the choice at once; the items follow when main has worked readiness out again.
  const [policy, setPolicyShown] = useState<boolean | null>(null)
  const setPolicy = async (block: boolean) => {
    setPolicyShown(block)
    setRefusal(null)
    try {
      // Main tells every view the library changed: this one reloads with the new answer.
      await call(api, 'app:setSettings', { suggestionsBlockReadiness: block })
    } catch (e) {
      setPolicyShown(null)
      setRefusal(toApiError(e).message)
    }
  }
  const markReady = async () => {
    setBusy(true)
    setRefusal(null)
    try {
      await call(api, 'drafts:updateMeta', { id: draftId, status: 'ready' })
      onMarked()
    } catch (e) {
      setRefusal(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      onOpenChange={(o) => (o ? undefined : onClose())}
      title="Can this go out?"
      description={`Publish readiness of revision ${view.revisionNumber}: the draft can be marked ready only when claims, quotes and disclosures are all clear.`}
      wide
    >
      <p className={clsx('ready-verdict', r.ready ? 'is-ready' : 'is-blocked')} role="status">
        {r.ready ? (
          <CheckCircle2 aria-hidden="true" size={20} />
        ) : (
          <CircleX aria-hidden="true" size={20} />
        )}
        <span>
          {r.ready
            ? 'Yes: nothing blocks this draft.'
            : `Not yet: ${blocking} blocking item${blocking === 1 ? '' : 's'}.`}
          {open > 0 && !r.suggestions.block ? (
            <span className="ready-verdict-note">
              {' '}
              {suggested} {open === 1 ? 'was' : 'were'} never accepted or dismissed (listed under
              Claims; they do not block).
            </span>
          ) : null}
        </span>
      </p>
      <div className="ready-areas">
        {AREAS.map((a) => {
          const all = r.items.filter((i) => i.area === a.key)
          const items = all.filter((i) => i.kind !== 'suggestion')
          const suggestions = all.filter((i) => i.kind === 'suggestion')
          const clear = r.clear[a.key]
          return (
            <section key={a.key} className="ready-area" aria-label={a.label}>
              <h3 className="ready-area-head">
                <span>{a.label}</span>
                <span className={clsx('ready-pill', clear ? 'is-clear' : 'is-blocked')}>
                  {clear ? 'Clear' : 'Blocked'}
                </span>
              </h3>
              {items.length === 0 && !(r.suggestions.block && suggestions.length > 0) ? (
                <p className="legal-muted">Nothing to resolve.</p>
              ) : items.length > 0 ? (
                <Items items={items} onShow={onShow} />
              ) : null}
              {a.key === 'claims' && suggestions.length > 0 ? (
                <details className="ready-suggestions" open={r.suggestions.block}>
                  <summary>
                    {suggested} never accepted or dismissed
                    {r.suggestions.block ? ' (they block)' : ''}
                  </summary>
                  {r.suggestions.listed < open ? (
                    <p className="legal-muted legal-small">
                      The first {count(r.suggestions.listed)} of {count(open)} are listed here; the
                      Claims tab lists them all.
                    </p>
                  ) : null}
                  <Items items={suggestions} onShow={onShow} />
                </details>
              ) : null}
              {a.key === 'claims' ? (
                <label className="ready-policy">
                  <input
                    type="checkbox"
                    checked={policy ?? r.suggestions.block}
                    disabled={readOnly}
                    onChange={(e) => void setPolicy(e.target.checked)}
                  />
                  Suggested claims nobody accepted or dismissed block readiness (every draft in this
                  library)
                </label>
              ) : null}
              {a.key === 'quotes' && r.transcripts.note ? (
                <p className="legal-muted legal-small">{r.transcripts.note}</p>
              ) : null}
            </section>
          )
        })}
      </div>
      {refusal ? (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        {readOnly ? null : (
          <button
            type="button"
            // Main decides (and says why not); the button is only the main action when clear.
            className={r.ready ? 'button button-primary' : 'button'}
            disabled={busy || status === 'ready'}
            onClick={() => void markReady()}
          >
            {status === 'ready' ? 'Marked ready' : busy ? 'Checking…' : 'Mark ready'}
          </button>
        )}
      </div>
    </Modal>
  )
}
