import { useId, useState, type FormEvent } from 'react'
import { RadioGroup } from 'radix-ui'
import { LIMITS, ROLES, ROLE_LABELS, isRole } from '@shared/constants'
import type { Profile, Role } from '@shared/domain'
import { toApiError } from '../api/errors'
import { Modal } from '../ui/Modal'
import { ROLE_DESCRIPTIONS } from './roles'

/**
 * "Who is reviewing?": name and role. On first start it cannot be dismissed, because every
 * change Galley records needs an author.
 */
export function ProfileDialog({
  initial,
  firstStart,
  onSave,
  onClose,
}: {
  initial: Profile | null
  firstStart: boolean
  onSave: (profile: Profile) => Promise<unknown>
  onClose: () => void
}) {
  const [name, setName] = useState(initial?.name ?? '')
  const [role, setRole] = useState<Role | null>(initial?.role ?? null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const roleLabelId = useId()
  const baseId = useId()
  const ready = name.trim() !== '' && role !== null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready || busy) return
    setBusy(true)
    setError(null)
    try {
      await onSave({ name: name.trim(), role })
      onClose()
    } catch (err) {
      setError(toApiError(err).message)
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="Who is reviewing?"
      description={
        firstStart
          ? 'Galley records your name and role with every revision and every review decision.'
          : 'Changes you make from now on are recorded under this name and role.'
      }
      dismissible={!firstStart}
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Your name</span>
          <input
            className="input"
            value={name}
            maxLength={LIMITS.profileNameChars}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            autoFocus
            required
          />
        </label>
        <div className="field">
          <span className="field-label" id={roleLabelId}>
            Role
          </span>
          <RadioGroup.Root
            className="role-options"
            aria-labelledby={roleLabelId}
            value={role ?? ''}
            onValueChange={(v) => isRole(v) && setRole(v)}
          >
            {ROLES.map((r) => (
              <label key={r} className="role-option" htmlFor={`${baseId}-${r}`}>
                <RadioGroup.Item
                  id={`${baseId}-${r}`}
                  value={r}
                  className="radio"
                  aria-label={ROLE_LABELS[r]}
                  aria-describedby={`${baseId}-${r}-desc`}
                >
                  <RadioGroup.Indicator className="radio-dot" />
                </RadioGroup.Item>
                <span className="role-text">
                  <span className="role-name">{ROLE_LABELS[r]}</span>
                  <span className="role-desc" id={`${baseId}-${r}-desc`}>
                    {ROLE_DESCRIPTIONS[r]}
                  </span>
                </span>
              </label>
            ))}
          </RadioGroup.Root>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          {ready ? null : (
            // Says why the button does nothing yet, rather than leave it silently greyed.
            <p className="modal-hint" id={`${baseId}-missing`}>
              {name.trim() === '' && role === null
                ? 'Type your name and choose a role.'
                : name.trim() === ''
                  ? 'Type your name.'
                  : 'Choose a role.'}
            </p>
          )}
          {firstStart ? null : (
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          )}
          <button
            type="submit"
            className="button button-primary"
            disabled={!ready || busy}
            aria-describedby={ready ? undefined : `${baseId}-missing`}
          >
            {firstStart ? 'Start reviewing' : 'Save profile'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
