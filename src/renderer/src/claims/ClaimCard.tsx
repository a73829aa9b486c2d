import { useId, useState, type FormEvent } from 'react'
import { AlertTriangle, ChevronDown, Plus, Trash2, UserRound } from 'lucide-react'
import clsx from 'clsx'
import type { Claim, Verdict } from '@shared/claims/domain'
import { verdictReason } from '@shared/claims/export'
import type { Attachment } from '@shared/domain'
import { plainMarkdown } from '@shared/text/markdown'
import { Confirm } from '../ui/Confirm'
import { exactTime } from '../ui/format'
import { excerpt, shortVerdict, statusLabel, verdictLabel, VERDICTS } from './labels'
import { SourceForm, SourceList } from './Sources'
import { Comments, History } from './Thread'
import type { ClaimActions } from './useClaimActions'

export interface ClaimCardProps {
  readonly claim: Claim
  readonly expanded: boolean
  readonly readOnly: boolean
  readonly attachments: readonly Attachment[]
  /** The profile's name, offered as a one-click assignee. */
  readonly me: string | null
  /** "revision 2" for the revision a claim was recorded in (orphans show it). */
  readonly revisionLabel: (revisionId: string) => string
  readonly actions: ClaimActions
  /** Header click: expand (and reveal its span) or collapse. */
  readonly onToggle: () => void
}

/** The DOM id of a claim's card, for focus and scrolling. */
export function cardId(claimId: string): string {
  return `claim-card-${claimId}`
}

/** Badges that must not be missed: needs re-check, and where the anchor went. */
function Badges({ claim }: { claim: Claim }) {
  const status = statusLabel(claim.status)
  return (
    <>
      {claim.needsRecheck ? (
        <span className="claim-badge claim-badge-recheck">
          <AlertTriangle aria-hidden="true" size={12} />
          Needs re-check
        </span>
      ) : null}
      {claim.dispute ? (
        <span className="claim-badge claim-badge-recheck">
          <AlertTriangle aria-hidden="true" size={12} />
          Disputed
        </span>
      ) : null}
      {status && claim.status !== 'orphaned' ? (
        <span className={`claim-badge claim-badge-${claim.status}`}>{status}</span>
      ) : null}
    </>
  )
}

/** One claim in the margin: collapsed to an excerpt and verdict, or open with everything. */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, expanded, onToggle } = props
  const text = excerpt(claim.anchor.exact)
  return (
    <div
      id={cardId(claim.id)}
      tabIndex={-1}
      className={clsx(
        'claim-card',
        `verdict-${claim.verdict}`,
        expanded ? 'is-expanded' : 'is-collapsed',
        claim.needsRecheck && 'needs-recheck',
      )}
    >
      <button type="button" className="claim-card-head" aria-expanded={expanded} onClick={onToggle}>
        <span className="claim-card-line">
          <span className={`verdict-chip verdict-${claim.verdict}`}>
            {shortVerdict(claim.verdict)}
          </span>
          <Badges claim={claim} />
          {claim.assignee ? (
            <span className="claim-assignee-chip">
              <UserRound aria-hidden="true" size={12} />
              {claim.assignee}
            </span>
          ) : null}
          <ChevronDown aria-hidden="true" size={15} className="claim-chevron" />
        </span>
        {expanded ? null : <span className="claim-excerpt">{text}</span>}
      </button>
      {expanded ? <ClaimDetails {...props} /> : null}
    </div>
  )
}

function ClaimDetails({
  claim,
  readOnly,
  attachments,
  me,
  revisionLabel,
  actions,
}: ClaimCardProps) {
  const id = useId()
  const [adding, setAdding] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const origin = claim.status === 'orphaned' ? revisionLabel(claim.revisionId) : null
  return (
    <div className="claim-body">
      <blockquote className="claim-text">{plainMarkdown(claim.anchor.exact)}</blockquote>
      {origin ? <p className="claim-meta">Last found in {origin}.</p> : null}
      {claim.suggestedBy?.length ? <p className="claim-meta">Accepted from a suggestion.</p> : null}
      {claim.origin ? (
        <p className="claim-meta">
          From {claim.origin.author}’s Word comment in {claim.origin.fileName}
          {claim.origin.at ? ` · ${exactTime(claim.origin.at)}` : ''}
        </p>
      ) : null}
      {/* Keyed by the stored value: one set elsewhere (a key, another window) shows at once. */}
      <VerdictForm
        key={`verdict:${claim.verdict}`}
        claim={claim}
        readOnly={readOnly}
        actions={actions}
      />
      <AssigneeField
        key={`assignee:${claim.assignee ?? ''}`}
        claim={claim}
        readOnly={readOnly}
        me={me}
        actions={actions}
      />
      <NoteField
        key={`note:${claim.note ?? ''}`}
        claim={claim}
        readOnly={readOnly}
        actions={actions}
      />

      {/* Sources and comments fold away, so the open card stays compact beside its text. */}
      <details className="claim-section claim-fold" aria-labelledby={`${id}-sources`}>
        <summary id={`${id}-sources`} className="claim-section-title">
          Sources <span className="panel-count">{claim.sources.length}</span>
        </summary>
        <SourceList
          sources={claim.sources}
          attachments={attachments}
          readOnly={readOnly}
          onRemove={(sourceId) => void actions.removeSource(claim.id, sourceId)}
        />
        {readOnly ? null : adding ? (
          <SourceForm
            onAdd={(source) => actions.addSource(claim.id, source)}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            <Plus aria-hidden="true" size={14} />
            Add source
          </button>
        )}
      </details>

      <details className="claim-section claim-fold" aria-labelledby={`${id}-comments`}>
        <summary id={`${id}-comments`} className="claim-section-title">
          Comments <span className="panel-count">{claim.comments.length}</span>
        </summary>
        <Comments
          comments={claim.comments}
          readOnly={readOnly}
          onComment={(text) => actions.comment(claim.id, text)}
        />
      </details>

      <details className="claim-section claim-history-box">
        <summary className="claim-section-title">
          Verdict history <span className="panel-count">{claim.history.length}</span>
        </summary>
        <History history={claim.history} />
      </details>

      {readOnly ? null : (
        <div className="claim-card-foot">
          <span className="claim-meta">
            Marked by {claim.createdBy.name}
            {claim.status === 'moved' ? ' · moved with the text' : ''}
          </span>
          <button
            type="button"
            className="button button-small claim-delete"
            onClick={() => setConfirmDelete(true)}
          >
            <Trash2 aria-hidden="true" size={14} />
            Delete claim
          </button>
        </div>
      )}
      <Confirm
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this claim?"
        description="Its verdict, sources, comments and history go with it. The text stays as it is."
        confirmLabel="Delete claim"
        danger
        onConfirm={() => {
          setConfirmDelete(false)
          void actions.remove(claim.id)
        }}
      />
    </div>
  )
}

