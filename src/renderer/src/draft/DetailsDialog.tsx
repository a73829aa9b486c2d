import { useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import type { DraftRecord } from '@shared/domain'
import { Modal } from '../ui/Modal'

/** Edits a draft's byline and credits (one credit per line). */
export function DetailsDialog({
  draft,
  onSave,
  onClose,
}: {
  draft: DraftRecord
  onSave: (patch: { byline: string; credits: string[] }) => Promise<boolean>
  onClose: () => void
}) {
  const [byline, setByline] = useState(draft.byline)
  const [credits, setCredits] = useState(draft.credits.join('\n'))
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const lines = credits
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, LIMITS.credits)
    const ok = await onSave({ byline: byline.trim(), credits: lines })
    setBusy(false)
    if (ok) onClose()
  }
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title="Byline and credits">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Byline</span>
          <input
            className="input"
            value={byline}
            maxLength={LIMITS.bylineChars}
            onChange={(e) => setByline(e.target.value)}
            autoFocus
          />
        </label>
        <label className="field">
          <span className="field-label">
            Credits <span className="field-optional">(one per line)</span>
          </span>
          <textarea
            className="input textarea"
            rows={4}
            value={credits}
            onChange={(e) => setCredits(e.target.value)}
          />
        </label>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save details
          </button>
        </div>
      </form>
    </Modal>
  )
}
