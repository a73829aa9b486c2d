import { RESOLVE_DIFF_OPTIONS } from '@shared/channels/revisions'
import { applyDecisions, diffRevisions } from '@shared/diff'
import type { Profile, RevisionInfo } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { Library } from '../library'
import { saveRevision } from './service'

export interface ResolveRequest {
  readonly draftId: string
  readonly oldRevisionId: string
  readonly newRevisionId: string
  readonly accepted: readonly string[]
  readonly body: string
  readonly message: string
}

/**
 * Accept/reject between two revisions, checked in main: the diff is recomputed here, the
 * decisions applied, and the result must equal what the editor saw before it is saved.
 */
export async function resolveChanges(
  library: Library,
  req: ResolveRequest,
  author: Profile,
): Promise<RevisionInfo> {
  const [older, newer, currentId] = library.store.read(req.draftId, (file, current) => {
    const find = (id: string) => {
      const rev = file.revisions.find((r) => r.id === id)
      if (!rev)
        throw new GalleyError('not-found', 'One of the compared revisions is not in this draft.')
      return rev
    }
    return [find(req.oldRevisionId), find(req.newRevisionId), current.id] as const
  })
  if (newer.id !== currentId) {
    throw new GalleyError(
      'conflict',
      `Changes can be accepted or rejected only against the current revision; revision ${newer.number} is not the current one any more. Compare again with the current revision.`,
    )
  }
  const diff = diffRevisions(older.body, newer.body, RESOLVE_DIFF_OPTIONS)
  const known = new Set(diff.changes.map((c) => c.id))
  if (diff.tail.changeId) known.add(diff.tail.changeId)
  const unknown = req.accepted.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new GalleyError(
      'conflict',
      'The comparison changed since you reviewed it (some changes are not there any more). Compare the revisions again.',
    )
  }
  const body = applyDecisions(older.body, newer.body, diff, new Set(req.accepted))
  if (body !== req.body) {
    throw new GalleyError(
      'conflict',
      'The text Galley worked out from your decisions differs from the one you saw. Compare the revisions again and repeat your decisions.',
    )
  }
  const rejected = diff.changes.length - req.accepted.length
  const message =
    req.message ||
    `Accepted ${req.accepted.length} and rejected ${rejected} changes from revision ${older.number} to ${newer.number}`
  const rev = await saveRevision(library, req.draftId, newer.id, body, message, author, {
    kind: 'edited',
  })
  const { body: _body, ...info } = rev
  return info
}
