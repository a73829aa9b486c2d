import { useCallback, useRef, type ReactElement } from 'react'
import { IMPORT_ACCEPT } from './fileData'

/**
 * A hidden file input and a function that opens it; a pick goes to the handler given to
 * `pick` (so one input serves "Import" and "Import new version…"), else to `fallback`.
 */
export function useFilePicker(fallback: (files: File[]) => void): {
  readonly input: ReactElement
  readonly pick: (onFiles: (files: File[]) => void, multiple?: boolean) => void
} {
  const ref = useRef<HTMLInputElement>(null)
  const handler = useRef<((files: File[]) => void) | null>(null)
  const pick = useCallback((onFiles: (files: File[]) => void, multiple = true) => {
    const el = ref.current
    if (!el) return
    handler.current = onFiles
    el.multiple = multiple
    el.value = ''
    el.click()
  }, [])
  const input = (
    <input
      ref={ref}
      type="file"
      accept={IMPORT_ACCEPT}
      hidden
      aria-label="File to import"
      data-testid="import-input"
      onChange={(e) => {
        const files = Array.from(e.target.files ?? [])
        const onFiles = handler.current ?? fallback
        handler.current = null
        if (files.length > 0) onFiles(files)
      }}
    />
  )
  return { input, pick }
}
