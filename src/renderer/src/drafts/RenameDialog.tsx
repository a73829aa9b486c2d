import { useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import { Modal } from '../ui/Modal'

/** Asks for a draft's new title. */
export function RenameDialog({
  title,
  onRename,
  onClose,
}: {
  title: string
  onRename: (title: string) => Promise<boolean>
  onClose: () => void
}) {
  const [value, setValue] = useState(title)
  const [busy, setBusy] = useState(false)
  const trimmed = value.trim()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!trimmed || busy) return
    setBusy(true)
    const ok = await onRename(trimmed)
    setBusy(false)
    if (ok) onClose()
  }
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Rename draft">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Title</span>
          <input
            className="input"
            value={value}
            maxLength={LIMITS.titleChars}
            onChange={(e) => setValue(e.target.value)}
            autoFocus
            required
          />
        </label>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={!trimmed || trimmed === title || busy}
          >
            Rename
          </button>
        </div>
      </form>
    </Modal>
  )
}
