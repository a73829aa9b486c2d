import { useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import { Modal } from '../ui/Modal'

/** Asks for the new revision's message; shows what will be kept and what dropped. */
export function SaveDialog({
  counts,
  initialMessage,
  from,
  to,
  onSave,
  onClose,
}: {
  counts: { accepted: number; rejected: number; undecided: number }
  initialMessage: string
  from: number
  to: number
  /** Resolves to an error message to show, or null when saved. */
  onSave: (message: string) => Promise<string | null>
  onClose: () => void
}) {
  const [message, setMessage] = useState(initialMessage)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSaving(true)
    setError(null)
    const failure = await onSave(message)
    setSaving(false)
    if (failure) setError(failure)
  }
  return (
    <Modal
      open
      onOpenChange={(open) => !open && !saving && onClose()}
      title="Save as new revision"
      description={`The result becomes a new revision on top of revision ${to}; revisions ${from} and ${to} stay as they are.`}
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ul className="cmp-save-summary">
          <li>
            <strong>{counts.accepted + counts.undecided}</strong> accepted
            {counts.undecided > 0
              ? ` (${counts.undecided} without a decision count as accepted)`
              : ''}
          </li>
          <li>
            <strong>{counts.rejected}</strong> rejected: the text of revision {from} is kept there
          </li>
        </ul>
        <label className="field">
          <span className="field-label">Revision message</span>
          <input
            className="input"
            value={message}
            maxLength={LIMITS.messageChars}
            onChange={(e) => setMessage(e.target.value)}
          />
        </label>
        {error ? (
          <div className="form-error" role="alert">
            <p className="form-error-title">The revision was not saved</p>
            <p>{error}</p>
          </div>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save revision'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
