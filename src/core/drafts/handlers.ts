import type { ChannelName, Handlers } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import type { HandlerContext } from '../handlers'
import { assertReady } from '../legal/gate'
import { withReadiness } from '../legal/summary'

type DraftChannel = Extract<ChannelName, `drafts:${string}`>

/** The library of drafts: list, read, create, rename, status, archive, trash, attachments. */
export function draftHandlers(ctx: HandlerContext): Pick<Handlers, DraftChannel> {
  const { library } = ctx
  return {
    'drafts:list': async ({ view, query }) =>
      withReadiness(library, library.list(view, query), () =>
        ctx.emit('library:changed', { draftId: null, reason: 'readiness' }),
      ),
    'drafts:get': async ({ id }) => library.detail(id),
    'drafts:create': async ({ title, byline, body }, author) =>
      library.create(
        { title, byline: byline ?? '', body: body ?? '' },
        author,
        { kind: 'created' },
        { message: 'Created' },
      ),
    'drafts:rename': async ({ id, title }) => library.rename(id, title),
    // "Ready" only when publish readiness is clear: main decides, whatever the UI showed,
    // checked in the draft's queue so no save lands between the check and the change.
    'drafts:updateMeta': async ({ id, ...patch }) =>
      library.updateMeta(
        id,
        patch,
        patch.status === 'ready' ? () => assertReady(library, id) : undefined,
      ),
    'drafts:archive': async ({ id, archived }) => library.setArchived(id, archived),
    'drafts:trash': async ({ id }) => library.trash(id),
    'drafts:restore': async ({ id }) => library.restore(id),
    'drafts:deleteForever': async ({ id }) => {
      await library.deleteForever(id)
      return { ok: true as const }
    },
    'drafts:readAttachment': async ({ draftId, attachmentId }) => {
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
  }
}
