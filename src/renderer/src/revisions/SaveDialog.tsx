import { useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import { Modal } from '../ui/Modal'
import { defaultMessage, type Decision } from './model'

/** What to do with the changes nobody decided: keep reviewing (the default) or decide them all. */
export type UndecidedChoice = 'review' | Decision

const CHOICES: readonly { value: UndecidedChoice; label: string }[] = [
  { value: 'review', label: 'Keep reviewing: go to the first undecided change' },
  { value: 'accepted', label: 'Accept them all' },
  { value: 'rejected', label: 'Reject them all' },
]

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Asks for the new revision's message and shows what will be kept and what dropped. Changes
 * without a decision are never saved silently: the editor says what happens to them, and the
 * default is to go back and review them.
 */
export function SaveDialog({
  counts,
  from,
  to,
  onSave,
  onReview,
  onClose,
}: {
  counts: { accepted: number; rejected: number; undecided: number }
  from: number
  to: number
  /** Resolves to an error message to show, or null when saved. */
  onSave: (message: string, undecided: Decision) => Promise<string | null>
  /** Closes the dialog and brings the first undecided change into view. */
  onReview: () => void
  onClose: () => void
}) {
  const [choice, setChoice] = useState<UndecidedChoice>(
    counts.undecided > 0 ? 'review' : 'accepted',
  )
  // The proposed message follows the choice until the editor writes their own.
  const [typed, setTyped] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const goesAs: Decision = choice === 'rejected' ? 'rejected' : 'accepted'
  const message = typed ?? defaultMessage(counts, from, to, goesAs)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (choice === 'review') return onReview()
    setSaving(true)
    setError(null)
    const failure = await onSave(message, choice)
    setSaving(false)
    if (failure) setError(failure)
  }
  const accepted = counts.accepted + (choice === 'accepted' ? counts.undecided : 0)
  const rejected = counts.rejected + (choice === 'rejected' ? counts.undecided : 0)
  return (
    <Modal
      open
      onOpenChange={(open) => !open && !saving && onClose()}
      title="Save as new revision"
      description={`The result becomes a new revision on top of revision ${to}; revisions ${from} and ${to} stay as they are.`}
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        {counts.undecided > 0 ? (
          <fieldset className="cmp-undecided">
            <legend className="field-label">
              {plural(counts.undecided, 'change has', 'changes have')} no decision yet (
              {counts.accepted} accepted, {counts.rejected} rejected). What should happen to{' '}
              {counts.undecided === 1 ? 'it' : 'them'}?
            </legend>
            {CHOICES.map((c) => (
              <label key={c.value} className="radio-row">
                <input
                  type="radio"
                  name="undecided"
                  value={c.value}
                  checked={choice === c.value}
                  onChange={() => setChoice(c.value)}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        {choice === 'review' ? null : (
          <>
            <ul className="cmp-save-summary">
              <li>
                <strong>{accepted}</strong> accepted
              </li>
              <li>
                <strong>{rejected}</strong> rejected: the text of revision {from} is kept there
              </li>
            </ul>
            <label className="field">
              <span className="field-label">Revision message</span>
              <input
                className="input"
                value={message}
                maxLength={LIMITS.messageChars}
                onChange={(e) => setTyped(e.target.value)}
              />
            </label>
          </>
        )}
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
            {choice === 'review' ? 'Back to the changes' : saving ? 'Saving…' : 'Save revision'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
