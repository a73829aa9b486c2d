import { useId, useRef, useState, type FormEvent } from 'react'
import { FileText, Paperclip, Plus, Trash2 } from 'lucide-react'
import type { ClaimSource } from '@shared/claims/domain'
import { SOURCE_FILE_BYTES } from '@shared/constants'
import type { Attachment } from '@shared/domain'
import { readAsBase64 } from '../import/fileData'
import { fileSize } from '../ui/format'
import type { NewSource } from './useClaimActions'

/** A claim's sources. A URL is shown as text: never a link, never fetched. */
export function SourceList({
  sources,
  attachments,
  readOnly,
  onRemove,
}: {
  sources: readonly ClaimSource[]
  attachments: readonly Attachment[]
  readOnly: boolean
  onRemove: (sourceId: string) => void
}) {
  if (sources.length === 0) return <p className="claim-empty">No sources yet.</p>
  return (
    <ul className="claim-sources" aria-label="Sources">
      {sources.map((s) => {
        const file = s.attachmentId ? attachments.find((a) => a.id === s.attachmentId) : undefined
        return (
          <li key={s.id} className="claim-source">
            <div className="claim-source-main">
              <span className="claim-source-citation">{s.citation}</span>
              {s.url ? (
                <span className="claim-source-url" title="Kept as text; Galley never opens it">
                  {s.url}
                </span>
              ) : null}
              {s.accessed ? <span className="claim-meta">Accessed {s.accessed}</span> : null}
              {s.note ? <span className="claim-source-note">{s.note}</span> : null}
              {s.attachmentId ? (
                <span className="claim-source-file">
                  <FileText aria-hidden="true" size={13} />
                  {file ? `${file.name} (${fileSize(file.bytes)})` : 'Attached file'}
                </span>
              ) : null}
            </div>
            {readOnly ? null : (
              <button
                type="button"
                className="icon-button claim-icon-button"
                aria-label={`Remove source ${s.citation}`}
                onClick={() => onRemove(s.id)}
              >
                <Trash2 aria-hidden="true" size={15} />
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The add-source form: citation (required), URL as text, accessed date, note, a local file. */
export function SourceForm({
  onAdd,
  onCancel,
}: {
  onAdd: (source: NewSource) => Promise<boolean>
  onCancel: () => void
}) {
  const id = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [citation, setCitation] = useState('')
  const [url, setUrl] = useState('')
  const [accessed, setAccessed] = useState(today)
  const [note, setNote] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!citation.trim()) return setError('A citation is required.')
    if (file && file.size > SOURCE_FILE_BYTES) {
      return setError(`"${file.name}" is larger than 25 MB; attach a smaller file or cite it.`)
    }
    setBusy(true)
    setError(null)
    try {
      let data: string | null = null
      if (file) {
        try {
          data = await readAsBase64(file)
        } catch {
          return setError(`"${file.name}" could not be read.`)
        }
      }
      const ok = await onAdd({
        citation: citation.trim(),
        ...(url.trim() ? { url: url.trim() } : {}),
        ...(accessed ? { accessed } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(file && data !== null ? { file: { fileName: file.name, dataBase64: data } } : {}),
      })
      if (ok) onCancel()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="claim-form" aria-label="Add a source" onSubmit={(e) => void submit(e)}>
      <label className="claim-field" htmlFor={`${id}-citation`}>
        <span>Citation</span>
        <input
          id={`${id}-citation`}
          className="input"
          value={citation}
          onChange={(e) => setCitation(e.target.value)}
          placeholder="Author, title, publisher, year"
          required
        />
      </label>
      <label className="claim-field" htmlFor={`${id}-url`}>
        <span>
          URL <span className="field-optional">(kept as text)</span>
        </span>
        <input
          id={`${id}-url`}
          className="input"
          type="text"
          inputMode="url"
          spellCheck={false}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label className="claim-field" htmlFor={`${id}-accessed`}>
        <span>Accessed</span>
        <input
          id={`${id}-accessed`}
          className="input"
          type="date"
          value={accessed}
          onChange={(e) => setAccessed(e.target.value)}
        />
      </label>
      <label className="claim-field" htmlFor={`${id}-note`}>
        <span>
          Note <span className="field-optional">(optional)</span>
        </span>
        <textarea
          id={`${id}-note`}
          className="textarea"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="claim-file-row">
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          className="visually-hidden"
          aria-label="Source file"
          tabIndex={-1}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button
          type="button"
          className="button button-small"
          onClick={() => fileRef.current?.click()}
        >
          <Paperclip aria-hidden="true" size={14} />
          {file ? 'Change file…' : 'Attach a file…'}
        </button>
        <span className="claim-meta">
          {file ? `${file.name} (${fileSize(file.size)})` : 'Up to 25 MB, copied into the library'}
        </span>
      </div>
      {error ? (
        <p className="claim-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="claim-form-actions">
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          <Plus aria-hidden="true" size={14} />
          {busy ? 'Adding…' : 'Add source'}
        </button>
      </div>
    </form>
  )
}
