import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { resolveChanges } from './resolve'
import { revisionSpans } from './spans'
import { getRevision, saveRevision } from './service'

type RevisionChannel = Extract<ChannelName, `revisions:${string}`>

/** Tracked revisions: read one, save a new one, resolve a comparison into a new one. */
export function revisionHandlers({ library }: HandlerContext): Pick<Handlers, RevisionChannel> {
  return {
    'revisions:get': async ({ draftId, revisionId }) => getRevision(library, draftId, revisionId),
    'revisions:spans': async ({ draftId, revisionId }) =>
      revisionSpans(library, draftId, revisionId),
    'revisions:save': async ({ draftId, baseRevisionId, body, message }, author) => {
      const rev = await saveRevision(
        library,
        draftId,
        baseRevisionId,
        body,
        message || 'Edited',
        author,
        { kind: 'edited' },
      )
      const { body: _b, ...info } = rev
      return info
    },
    'revisions:resolve': async (req, author) => resolveChanges(library, req, author),
  }
}
