import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { SyncResultView, SyncStatusView } from '@shared/channels/team'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { Modal } from '../ui/Modal'
import { RemoteAddress, TextWithAddresses } from './RemoteAddress'
import { RosterPanel } from './RosterPanel'
import { syncLabel } from './SyncIndicator'

type Mode = 'status' | 'share' | 'open' | 'roster' | 'token'

/** What a sync decided that people must settle, as lines (the draft's title, then what). */
function decided(result: SyncResultView): string[] {
  return [
    ...result.merged.flatMap((m) =>
      [...m.disputes, ...m.divergent, ...m.notes].map((l) => `${m.title} — ${l}`),
    ),
    ...result.quarantined.map((q) => `Not applied (quarantined): ${q}`),
  ]
}

/**
 * The team dialog: the sync state with Sync now; Share library… (push this library to an empty
 * Git repository); Open shared library… (copy one into a new folder); Access token… (another
 * token for the shared library, say when the system keychain can no longer open the saved one).
 */
/** The access token's field: a password input the browser does not fill in. */
function TokenField({
  value,
  onChange,
  autoFocus = false,
}: {
  value: string
  onChange: (token: string) => void
  autoFocus?: boolean
}) {
  return (
    <label className="field">
      <span className="field-label">Access token</span>
      <input
        className="input"
        type="password"
        value={value}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        autoFocus={autoFocus}
      />
    </label>
  )
}

