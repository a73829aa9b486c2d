import { useState, type FormEvent } from 'react'
import { Plus, Trash2, UsersRound } from 'lucide-react'
import type { PersonInput } from '@shared/channels/people'
import type { Person } from '@shared/domain'
import { namesakes } from '@shared/people/namesakes'
import { CONNECTION_KINDS } from '../quotes/labels'

type Connection = Person['connections'][number]

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/**
 * Add or edit one person of the register, with their other names and material connections.
 * A name another record already answers to is flagged at once, with that record to open or to
 * merge into: one person, one record.
 */
export function PersonForm({
  person,
  register,
  busy,
  readOnly,
  onSave,
  onOpen,
  onMerge,
  onDelete,
  onCancel,
}: {
  person: Partial<Person> & { name: string }
  /** Every record, to find the ones that name the same person. */
  register: readonly Person[]
  busy: boolean
  readOnly: boolean
  onSave: (person: PersonInput) => void
  /** Shows another record instead. */
  onOpen: (other: Person) => void
  /** Folds this record (or, for a new one, what the form holds) into `other`. */
  onMerge: (other: Person, form: PersonInput) => void
  onDelete: (() => void) | null
  onCancel: () => void
}) {
  const [name, setName] = useState(person.name)
  const [aliases, setAliases] = useState((person.aliases ?? []).join('\n'))
  const [title, setTitle] = useState(person.title ?? '')
  const [credentials, setCredentials] = useState((person.credentials ?? []).join('\n'))
  const [affiliations, setAffiliations] = useState((person.affiliations ?? []).join('\n'))
  const [contact, setContact] = useState(person.contact ?? '')
  const [connections, setConnections] = useState<Connection[]>(
    (person.connections ?? []).map((c) => ({ ...c })),
  )
  const [error, setError] = useState<string | null>(null)
  const heading = person.id ? `Edit ${person.name}` : 'New person'
  const same = namesakes(register, [name, ...lines(aliases)], person.id)
  // A new record may not repeat a person; an old duplicate may still be edited, or merged.
  const blocked = !person.id && same.length > 0

  const setConnection = (i: number, patch: Partial<Connection>) =>
    setConnections((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)))

  const read = (): PersonInput | null => {
    if (!name.trim()) {
      setError('A name is required.')
      return null
    }
    const blank = connections.findIndex((c) => !c.brand.trim())
    if (blank >= 0) {
      setError(`Connection ${blank + 1} needs a brand (or remove it).`)
      return null
    }
    setError(null)
    return {
      ...(person.id ? { id: person.id } : {}),
      name: name.trim(),
      aliases: lines(aliases),
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
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (blocked) return
    const input = read()
    if (input) onSave(input)
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
      {same.length > 0 ? (
        <div className="person-namesake" role="status">
          <UsersRound aria-hidden="true" size={16} />
          <div>
            {same.map((other) => (
              <div key={other.id} className="person-namesake-row">
                <p>
                  <b>{other.name}</b>
                  {other.title ? ` (${other.title})` : ''} is already in the register
                  {other.connections.length > 0
                    ? `, with ${other.connections.length} connection${other.connections.length === 1 ? '' : 's'}`
                    : ''}
                  . One person, one record:{' '}
                  {person.id
                    ? 'merge this record into it to keep every connection and quote in one place.'
                    : 'open it, or merge what you typed here into it.'}
                </p>
                <div className="legal-row">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onOpen(other)}
                  >
                    Open {other.name}
                  </button>
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="button button-small button-primary"
                      disabled={busy}
                      onClick={() => {
                        const input = read()
                        if (input) onMerge(other, input)
                      }}
                    >
                      Merge into {other.name}
                    </button>
                  )}
                </div>
              </div>
            ))}
          </div>
        </div>
      ) : null}
      <label className="field">
        <span className="field-label">
          Also known as <span className="field-optional">(one per line, e.g. “R. Achterberg”)</span>
        </span>
        <textarea
          className="input textarea"
          rows={1}
          value={aliases}
          readOnly={readOnly}
          onChange={(e) => setAliases(e.target.value)}
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
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || blocked}
            title={blocked ? 'This person is already in the register: open or merge' : undefined}
          >
            Save person
          </button>
        )}
      </div>
    </form>
  )
}
