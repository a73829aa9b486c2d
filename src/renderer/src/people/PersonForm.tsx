import { useState, type FormEvent } from 'react'
import { Plus, Trash2 } from 'lucide-react'
import type { PersonInput } from '@shared/channels/people'
import type { Person } from '@shared/domain'
import { CONNECTION_KINDS } from '../quotes/labels'

type Connection = Person['connections'][number]

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** Add or edit one person of the register, with their material connections. */
export function PersonForm({
  person,
  busy,
  readOnly,
  onSave,
  onDelete,
  onCancel,
}: {
  person: Partial<Person> & { name: string }
  busy: boolean
  readOnly: boolean
  onSave: (person: PersonInput) => void
  onDelete: (() => void) | null
  onCancel: () => void
}) {
  const [name, setName] = useState(person.name)
  const [title, setTitle] = useState(person.title ?? '')
  const [credentials, setCredentials] = useState((person.credentials ?? []).join('\n'))
  const [affiliations, setAffiliations] = useState((person.affiliations ?? []).join('\n'))
  const [contact, setContact] = useState(person.contact ?? '')
  const [connections, setConnections] = useState<Connection[]>(
    (person.connections ?? []).map((c) => ({ ...c })),
  )
  const [error, setError] = useState<string | null>(null)
  const heading = person.id ? `Edit ${person.name}` : 'New person'

  const setConnection = (i: number, patch: Partial<Connection>) =>
    setConnections((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!name.trim()) return setError('A name is required.')
    const blank = connections.findIndex((c) => !c.brand.trim())
    if (blank >= 0) return setError(`Connection ${blank + 1} needs a brand (or remove it).`)
    setError(null)
    onSave({
      ...(person.id ? { id: person.id } : {}),
      name: name.trim(),
      title: title.trim(),
      credentials: lines(credentials),
      affiliations: lines(affiliations),
      contact: contact.trim(),
      connections: connections.map((c) => ({
        brand: c.brand.trim(),
        kind: c.kind,
        since: c.since.trim(),
        source: c.source.trim(),
      })),
    })
  }

  return (
    <form className="form person-form" aria-label={heading} onSubmit={submit}>
      <h3 className="person-form-title">{heading}</h3>
      <label className="field">
        <span className="field-label">Name</span>
        <input
          className="input"
          value={name}
          maxLength={120}
          required
          readOnly={readOnly}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">Title</span>
        <input
          className="input"
          value={title}
          maxLength={300}
          readOnly={readOnly}
          placeholder="e.g. Board-certified dermatologist"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <div className="person-form-pair">
        <label className="field">
          <span className="field-label">
            Credentials <span className="field-optional">(one per line)</span>
          </span>
          <textarea
            className="input textarea"
            rows={3}
            value={credentials}
            readOnly={readOnly}
            onChange={(e) => setCredentials(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">
            Affiliations <span className="field-optional">(one per line)</span>
          </span>
          <textarea
            className="input textarea"
            rows={3}
            value={affiliations}
            readOnly={readOnly}
            onChange={(e) => setAffiliations(e.target.value)}
          />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Contact</span>
        <input
          className="input"
          value={contact}
          maxLength={300}
          readOnly={readOnly}
          onChange={(e) => setContact(e.target.value)}
        />
      </label>

      <fieldset className="connections">
        <legend className="field-label">Material connections</legend>
        {connections.length === 0 ? (
          <p className="quote-help">
            None recorded. Add a paid role, affiliate tie, investment, gifted product or family or
            business tie to a brand.
          </p>
        ) : (
          <ol className="connection-list">
            {connections.map((c, i) => (
              <li key={i} className="connection-row" aria-label={`Connection ${i + 1}`}>
                <label className="field">
                  <span className="field-label">Brand</span>
                  <input
                    className="input"
                    value={c.brand}
                    maxLength={120}
                    readOnly={readOnly}
                    onChange={(e) => setConnection(i, { brand: e.target.value })}
                  />
                </label>
                <label className="field">
                  <span className="field-label">Kind</span>
                  <select
                    className="select"
                    value={c.kind}
                    disabled={readOnly}
                    onChange={(e) =>
                      setConnection(i, { kind: e.target.value as Connection['kind'] })
                    }
                  >
                    {CONNECTION_KINDS.map((k) => (
                      <option key={k.value} value={k.value}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field-label">Since</span>
                  <input
                    className="input"
                    value={c.since}
                    maxLength={40}
                    readOnly={readOnly}
                    placeholder="2025-02"
                    onChange={(e) => setConnection(i, { since: e.target.value })}
                  />
                </label>
                <label className="field connection-source">
                  <span className="field-label">Source</span>
                  <input
                    className="input"
                    value={c.source}
                    maxLength={500}
                    readOnly={readOnly}
                    placeholder="Where this is documented"
                    onChange={(e) => setConnection(i, { source: e.target.value })}
                  />
                </label>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="icon-button connection-remove"
                    aria-label={`Remove connection ${i + 1}`}
                    onClick={() => setConnections((all) => all.filter((_, j) => j !== i))}
                  >
                    <Trash2 aria-hidden="true" size={15} />
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              setConnections((all) => [
                ...all,
                { brand: '', kind: 'ambassador', since: '', source: '' },
              ])
            }
          >
            <Plus aria-hidden="true" size={14} /> Add connection
          </button>
        )}
      </fieldset>

      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        {onDelete && !readOnly ? (
          <button type="button" className="button person-delete" disabled={busy} onClick={onDelete}>
            <Trash2 aria-hidden="true" size={14} /> Remove from register
          </button>
        ) : null}
        <button type="button" className="button" onClick={onCancel}>
          {readOnly ? 'Close' : 'Cancel'}
        </button>
        {readOnly ? null : (
          <button type="submit" className="button button-primary" disabled={busy}>
            Save person
          </button>
        )}
      </div>
    </form>
  )
}
