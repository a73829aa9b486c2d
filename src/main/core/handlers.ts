import type { EventSink, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { verifyAudit } from './audit'
import { decodeBase64 } from './base64'
import { claimHandlers } from './claims/handlers'
import { assertReady } from './legal/gate'
import { legalHandlers } from './legal/handlers'
import { withReadiness } from './legal/summary'
import { peopleHandlers } from './people/handlers'
import { quoteHandlers } from './quotes/handlers'
import { recoveryHandlers } from './recovery/handlers'
import { convertFile } from './import/convert'
import { resolveChanges } from './revisions/resolve'
import type { Library } from './library'
import { requireProfile } from './profile'

export { requireProfile }

export interface HandlerContext {
  readonly library: Library
  readonly emit: EventSink
  readonly mode: 'electron' | 'browser'
  readonly version: string
}

export interface ImportRequest {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly draftId?: string | undefined
  readonly message?: string | undefined
  readonly importId?: string | undefined
}

/** Converts a file and stores it as a new draft or as a new revision of `draftId`. */
export async function importBytes(ctx: HandlerContext, req: ImportRequest) {
  const { library, emit } = ctx
  const author = requireProfile(library)
  const progress = (
    stage: 'reading' | 'converting' | 'saving' | 'done' | 'failed',
    fraction: number,
  ) => {
    if (req.importId)
      emit('import:progress', { importId: req.importId, fileName: req.fileName, stage, fraction })
  }
  try {
    if (req.draftId) library.detail(req.draftId) // not-found before any work
    const converted = await convertFile(req.fileName, req.bytes, (stage) =>
      progress(stage, stage === 'reading' ? 0.2 : 0.5),
    )
    progress('saving', 0.8)
    // The importer's cleaned name: no folders, control or direction characters (hostile imports).
    const origin = { kind: 'imported' as const, fileName: converted.fileName }
    let draftId: string
    if (req.draftId) {
      const base = library.detail(req.draftId).draft.currentRevisionId
      const message = req.message || `Imported new version from ${converted.fileName}`
      await library.saveRevision(req.draftId, base, converted.body, message, author, origin)
      draftId = req.draftId
    } else {
      const message = req.message || `Imported from ${converted.fileName}`
      draftId = (
        await library.create({ title: converted.title, body: converted.body }, author, origin, {
          message,
        })
      ).id
    }
    const detail = library.detail(draftId)
    const revision = detail.revisions[detail.revisions.length - 1]
    if (!revision) throw new Error('import stored no revision')
    progress('done', 1)
    return { draft: detail.draft, revision, warnings: [...converted.warnings] }
  } catch (e) {
    progress('failed', 1)
    throw e
  }
}

/** Every channel's implementation over one library. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const { library } = ctx
  return {
    'app:info': async () => ({
      version: ctx.version,
      mode: ctx.mode,
      libraryPath: library.dir,
      problems: [...library.getProblems()],
    }),
    'profile:get': async () => library.profile,
    'profile:set': async (p) => library.setProfile(p),
    'drafts:list': async ({ view, query }) =>
      withReadiness(library, library.list(view, query), () =>
        ctx.emit('library:changed', { draftId: null, reason: 'readiness' }),
      ),
    'drafts:get': async ({ id }) => library.detail(id),
    'drafts:create': async ({ title, byline, body }) => {
      const author = requireProfile(library)
      return library.create(
        { title, byline: byline ?? '', body: body ?? '' },
        author,
        { kind: 'created' },
        {
          message: 'Created',
        },
      )
    },
    'drafts:rename': async ({ id, title }) => (requireProfile(library), library.rename(id, title)),
    'drafts:updateMeta': async ({ id, ...patch }) => {
      requireProfile(library)
      // "Ready" only when publish readiness is clear: main decides, whatever the UI showed,
      // checked in the draft's queue so no save lands between the check and the change.
      return library.updateMeta(
        id,
        patch,
        patch.status === 'ready' ? () => assertReady(library, id) : undefined,
      )
    },
    'drafts:archive': async ({ id, archived }) => (
      requireProfile(library),
      library.setArchived(id, archived)
    ),
    'drafts:trash': async ({ id }) => (requireProfile(library), library.trash(id)),
    'drafts:restore': async ({ id }) => (requireProfile(library), library.restore(id)),
    'drafts:deleteForever': async ({ id }) => {
      requireProfile(library)
      await library.deleteForever(id)
      return { ok: true as const }
    },
    'revisions:get': async ({ draftId, revisionId }) => library.revision(draftId, revisionId),
    'revisions:save': async ({ draftId, baseRevisionId, body, message }) => {
      const author = requireProfile(library)
      const rev = await library.saveRevision(
        draftId,
        baseRevisionId,
        body,
        message || 'Edited',
        author,
        {
          kind: 'edited',
        },
      )
      const { body: _b, ...info } = rev
      return info
    },
    'import:file': async ({ fileName, dataBase64, draftId, message, importId }) =>
      importBytes(ctx, { fileName, bytes: decodeBase64(dataBase64), draftId, message, importId }),
    'attachments:read': async ({ draftId, attachmentId }) => {
      const { attachment, bytes } = await library.readAttachment(draftId, attachmentId)
      let text: string
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        throw new GalleyError(
          'unreadable-file',
          `"${attachment.name}" is not a text file, so it cannot be shown here.`,
        )
      }
      return { attachment, text }
    },
    'revisions:resolve': async (req) => resolveChanges(library, req, requireProfile(library)),
    'audit:get': async ({ draftId }) =>
      library.read(draftId, (file) => ({
        events: structuredClone(file.audit),
        verdict: verifyAudit(file),
      })),
    ...claimHandlers(ctx),
    ...legalHandlers(ctx),
    ...quoteHandlers(ctx),
    ...peopleHandlers(ctx),
    ...recoveryHandlers(ctx),
  }
}
