import { useCallback, useSyncExternalStore } from 'react'
import type { ExportedFileOut } from '@shared/channels/export'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'
import { base64Bytes, downloadFile } from './download'

/** The export being made, if any; `slow` once it has taken more than a second. */
export interface ExportState {
  readonly label: string
  readonly slow: boolean
}

// One export at a time for the whole window: the draft's Export menu, File › Export and the
// compare view's redline button show the same progress.
let state: ExportState | null = null
const listeners = new Set<() => void>()
const setState = (next: ExportState | null) => {
  state = next
  for (const l of listeners) l()
}
const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** The export in progress (null when none), for buttons and status lines. */
export function useExportState(): ExportState | null {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => null,
  )
}

/** How long an export runs before its progress is shown. */
export const SLOW_EXPORT_MS = 1_000

/**
 * Makes a file with `make` (one export channel) and saves it as a download, saying so in a
 * notice; an export that takes more than a second shows "Making …" where it was asked for.
 */
export function useExport(): (
  label: string,
  make: () => Promise<ExportedFileOut>,
) => Promise<void> {
  const { push } = useNotices()
  return useCallback(
    async (label, make) => {
      if (state) {
        push({ tone: 'warning', title: `Wait for ${state.label} to finish`, kind: 'export' })
        return
      }
      setState({ label, slow: false })
      const timer = setTimeout(() => {
        if (state?.label === label) setState({ label, slow: true })
      }, SLOW_EXPORT_MS)
      try {
        const file = await make()
        downloadFile(file.fileName, base64Bytes(file.dataBase64), file.mediaType)
        push({ tone: 'success', title: `Saved ${file.fileName}`, kind: 'export' })
      } catch (e) {
        push({ tone: 'error', title: `The ${label} was not made`, message: toApiError(e).message })
      } finally {
        clearTimeout(timer)
        setState(null)
      }
    },
    [push],
  )
}
