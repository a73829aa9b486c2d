import type { ChannelName, Handlers } from '@shared/contract'
import { LIMITS, type Profile, type Revision } from '@shared/domain'
import { decodeBase64 } from '../base64'
import { importPortable } from '../export/portable'
import { inspectPortable, mergePortable } from '../export/portable-merge'
import type { HandlerContext } from '../handlers'
import { convertOffThread } from './conversion'
import { createDraft, deleteDraftForever, draftDetail, trashDraft } from '../drafts/service'
import { currentRevision } from '../store/records'
import { addWordComments, changesSummary, commentSummary, listOf } from './word-annotations'
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
      emit('import:progress', {
        importId: req.importId,
        fileName: req.fileName,
        stage,
        fraction,
      })
  }
  try {
    if (req.draftId) draftDetail(library, req.draftId) // not-found before any work
    progress('converting', 0.3)
    // Off the event loop, within a time budget: a hostile file never stalls other windows.
    const converted = await convertOffThread(req.fileName, req.bytes)
    progress('saving', 0.8)
    // The importer's cleaned name: no folders, control or direction characters (hostile imports).
    const origin = { kind: 'imported' as const, fileName: converted.fileName }
    const review = converted.review
    // Pending tracked changes: the text before them, then the text after them as their authors'.
    const before = review?.before ?? null
    const changeAuthors = review?.changes?.authors ?? []
    const changedBy: Profile =
      changeAuthors.length > 0
        ? {
            ...author,
            name: listOf(changeAuthors).slice(0, LIMITS.profileNameChars),
          }
        : author
    const afterMessage = `Tracked changes in ${converted.fileName}${changeAuthors.length > 0 ? ` by ${listOf(changeAuthors)}` : ''}, as the text after them (pending review)`
    let draftId: string
    let created = false
    let beforeRev: Revision | null = null
    let afterRev: Revision
    if (req.draftId) {
      const base = draftDetail(library, req.draftId).draft.currentRevisionId
      const message = req.message || `Imported new version from ${converted.fileName}`
      if (before !== null) {
        beforeRev = await saveRevision(
          library,
          req.draftId,
          base,
          before,
          `${message}: the text before its tracked changes`,
          author,
          origin,
        )
        afterRev = await saveRevision(
          library,
          req.draftId,
          beforeRev.id,
          converted.body,
          afterMessage,
          changedBy,
          origin,
        )
      } else {
        afterRev = await saveRevision(
          library,
          req.draftId,
          base,
          converted.body,
          message,
          author,
          origin,
        )
      }
      draftId = req.draftId
    } else {
      const message = req.message || `Imported from ${converted.fileName}`
      draftId = (
        await createDraft(
          library,
          { title: converted.title, body: before ?? converted.body },
          author,
          origin,
          {
            message: before !== null ? `${message}: the text before its tracked changes` : message,
          },
        )
      ).id
      created = true
      try {
        const first = currentRevisionOf(library, draftId)
        if (before !== null) {
          beforeRev = first
          afterRev = await saveRevision(
            library,
            draftId,
            first.id,
            converted.body,
            afterMessage,
            changedBy,
            origin,
          )
        } else afterRev = first
      } catch (e) {
        await discard(library, draftId)
        throw e
      }
    }
    const summary: string[] = []
    if (review?.changes) {
      summary.push(
        changesSummary(
          review.changes,
          beforeRev ? { before: beforeRev.number, after: afterRev.number } : null,
        ),
      )
    }
    if (review && review.comments.length > 0) {
      try {
        const outcome = await addWordComments(
          library,
          draftId,
          review,
          { after: afterRev, before: beforeRev },
          converted.fileName,
          author,
        )
        summary.unshift(commentSummary(outcome))
      } catch (e) {
        if (created) await discard(library, draftId)
        throw e
      }
    }
    const detail = draftDetail(library, draftId)
    const revision = detail.revisions[detail.revisions.length - 1]
    if (!revision) throw new Error('import stored no revision')
    progress('done', 1)
    return {
      draft: detail.draft,
      revision,
      warnings: [...converted.warnings],
      summary,
      ...(beforeRev ? { before: beforeRev.number } : {}),
    }
  } catch (e) {
    progress('failed', 1)
    throw e
  }
}

function currentRevisionOf(library: HandlerContext['library'], draftId: string): Revision {
  return currentRevision(library.store.file(draftId))
}

/** Removes a draft an import created and could not finish: nothing half-written stays. */
async function discard(library: HandlerContext['library'], draftId: string): Promise<void> {
  await trashDraft(library, draftId).catch(() => undefined)
  await deleteDraftForever(library, draftId).catch(() => undefined)
}

/** Article files (a new draft or a new revision) and portable draft files coming in. */
export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannel> {
  return {
    'import:file': async ({ fileName, dataBase64, draftId, message, importId }, author) =>
      importBytes(
        ctx,
        {
          fileName,
          bytes: decodeBase64(dataBase64),
          draftId,
          message,
          importId,
        },
        author,
      ),
    'import:inspectPortable': ({ dataBase64 }) =>
      Promise.resolve(inspectPortable(ctx.library, decodeBase64(dataBase64))),
    'import:portable': async ({ fileName, dataBase64, mergeInto }, author) => {
      const bytes = decodeBase64(dataBase64)
      if (!mergeInto) return importPortable(ctx.library, author, fileName, bytes)
      const m = await mergePortable(ctx.library, author, fileName, bytes, mergeInto)
      return {
        draftId: m.draftId,
        title: m.title,
        revisions: m.revisions,
        attachments: m.attachmentsAdded,
        people: { added: 0, matched: 0 },
        merged: {
          revisionsAdded: m.revisionsAdded,
          claimsAdded: m.claimsAdded,
          disputes: [...m.disputes],
          divergent: [...m.divergent],
          notes: [...m.notes],
        },
      }
    },
  }
}
