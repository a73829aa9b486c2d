import { useId, useState, type FormEvent } from 'react'
import type { ClaimComment, VerdictChange } from '@shared/claims/domain'
import { ROLE_LABELS } from '@shared/constants'
import { exactTime, relativeTime } from '../ui/format'
import { verdictLabel } from './labels'

function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={exactTime(at)}>
      {relativeTime(at)}
    </time>
  )
}

/** A claim's comment thread, oldest first, and the box to add one. */
export function Comments({
  comments,
  readOnly,
  onComment,
  placeholder = 'Add a comment…',
  submitLabel = 'Add comment',
}: {
  comments: readonly ClaimComment[]
  readOnly: boolean
  onComment: (text: string) => Promise<boolean>
  placeholder?: string
  submitLabel?: string
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return
    setBusy(true)
    if (await onComment(text.trim())) setText('')
    setBusy(false)
  }
  return (
    <>
      {comments.length > 0 ? (
        <ol className="claim-comments" aria-label="Comments">
          {comments.map((c) => (
            <li key={c.id} className="claim-comment">
              <span className="claim-meta">
                <strong>{c.by}</strong> · {c.from === 'word' ? 'in Word' : ROLE_LABELS[c.role]} ·{' '}
                <When at={c.at} />
              </span>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {readOnly ? null : (
        <form className="claim-inline-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-comment`} className="visually-hidden">
            Comment
          </label>
          <textarea
            id={`${id}-comment`}
            className="textarea"
            rows={1}
            placeholder={placeholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button button-small" disabled={busy || !text.trim()}>
            {submitLabel}
          </button>
        </form>
      )}
    </>
  )
}

/** Every verdict change, newest first: who, in which role, when and why. */
export function History({ history }: { history: readonly VerdictChange[] }) {
  if (history.length === 0) return <p className="claim-empty">No verdict recorded yet.</p>
  return (
    <ol className="claim-history" aria-label="Verdict history">
      {[...history].reverse().map((h, i) => (
        <li key={`${h.at}-${i}`}>
          <span className={`verdict-dot verdict-${h.verdict}`} aria-hidden="true" />
          <span>
            <strong>{verdictLabel(h.verdict)}</strong>
            <span className="claim-meta">
              {' '}
              · {h.by} ({ROLE_LABELS[h.role]}) · <When at={h.at} />
            </span>
            {h.reason ? <span className="claim-history-reason">{h.reason}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  )
}
