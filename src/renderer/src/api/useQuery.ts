import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { toApiError, type ApiError } from './errors'

export type QueryResult<T> =
  | { readonly status: 'loading'; readonly value: undefined; readonly error: undefined }
  | { readonly status: 'ok'; readonly value: T; readonly error: undefined }
  | { readonly status: 'error'; readonly value: undefined; readonly error: ApiError }

export type Query<T> = QueryResult<T> & {
  /** Loads again; the last value stays shown meanwhile. */
  readonly reload: () => void
  /** True while a reload of the same key is under way. */
  readonly refreshing: boolean
}

type Settled<T> =
  | { readonly key: string; readonly round: number; readonly ok: true; readonly value: T }
  | { readonly key: string; readonly round: number; readonly ok: false; readonly error: ApiError }

const LOADING = { status: 'loading', value: undefined, error: undefined } as const

/**
 * Loads `load()` for `key` (null: nothing to load). A new key shows loading; a reload of the
 * same key keeps the last value until the new one arrives, so event-driven reloads never flicker.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): Query<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null)
  const [round, setRound] = useState(0)
  const run = useEffectEvent(load)

  useEffect(() => {
    if (key === null) return
    let live = true
    run().then(
      (value) => {
        if (live) setSettled({ key, round, ok: true, value })
      },
      (e: unknown) => {
        if (live) setSettled({ key, round, ok: false, error: toApiError(e) })
      },
    )
    return () => {
      live = false
    }
  }, [key, round])

  const reload = useCallback(() => setRound((r) => r + 1), [])
  const current = settled && settled.key === key ? settled : null
  const refreshing = current !== null && current.round !== round
  if (!current) return { ...LOADING, reload, refreshing: false }
  if (current.ok)
    return { status: 'ok', value: current.value, error: undefined, reload, refreshing }
  return { status: 'error', value: undefined, error: current.error, reload, refreshing }
}
