import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'
import { assertReady } from '../legal/gate'
import { withReadiness } from '../legal/summary'
import { readAttachment } from './attachments'
import { listDrafts, searchDrafts } from './list'
import {
  createDraft,
  deleteDraftForever,
  draftDetail,
  renameDraft,
  restoreDraft,
  setArchived,
  trashDraft,
  updateDraftMeta,
} from './service'

type DraftChannel = Extract<ChannelName, `drafts:${string}`>

/** The library of drafts: list, read, create, rename, status, archive, trash, attachments. */
export function draftHandlers(ctx: HandlerContext): Pick<Handlers, DraftChannel> {
  const { library } = ctx
  return {
    'drafts:list': async ({ view, query, first }) =>
      withReadiness(
        library,
        (query ? await searchDrafts(library, view, query) : listDrafts(library, view)).slice(
          0,
          first,
        ),
        () => ctx.emit('library:changed', { draftId: null, reason: 'readiness' }),
        ctx.analysis,
      ),
    'drafts:get': async ({ id }) => draftDetail(library, id),
    'drafts:analysis': async ({ draftId }) => {
      const { revisionId, characters } = library.store.read(draftId, (_file, current) => ({
        revisionId: current.id,
        characters: current.body.length,
      }))
      // A short text's analysis takes milliseconds where the views ask for it: ready.
      if (!ctx.analysis.wouldBlock(draftId)) return { revisionId, ready: true, characters }
      // Started (or joined) here, off the event loop; the window hears when it is done.
      void ctx.analysis
        .prepare(draftId)
        .catch(() => undefined)
        .then(() => ctx.emit('analysis:ready', { draftId, revisionId }))
      return { revisionId, ready: false, characters }
    },
    'drafts:create': async ({ title, byline, body }, author) =>
      createDraft(
        library,
        { title, byline: byline ?? '', body: body ?? '' },
        author,
        { kind: 'created' },
        { message: 'Created' },
      ),
    'drafts:rename': async ({ id, title }) => renameDraft(library, id, title),
    // "Ready" only when publish readiness is clear: main decides, whatever the UI showed,
    // checked in the draft's queue so no save lands between the check and the change.
    'drafts:updateMeta': async ({ id, ...patch }) =>
      updateDraftMeta(
        library,
        id,
        patch,
        patch.status === 'ready' ? () => assertReady(library, id) : undefined,
      ),
    'drafts:archive': async ({ id, archived }) => setArchived(library, id, archived),
    'drafts:trash': async ({ id }) => trashDraft(library, id),
    'drafts:restore': async ({ id }) => restoreDraft(library, id),
    'drafts:deleteForever': async ({ id }) => {
      await deleteDraftForever(library, id)
      return { ok: true as const }
    },
    'drafts:readAttachment': async ({ draftId, attachmentId }) => {
      const { attachment, bytes } = await readAttachment(library, draftId, attachmentId)
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
  }
}
