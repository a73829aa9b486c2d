import { useCallback, useEffect, useState } from 'react'
import { CloudOff, Cloud, RefreshCw, AlertTriangle, Share2 } from 'lucide-react'
import type { SyncStatusView } from '@shared/channels/team'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { useGalleyEvent } from '../api/useEvent'
import { useQuery } from '../api/useQuery'
import { usePainted } from '../ui/afterPaint'
import { deferred } from '../ui/deferred'

/** How often the header asks for the sync state, and how often a shared library syncs. */
const STATUS_EVERY_MS = 30_000
const SYNC_EVERY_MS = 5 * 60_000

const dialog = deferred(() => import('./TeamDialog').then((m) => m.TeamDialog))
export const preloadTeamDialog = dialog.preload

function clock(iso: string | null): string {
  if (!iso) return 'never'
  const d = new Date(iso)
  const today = new Date().toDateString() === d.toDateString()
  return today
    ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString([], { day: 'numeric', month: 'short' })
}

/** What the chip says for a state: short, with the rest in its tooltip and dialog. */
export function syncLabel(s: SyncStatusView): { text: string; detail: string } {
  switch (s.state) {
    case 'not-shared':
      return {
        text: 'Not shared',
        detail:
          'This library is on this computer only. Share it through a Git server so your team can review it too.',
      }
    case 'synced':
      return { text: `Synced ${clock(s.lastSync)}`, detail: 'Up to date with the shared library' }
    case 'pending': {
      const parts = [
        s.toSend > 0 ? `${s.toSend} to send` : '',
        s.toReceive > 0 ? `${s.toReceive} to receive` : '',
      ].filter(Boolean)
      return { text: parts.join(' · '), detail: `Last sync ${clock(s.lastSync)}` }
    }
    case 'offline':
      return {
        text: `Offline · ${clock(s.lastSync)}`,
        detail: s.message ?? 'The shared library cannot be reached; changes wait here.',
      }
    case 'error':
      return { text: 'Sync stopped', detail: s.message ?? 'The last sync did not complete.' }
  }
}

/**
 * The header's sync chip: synced (and when), changes to send and receive, offline, or stopped.
 * Opens the team dialog (Sync now, Share library…, Open shared library…). A shared library
 * syncs every five minutes while the window is open; being offline is shown, never a dialog.
 */
export function SyncIndicator({ canAct }: { canAct: boolean }) {
  const api = useApi()
  // Asked once the window has painted: the host loads its Git code to answer, which would
  // take the machine from the library list's first paint (docs/storage.md).
  const painted = usePainted()
  const query = useQuery(painted ? 'team:status' : null, () => call(api, 'team:status', {}))
  const [fresh, setFresh] = useState<SyncStatusView | null>(null)
  const [open, setOpen] = useState(false)
  const [syncing, setSyncing] = useState(false)
  const { reload } = query
  // A sync's own answer shows at once; the next status query replaces it.
  const status = fresh ?? (query.status === 'ok' ? query.value : null)

  const syncNow = useCallback(async () => {
    setSyncing(true)
    try {
      const result = await call(api, 'team:sync', {})
      setFresh(result.status)
      return result
    } catch (e) {
      // A refused sync changed the state ("Sync stopped"): ask for it instead of showing the last.
      setFresh(null)
      reload()
      throw e
    } finally {
      setSyncing(false)
    }
  }, [api, reload])

  useEffect(() => {
    const id = setInterval(() => {
      setFresh(null)
      reload()
    }, STATUS_EVERY_MS)
    return () => clearInterval(id)
  }, [reload])

  // A change here is a change to send: ask again (a sync's own changes included).
  useGalleyEvent('library:changed', () => {
    setFresh(null)
    reload()
  })

  const shared = status !== null && status.state !== 'not-shared'
  useEffect(() => {
    if (!shared || !canAct) return
    const id = setInterval(() => void syncNow().catch(() => undefined), SYNC_EVERY_MS)
    return () => clearInterval(id)
  }, [shared, canAct, syncNow])

  if (!status) return <span />
  const { text, detail } = syncLabel(status)
  const Icon = syncing
    ? RefreshCw
    : status.state === 'offline'
      ? CloudOff
      : status.state === 'error'
        ? AlertTriangle
        : status.state === 'not-shared'
          ? Share2
          : Cloud
  return (
    <>
      <button
        type="button"
        className={`sync-chip sync-${status.state}`}
        title={detail}
        onClick={() => {
          setFresh(null)
          reload()
          setOpen(true)
        }}
      >
        <Icon aria-hidden="true" size={15} className={syncing ? 'spin' : undefined} />
        <span className="visually-hidden">Sync: </span>
        <span>{syncing ? 'Syncing…' : text}</span>
      </button>
      {open ? (
        <dialog.Component
          status={status}
          syncing={syncing}
          canAct={canAct}
          onSync={syncNow}
          onChanged={setFresh}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  )
}
