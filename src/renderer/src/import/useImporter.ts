import { useCallback, useRef, useState } from 'react'
import type { EventPayload } from '@shared/contract'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useGalleyEvent } from '../api/useEvent'
import { useNotices } from '../app/notices'
import { importPortableFile, isPortableFile } from '../export/portable'
import type { PortableChoice, PortableQuestion } from '../export/PortableChoice'
import { newImportId, readAsBase64, tooLarge } from './fileData'

type Stage = EventPayload<'import:progress'>['stage'] | 'uploading'

export interface ImportProgress {
  readonly importId: string
  readonly fileName: string
  readonly stage: Stage
  readonly fraction: number
}

export interface ImportTarget {
  /** Import as a new revision of this draft; otherwise as a new draft. */
  readonly draftId?: string
  readonly draftTitle?: string
}

export interface Importer {
  /** The import under way, once it has taken more than a moment; else null. */
  readonly progress: ImportProgress | null
  readonly importFiles: (files: readonly File[], target?: ImportTarget) => Promise<void>
  /** A returning portable file waiting for "merge or copy?" (shown by PortableChoiceDialog). */
  readonly question: PortableQuestion | null
}

/** How long an import runs before its progress is shown. */
const SHOW_AFTER_MS = 400

/**
 * Imports files through `import:file`, one at a time: progress from `import:progress`, a
 * refusal shown in the host's own words, the imported draft passed to `onImported`.
 */
export function useImporter(onImported: (draftId: string) => void): Importer {
  const api = useApi()
  const { push } = useNotices()
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const running = useRef<{ id: string; visible: boolean } | null>(null)
  const [question, setQuestion] = useState<PortableQuestion | null>(null)

  useGalleyEvent('import:progress', (p) => {
    const run = running.current
    if (!run || run.id !== p.importId || !run.visible) return
    setProgress({
      importId: p.importId,
      fileName: p.fileName,
      stage: p.stage,
      fraction: p.fraction,
    })
  })

  const importOne = useCallback(
    async (file: File, target: ImportTarget) => {
      const refusal = tooLarge(file)
      if (refusal) {
        push({ tone: 'error', title: `“${file.name}” was not imported`, message: refusal })
        return
      }
      const importId = newImportId()
      const run = { id: importId, visible: false }
      running.current = run
      const timer = setTimeout(() => {
        run.visible = true
        if (running.current === run)
          setProgress({ importId, fileName: file.name, stage: 'uploading', fraction: 0.05 })
      }, SHOW_AFTER_MS)
      try {
        const dataBase64 = await readAsBase64(file)
        if (isPortableFile(file.name) && !target.draftId) {
          // The same draft already here (sent out and come back): merge it or keep a copy.
          const { existing } = await call(api, 'import:inspectPortable', {
            fileName: file.name,
            dataBase64,
          })
          let mergeInto: string | undefined
          if (existing) {
            clearTimeout(timer)
            setProgress(null)
            const choice = await new Promise<PortableChoice>((resolve) =>
              setQuestion({
                fileName: file.name,
                existingTitle: existing.title,
                answer: (c) => {
                  setQuestion(null)
                  resolve(c)
                },
              }),
            )
            if (choice === 'cancel') return
            if (choice === 'merge') mergeInto = existing.draftId
          }
          const { draftId, ...notice } = await importPortableFile(
            api,
            file.name,
            dataBase64,
            mergeInto,
          )
          push(notice)
          onImported(draftId)
          return
        }
        const out = await call(api, 'import:file', {
          fileName: file.name,
          dataBase64,
          importId,
          ...(target.draftId ? { draftId: target.draftId } : {}),
        })
        const asRevision = target.draftId !== undefined
        // Comments and pending tracked changes are said first: they need the editor's review.
        const summary = out.summary ?? []
        const details = [...summary, ...out.warnings]
        const revisions =
          out.before !== undefined
            ? `revisions ${out.before} and ${out.revision.number}`
            : `revision ${out.revision.number}`
        push({
          tone: out.warnings.length > 0 || out.before !== undefined ? 'warning' : 'success',
          title: asRevision
            ? `Imported “${file.name}” as ${revisions} of “${out.draft.title}”`
            : `Imported “${file.name}” as a new draft`,
          ...(details.length > 0
            ? {
                message:
                  summary.length > 0
                    ? 'What came in with the text:'
                    : 'Some things did not come across:',
                details,
              }
            : {}),
        })
        onImported(out.draft.id)
      } catch (e) {
        push({
          tone: 'error',
          title: `“${file.name}” was not imported`,
          message: toApiError(e).message,
        })
      } finally {
        clearTimeout(timer)
        if (running.current === run) running.current = null
        setProgress(null)
      }
    },
    [api, push, onImported],
  )

  const importFiles = useCallback(
    async (files: readonly File[], target: ImportTarget = {}) => {
      for (const file of files) await importOne(file, target)
    },
    [importOne],
  )

  return { progress, importFiles, question }
}