function VerdictForm({
  claim,
  readOnly,
  actions,
}: Pick<ClaimCardProps, 'claim' | 'readOnly' | 'actions'>) {
  const id = useId()
  // The reason given with the current verdict stays on the card (and goes into the exports).
  const given = verdictReason(claim)
  const [verdict, setVerdict] = useState<Verdict>(claim.verdict)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const pending = verdict !== claim.verdict || reason.trim() !== ''
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    if (await actions.setVerdict(claim.id, verdict, reason.trim() || undefined)) setReason('')
    setBusy(false)
  }
  return (
    <>
      {claim.dispute ? (
        // Verdicts given apart on two machines (team sync): both shown until a new one is recorded.
        <div className="claim-dispute" role="note">
          <p className="claim-field-label">Disputed: record a verdict to settle it</p>
          <ul>
            {claim.dispute.verdicts.map((v) => (
              <li key={`${v.at}-${v.by}`}>
                <strong>{verdictLabel(v.verdict as Verdict)}</strong> by {v.by} · {exactTime(v.at)}
                {v.reason ? ` — ${v.reason}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form className="claim-verdict" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-verdict`} className="claim-field-label">
          Verdict
        </label>
        <select
          id={`${id}-verdict`}
          className="select"
          value={verdict}
          disabled={readOnly}
          onChange={(e) => setVerdict(e.target.value as Verdict)}
        >
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {verdictLabel(v)}
            </option>
          ))}
        </select>
        {readOnly ? null : (
          <>
            <label htmlFor={`${id}-reason`} className="visually-hidden">
              Reason for the verdict
            </label>
            <input
              id={`${id}-reason`}
              className="input claim-reason"
              placeholder={given ? 'New reason (optional)' : 'Reason (optional)'}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <button
              type="submit"
              className="button button-small button-primary"
              disabled={busy || !(pending || claim.needsRecheck || claim.dispute)}
            >
              {claim.needsRecheck && verdict === claim.verdict
                ? 'Confirm verdict'
                : 'Record verdict'}
            </button>
          </>
        )}
      </form>
      {given ? (
        <p className="claim-reason-given">
          <span className="claim-reason-text">{given.text}</span>
          <span className="claim-meta">
            Reason given by {given.by} · {exactTime(given.at)}
          </span>
        </p>
      ) : null}
    </>
  )
}

function AssigneeField({
  claim,
  readOnly,
  me,
  actions,
}: Pick<ClaimCardProps, 'claim' | 'readOnly' | 'me' | 'actions'>) {
  const id = useId()
  const current = claim.assignee ?? ''
  const [value, setValue] = useState(current)
  const save = (next: string) => {
    const trimmed = next.trim()
    if (trimmed === current) return
    void actions.update(claim.id, { assignee: trimmed || null })
  }
  return (
    <form
      className="claim-assignee"
      onSubmit={(e) => {
        e.preventDefault()
        save(value)
      }}
    >
      <label htmlFor={`${id}-assignee`} className="claim-field-label">
        Assignee
      </label>
      <input
        id={`${id}-assignee`}
        className="input"
        placeholder="Nobody"
        value={value}
        readOnly={readOnly}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => save(value)}
      />
      {readOnly || !me || current === me ? null : (
        <button
          type="button"
          className="button button-small"
          aria-label={`Assign to me (${me})`}
          onClick={() => {
            setValue(me)
            save(me)
          }}
        >
          Me
        </button>
      )}
    </form>
  )
}

function NoteField({
  claim,
  readOnly,
  actions,
}: Pick<ClaimCardProps, 'claim' | 'readOnly' | 'actions'>) {
  const id = useId()
  const current = claim.note ?? ''
  const [value, setValue] = useState(current)
  if (readOnly && !current) return null
  return (
    <div className="claim-note">
      <label htmlFor={`${id}-note`} className="claim-field-label">
        Research note
      </label>
      <textarea
        id={`${id}-note`}
        className="textarea"
        rows={1}
        placeholder="What you found, what is left to ask…"
        value={value}
        readOnly={readOnly}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => {
          if (value !== current) void actions.update(claim.id, { note: value })
        }}
      />
    </div>
  )
}
