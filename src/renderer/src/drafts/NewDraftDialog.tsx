import { useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { Modal } from '../ui/Modal'

/** Asks for a title (and optionally a byline) and creates an empty draft. */
export function NewDraftDialog({
  onCreated,
  onClose,
}: {
  onCreated: (id: string) => void
  onClose: () => void
}) {
  const api = useApi()
  const [title, setTitle] = useState('')
  const [byline, setByline] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!title.trim() || busy) return
    setBusy(true)
    setError(null)
    try {
      const draft = await call(api, 'drafts:create', { title, byline })
      onCreated(draft.id)
    } catch (err) {
      setError(toApiError(err).message)
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="New draft"
      description="It starts empty; write or paste its text in edit mode."
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Title</span>
          <input
            className="input"
            value={title}
            maxLength={LIMITS.titleChars}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
            required
          />
        </label>
        <label className="field">
          <span className="field-label">
            Byline <span className="field-optional">(optional)</span>
          </span>
          <input
            className="input"
            value={byline}
            maxLength={LIMITS.bylineChars}
            placeholder="By …"
            onChange={(e) => setByline(e.target.value)}
          />
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim() || busy}>
            Create draft
          </button>
        </div>
      </form>
    </Modal>
  )
}
