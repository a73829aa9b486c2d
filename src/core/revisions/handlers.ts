import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { resolveChanges } from './resolve'
import { listPeople } from '../people/service'
import { getRevision, saveRevision } from './service'

type RevisionChannel = Extract<ChannelName, `revisions:${string}`>

/** Tracked revisions: read one, save a new one, resolve a comparison into a new one. */
export function revisionHandlers({
  library,
  analysis,
}: HandlerContext): Pick<Handlers, RevisionChannel> {
  return {
    'revisions:get': async ({ draftId, revisionId }) => getRevision(library, draftId, revisionId),
    // Worked out on an analysis worker and kept by its inputs: seconds for a long text.
    'revisions:spans': async ({ draftId, revisionId }) => {
      const { body } = getRevision(library, draftId, revisionId)
      const brands = library.store.read(draftId, (file) => [
        ...new Set(file.draft.relations.map((r) => r.brand)),
      ])
      return analysis.spans({ body, people: [...listPeople(library)], brands })
    },
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
