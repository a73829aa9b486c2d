import { useId, useState } from 'react'
import { LIMITS } from '@shared/constants'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'

/**
 * What the piece is about ("skincare"), which the credentials check compares each quoted
 * expert's field with; without it the check goes by the quotes' own words. Keyed by the saved
 * subject where it is used, so a change made elsewhere replaces what the field shows.
 */
export function SubjectField({
  draftId,
  subject,
  readOnly,
  onDone,
}: {
  draftId: string
  subject: string
  readOnly: boolean
  onDone: (message: string) => void
}) {
  const api = useApi()
  const id = useId()
  const [value, setValue] = useState(subject)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const changed = value.trim() !== subject

  return (
    <section className="legal-section" aria-label="Subject">
      <form
        className="legal-subject"
        onSubmit={(e) => {
          e.preventDefault()
          if (!changed || busy) return
          setBusy(true)
          setError(null)
          call(api, 'legal:setSubject', { draftId, subject: value })
            .then((r) => onDone(r.subject ? `Subject set to “${r.subject}”` : 'Subject cleared'))
            .catch((err: unknown) => setError(toApiError(err).message))
            .finally(() => setBusy(false))
        }}
      >
        <label className="field-label" htmlFor={`${id}-subject`}>
          Subject of the piece
        </label>
        <p className="legal-muted legal-small" id={`${id}-hint`}>
          What the article is about, e.g. “skincare”. Quoted experts are checked against it; left
          empty, the check goes by what the quotes say.
        </p>
        <div className="legal-subject-row">
          <input
            id={`${id}-subject`}
            className="input"
            value={value}
            maxLength={LIMITS.subjectChars}
            disabled={readOnly || busy}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setValue(e.target.value)}
          />
          <button
            type="submit"
            className="button button-small"
            disabled={readOnly || busy || !changed}
          >
            {busy ? 'Saving…' : 'Save subject'}
          </button>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  )
}
