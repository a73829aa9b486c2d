import { useEffect, useState, type FormEvent } from 'react'
import type { ChannelOutput } from '@shared/contract'
import { ROLES, ROLE_LABELS, type Role } from '@shared/constants'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'

type Identity = ChannelOutput<'team:identity'>
type Member = NonNullable<Identity['roster']>[number]

/** A key as people compare it aloud: its first 12 characters, in groups of four. */
export function shortKey(key: string): string {
  return (key.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ')
}

/**
 * The team roster: who may sign as what, by key. Everyone sees it and their own key (to send
 * to the roster admin); a roster admin adds, changes and removes members. Each change is signed
 * with the admin's key and goes to the team with the next sync.
 */
export function RosterPanel({ onBack }: { readonly onBack: () => void }) {
  const api = useApi()
  const [identity, setIdentity] = useState<Identity | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [copied, setCopied] = useState(false)
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('fact-checker')
  const [key, setKey] = useState('')
  const [admin, setAdmin] = useState(false)

  useEffect(() => {
    call(api, 'team:identity', {}).then(setIdentity, (e: unknown) =>
      setError(toApiError(e).message),
    )
  }, [api])

  const change = async (work: () => Promise<{ roster: Member[] }>) => {
    setBusy(true)
    setError(null)
    try {
      const { roster } = await work()
      setIdentity((i) => (i ? { ...i, roster } : i))
      return true
    } catch (e) {
      setError(toApiError(e).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  const save = (e: FormEvent) => {
    e.preventDefault()
    void change(() =>
      call(api, 'team:setMember', { name: name.trim(), role, publicKey: key.trim(), admin }),
    ).then((ok) => {
      if (ok) {
        setName('')
        setKey('')
        setAdmin(false)
      }
    })
  }
  const edit = (m: Member) => {
    setName(m.name)
    setRole(m.role)
    setKey(m.publicKey)
    setAdmin(m.admin)
  }

  if (!identity) {
    return (
      <div className="team-dialog">
        {error ? (
          <p className="form-error">{error}</p>
        ) : (
          <p className="muted">Reading the roster…</p>
        )}
      </div>
    )
  }
  const mine = identity.publicKey
  const members = identity.roster ?? []
  return (
    <div className="team-dialog roster">
      {mine ? (
        <div className="roster-key">
          <span className="field-label">Your signing key</span>
          <p className="team-done">
            Send it to your roster admin: only sign-offs by a key the roster lists as Legal count in
            this library.
          </p>
          <div className="roster-key-row">
            <code className="team-remote" aria-label="Your signing key">
              {mine}
            </code>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void navigator.clipboard.writeText(mine).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      ) : null}
      {identity.rosterProblem ? <p className="form-error">{identity.rosterProblem}</p> : null}
      {identity.roster === null && !identity.rosterProblem ? (
        <p className="team-done">
          This library has no team roster: share it first, and you become its admin.
        </p>
      ) : null}
      {members.length > 0 ? (
        <table className="roster-table">
          <caption className="visually-hidden">Team roster</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Key</th>
              {identity.admin ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.publicKey}>
                <td>
                  {m.name}
                  {m.publicKey === mine ? <span className="muted"> (you)</span> : null}
                  {m.admin ? <span className="badge roster-admin">Admin</span> : null}
                </td>
                <td>{ROLE_LABELS[m.role]}</td>
                <td>
                  <code title={m.publicKey}>{shortKey(m.publicKey)}</code>
                </td>
                {identity.admin ? (
                  <td className="roster-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Change ${m.name}`}
                      onClick={() => edit(m)}
                    >
                      Change
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove ${m.name}`}
                      disabled={busy}
                      onClick={() =>
                        void change(() =>
                          call(api, 'team:removeMember', { publicKey: m.publicKey }),
                        )
                      }
                    >
                      Remove
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {identity.admin ? (
        <form className="form roster-form" onSubmit={save} aria-label="Add or change a member">
          <span className="field-label">Add or change a member</span>
          <div className="roster-form-row">
            <label className="field">
              <span className="field-label">Name</span>
              <input
                className="input"
                value={name}
                required
                maxLength={120}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field-label">Role</span>
              <select
                className="select"
                value={role}
                onChange={(e) => setRole(e.target.value as Role)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="field">
            <span className="field-label">Their signing key</span>
            <input
              className="input roster-key-input"
              value={key}
              required
              spellCheck={false}
              placeholder="44 characters, from their Team roster view"
              onChange={(e) => setKey(e.target.value)}
            />
          </label>
          <label className="roster-check">
            <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
            May change the roster (admin)
          </label>
          {error ? <p className="form-error">{error}</p> : null}
          <div className="modal-actions">
            <button type="button" className="button" onClick={onBack}>
              Back
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={busy || !name.trim() || !key.trim()}
            >
              {busy ? 'Saving…' : 'Save member'}
            </button>
          </div>
        </form>
      ) : (
        <>
          {identity.roster ? (
            <p className="team-done">Only a roster admin can change the roster.</p>
          ) : null}
          {error ? <p className="form-error">{error}</p> : null}
          <div className="modal-actions">
            <button type="button" className="button" onClick={onBack}>
              Back
            </button>
          </div>
        </>
      )}
    </div>
  )
}