export function TeamDialog({
  status,
  syncing,
  canAct,
  onSync,
  onChanged,
  onClose,
}: {
  status: SyncStatusView
  syncing: boolean
  canAct: boolean
  onSync: () => Promise<SyncResultView>
  onChanged: (s: SyncStatusView) => void
  onClose: () => void
}) {
  const api = useApi()
  const shared = status.state !== 'not-shared'
  const [mode, setMode] = useState<Mode>('status')
  const [url, setUrl] = useState('')
  const [token, setToken] = useState('')
  const [folder, setFolder] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string[] | null>(null)
  /** The folder of a shared library just copied here, offered to open in this one's place. */
  const [copied, setCopied] = useState<string | null>(null)
  const { text, detail } = syncLabel(status)
  // Back from the Access token… form (or after it saved), the focus returns to its link.
  const tokenLink = useRef<HTMLButtonElement>(null)
  const lastMode = useRef<Mode>(mode)
  useEffect(() => {
    if (mode === 'status' && lastMode.current === 'token') tokenLink.current?.focus()
    lastMode.current = mode
  }, [mode])

  const run = async (work: () => Promise<string[]>) => {
    setBusy(true)
    setError(null)
    try {
      setDone(await work())
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  const share = (e: FormEvent) => {
    e.preventDefault()
    void run(async () => {
      const result = await call(api, 'team:share', { url, token: token || undefined })
      onChanged(result.status)
      setMode('status')
      return [
        'The library is shared. Teammates open it with Open shared library… and the same address.',
      ]
    })
  }
  const openShared = (e: FormEvent) => {
    e.preventDefault()
    void run(async () => {
      const r = await call(api, 'team:openShared', { url, token: token || undefined, folder })
      setCopied(r.folder)
      return [
        `The shared library is copied to ${r.folder}. Open it now to work on it here; this library stays as it is on disk.`,
      ]
    })
  }
  const saveToken = (e: FormEvent) => {
    e.preventDefault()
    void run(async () => {
      // An empty token is refused by main with a sentence; the saved one stays as it is.
      onChanged(await call(api, 'team:setToken', { token }))
      setToken('')
      setMode('status')
      // The new token is tried at once: a refused one says so here.
      return decided(await onSync())
    })
  }
  const openCopy = () => {
    if (!copied) return
    void run(async () => {
      await call(api, 'app:openLibrary', { folder: copied })
      // Every view reads the new library from the start.
      window.location.reload()
      return [`Opening ${copied}…`]
    })
  }
  const openSharedButton = (
    <button
      type="button"
      className="button"
      onClick={() => {
        setCopied(null)
        setMode('open')
      }}
    >
      Open shared library…
    </button>
  )
  const title =
    mode === 'share'
      ? 'Share library'
      : mode === 'open'
        ? 'Open shared library'
        : mode === 'roster'
          ? 'Team roster'
          : mode === 'token'
            ? 'Access token'
            : 'Team sync'

  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={title}>
      {mode === 'roster' ? (
        <RosterPanel onBack={() => setMode('status')} />
      ) : mode === 'status' ? (
        <div className="team-dialog">
          <p className={`team-state sync-${status.state}`}>
            <strong>{syncing ? 'Syncing…' : text}</strong>
            {/* A refused sync's sentence shows once, in the error below. */}
            {error === detail ? null : (
              <span>
                <TextWithAddresses text={detail} />
              </span>
            )}
          </p>
          {shared && status.remote ? (
            <div className="team-shared">
              <div className="team-shared-head">
                <span className="team-shared-label">Shared through</span>
                <button
                  ref={tokenLink}
                  type="button"
                  className="link-button"
                  disabled={!canAct}
                  onClick={() => {
                    setToken('')
                    setError(null)
                    setMode('token')
                  }}
                >
                  Access token…
                </button>
              </div>
              <p className="team-shared-address">
                <RemoteAddress url={status.remote} />
              </p>
            </div>
          ) : null}
          {error ? (
            <p className="form-error" role="alert">
              <TextWithAddresses text={error} />
            </p>
          ) : null}
          {done && done.length > 0 ? (
            <ul className="team-decided">
              {done.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
          <div className="modal-actions">
            {!shared ? (
              <>
                {openSharedButton}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={!canAct}
                  onClick={() => setMode('share')}
                >
                  Share library…
                </button>
              </>
            ) : (
              <>
                <button type="button" className="button" onClick={() => setMode('roster')}>
                  Team roster…
                </button>
                {openSharedButton}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || syncing || !canAct}
                  onClick={() => void run(async () => decided(await onSync()))}
                >
                  Sync now
                </button>
              </>
            )}
          </div>
        </div>
      ) : mode === 'token' ? (
        <form className="form" onSubmit={saveToken}>
          <p className="modal-description">
            The token Galley sends to{' '}
            {status.remote ? <RemoteAddress url={status.remote} /> : 'the shared repository'}. The
            desktop app keeps it sealed by the system keychain. Enter it again when it changed or
            the keychain can no longer unlock it.
          </p>
          <TokenField value={token} onChange={setToken} autoFocus />
          {error ? (
            <p className="form-error" role="alert">
              <TextWithAddresses text={error} />
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="button" onClick={() => setMode('status')}>
              Back
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Working…' : 'Save and sync'}
            </button>
          </div>
        </form>
      ) : (
        <form className="form" onSubmit={mode === 'share' ? share : openShared}>
          <p className="modal-description">
            {mode === 'share'
              ? 'Pushes this library to an empty Git repository (GitLab, Gitea, GitHub…). You become the team roster’s admin.'
              : 'Copies a shared library into a new, empty folder on this computer.'}
          </p>
          <label className="field">
            <span className="field-label">Repository address</span>
            <input
              className="input"
              value={url}
              placeholder="https://git.example.org/newsroom/library.git"
              onChange={(e) => setUrl(e.target.value)}
              autoFocus
              required
            />
          </label>
          <TokenField value={token} onChange={setToken} />
          {mode === 'open' ? (
            <label className="field">
              <span className="field-label">New folder for the library</span>
              <input
                className="input"
                value={folder}
                placeholder="/home/you/Galley/team-library"
                onChange={(e) => setFolder(e.target.value)}
                required
              />
            </label>
          ) : null}
          {error ? (
            <p className="form-error">
              <TextWithAddresses text={error} />
            </p>
          ) : null}
          {done && done.length > 0 ? <p className="team-done">{done[0]}</p> : null}
          {mode === 'open' && copied ? (
            <div className="modal-actions">
              <button type="button" className="button" onClick={onClose}>
                Not now
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={openCopy}
                autoFocus
              >
                {busy ? 'Opening…' : 'Open it now'}
              </button>
            </div>
          ) : (
            <div className="modal-actions">
              <button type="button" className="button" onClick={() => setMode('status')}>
                Back
              </button>
              <button
                type="submit"
                className="button button-primary"
                disabled={busy || !url.trim() || (mode === 'open' && !folder.trim())}
              >
                {busy ? 'Working…' : mode === 'share' ? 'Share' : 'Open'}
              </button>
            </div>
          )}
        </form>
      )}
    </Modal>
  )
}
