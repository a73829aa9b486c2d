import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
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
 * `initial`, asked once on mount, may give the first key's value at once (an answer that came
 * before the first render); then nothing is loaded until a new key or a reload.
 */
export function useQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  initial?: () => { readonly value: T } | undefined,
): Query<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(() => {
    const got = key === null ? undefined : initial?.()
    return got && key !== null ? { key, round: 0, ok: true, value: got.value } : null
  })
  const [round, setRound] = useState(0)
  const run = useEffectEvent(load)
  const answered = useRef(settled !== null)

  useEffect(() => {
    if (key === null) return
    if (answered.current) {
      answered.current = false
      return
    }
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
