import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react'
import { LIMITS } from '@shared/constants'
import type { DraftDetail, RevisionInfo } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError, type ApiError } from '../api/errors'
import { useGalleyEvent } from '../api/useEvent'
import { modKey } from '../app/shortcuts'
import { SpellTextarea } from '../spelling/SpellTextarea'
import { Confirm } from '../ui/Confirm'

export interface EditorProps {
  readonly detail: DraftDetail
  readonly onSaved: (revision: RevisionInfo) => void
  readonly onClose: () => void
  readonly onDirtyChange: (dirty: boolean) => void
}

function failureTitle(error: ApiError): string {
  return error.code === 'conflict'
    ? 'Not saved: someone saved a newer revision while you were editing'
    : 'Your revision was not saved'
}

/**
 * Plain Markdown editing of the current revision. Saving makes a new revision on top of the
 * revision editing started from, so a revision saved in between is reported, never overwritten.
 */
export function Editor({ detail, onSaved, onClose, onDirtyChange }: EditorProps) {
  const api = useApi()
  const [base] = useState(() => ({ id: detail.current.id, body: detail.current.body }))
  const [text, setText] = useState(base.body)
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [confirmingCancel, setConfirmingCancel] = useState(false)
  const textId = useId()
  const dirty = text !== base.body
  const canSave = dirty && !saving

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])
  useEffect(() => () => onDirtyChange(false), [onDirtyChange])

  const save = async () => {
    if (!canSave) return
    setSaving(true)
    setError(null)
    try {
      const revision = await call(api, 'revisions:save', {
        draftId: detail.draft.id,
        baseRevisionId: base.id,
        body: text,
        message,
      })
      onDirtyChange(false)
      onSaved(revision)
    } catch (e) {
      setError(toApiError(e))
      setSaving(false)
    }
  }

  const requestClose = () => {
    if (dirty) setConfirmingCancel(true)
    else onClose()
  }

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const key = modKey(e)
    if (key === 's') {
      e.preventDefault()
      void save()
    } else if (key === 'e') {
      e.preventDefault()
      requestClose()
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
  useGalleyEvent('menu:command', ({ command }) => {
    if (command === 'toggle-edit') requestClose()
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save()
  }

  return (
    <form className="editor" onSubmit={submit} aria-label="Edit draft">
      <div className="field editor-body">
        <label className="field-label" htmlFor={textId}>
          Markdown text
        </label>
        <SpellTextarea
          id={textId}
          className="editor-text"
          value={text}
          maxLength={LIMITS.bodyChars}
          autoFocus
          onChange={setText}
        />
      </div>
      <div className="editor-bar">
        {/* In the bar that stays on screen, so a failed save is seen however long the text. */}
        {error ? (
          <div className="form-error editor-error" role="alert">
            <p className="form-error-title">{failureTitle(error)}</p>
            <p>{error.message}</p>
          </div>
        ) : null}
        <label className="field editor-message">
          <span className="field-label">Revision message</span>
          <input
            className="input"
            value={message}
            maxLength={LIMITS.messageChars}
            placeholder="What changed, in a few words"
            onChange={(e) => setMessage(e.target.value)}
          />
        </label>
        <div className="editor-actions">
          <span className="editor-state" aria-live="polite">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'No changes yet'}
          </span>
          <button type="button" className="button" onClick={requestClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={!canSave}
            aria-keyshortcuts="Control+S Meta+S"
          >
            Save revision
          </button>
        </div>
      </div>
      <Confirm
        open={confirmingCancel}
        onOpenChange={setConfirmingCancel}
        title="Discard your changes?"
        description="The text you changed in this edit will be lost. The saved revisions stay as they are."
        cancelLabel="Keep editing"
        confirmLabel="Discard changes"
        danger
        onConfirm={() => {
          onDirtyChange(false)
          onClose()
        }}
      />
    </form>
  )
}
