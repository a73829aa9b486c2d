import type { ChannelName, Handlers } from '@shared/contract'
import type { Profile } from '@shared/domain'
import { decodeBase64 } from '../base64'
import { importPortable } from '../export/portable'
import type { HandlerContext } from '../handlers'
import { convertOffThread } from './conversion'
import { createDraft, draftDetail } from '../drafts/service'
import { saveRevision } from '../revisions/service'

type ImportChannel = Extract<ChannelName, `import:${string}`>

export interface ImportRequest {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly draftId?: string | undefined
  readonly message?: string | undefined
  readonly importId?: string | undefined
}

/** Converts a file and stores it as a new draft or as a new revision of `draftId`. */
export async function importBytes(ctx: HandlerContext, req: ImportRequest, author: Profile) {
  const { library, emit } = ctx
  const progress = (
    stage: 'reading' | 'converting' | 'saving' | 'done' | 'failed',
    fraction: number,
  ) => {
    if (req.importId)
      emit('import:progress', { importId: req.importId, fileName: req.fileName, stage, fraction })
  }
  try {
    if (req.draftId) draftDetail(library, req.draftId) // not-found before any work
    progress('converting', 0.3)
    // Off the event loop, within a time budget: a hostile file never stalls other windows.
    const converted = await convertOffThread(req.fileName, req.bytes)
    progress('saving', 0.8)
    // The importer's cleaned name: no folders, control or direction characters (hostile imports).
    const origin = { kind: 'imported' as const, fileName: converted.fileName }
    let draftId: string
    if (req.draftId) {
      const base = draftDetail(library, req.draftId).draft.currentRevisionId
      const message = req.message || `Imported new version from ${converted.fileName}`
      await saveRevision(library, req.draftId, base, converted.body, message, author, origin)
      draftId = req.draftId
    } else {
      const message = req.message || `Imported from ${converted.fileName}`
      draftId = (
        await createDraft(
          library,
          { title: converted.title, body: converted.body },
          author,
          origin,
          {
            message,
          },
        )
      ).id
    }
    const detail = draftDetail(library, draftId)
    const revision = detail.revisions[detail.revisions.length - 1]
    if (!revision) throw new Error('import stored no revision')
    progress('done', 1)
    return { draft: detail.draft, revision, warnings: [...converted.warnings] }
  } catch (e) {
    progress('failed', 1)
    throw e
  }
}

/** Article files (a new draft or a new revision) and portable draft files coming in. */
export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannel> {
  return {
    'import:file': async ({ fileName, dataBase64, draftId, message, importId }, author) =>
      importBytes(
        ctx,
        { fileName, bytes: decodeBase64(dataBase64), draftId, message, importId },
        author,
      ),
    'import:portable': async ({ fileName, dataBase64 }, author) =>
      importPortable(ctx.library, author, fileName, decodeBase64(dataBase64)),
  }
}
