import { auditSigner } from '../team/signing'
import { type Profile, type Revision } from '@shared/domain'
import { countWords } from '@shared/text'
import { GalleyError } from '@shared/errors'
import { appendAudit, type AuditEntry } from '../audit/service'
import { newId, sha256 } from '../ids'
import type { Library } from '../library'
import type { DraftFile } from '../storage/draft-file'
import { currentRevision, freezeRevision } from '../store/records'
import { nextTurn } from '../workers/turn'
import { countWordsInSteps } from './words'
import { nestingProblem } from '@shared/text/nesting'

export type Author = Profile
export type Origin = Revision['origin']

/**
 * Runs inside a revision save, before the write, with the file as it was before the new
 * revision: it may change the file's annotations directly (quick work), or return a promise of
 * a patch to apply to the file once the new revision is in (heavy work done off the main thread).
 */
export type RevisionHook = (
  file: DraftFile,
  previous: Revision,
  next: Revision,
  author: Author,
  at: Date,
) => void | Promise<((file: DraftFile) => void) | void>

/** Works out the audit state hash of a draft's file elsewhere (a worker thread). */
export type StateHasher = (file: Readonly<DraftFile>) => Promise<string>

/** What a save does besides writing the revision, set up once when the core opens. */
export interface SaveSteps {
  /** Work on the draft's file for each new revision (re-anchoring claims and quotes). */
  readonly hooks: RevisionHook[]
  /** The audit state hash worked out off the main thread; null: worked out in the save. */
  stateHasher: StateHasher | null
}

/** Builds a new immutable revision (the parent is the draft's current one). */
export function makeRevision(
  parent: Revision | null,
  body: string,
  message: string,
  author: Author,
  origin: Origin,
  at = new Date(),
  words = countWords(body),
): Revision {
  // Every way a body enters (a save, a new draft, an import of any format) makes a revision
  // here: none may nest so deep that showing it would freeze or overflow the article view.
  refuseNested(body)
  return freezeRevision({
    id: newId('r'),
    parentId: parent?.id ?? null,
    number: (parent?.number ?? 0) + 1,
    author: { name: author.name, role: author.role },
    createdAt: at.toISOString(),
    message,
    hash: sha256(body),
    words,
    origin,
    body,
  })
}

/** Throws a sentence when a body is too deeply nested to show (see shared/text/nesting.ts). */
export function refuseNested(body: string): void {
  const nested = nestingProblem(body)
  if (nested) {
    throw new GalleyError(
      'invalid-input',
      `This text cannot be kept: ${nested}. Flatten the quotes and lists and try again.`,
    )
  }
}

/** Registers work to do on a draft's file whenever a new revision is saved (re-anchoring). */
export function onNewRevision(library: Library, hook: RevisionHook): void {
  library.saving.hooks.push(hook)
}

/** Works out the audit state hash of a big save elsewhere (a worker thread). */
export function useStateHasher(library: Library, hasher: StateHasher): void {
  library.saving.stateHasher = hasher
}

/** One revision of a draft, body included. */
export function getRevision(library: Library, draftId: string, revisionId: string): Revision {
  const rev = library.store.file(draftId).revisions.find((r) => r.id === revisionId)
  if (!rev) throw new GalleyError('not-found', 'That revision is not part of this draft.')
  return rev
}

/** Saves a new immutable revision on top of `baseRevisionId`, which must be the current one. */
export function saveRevision(
  library: Library,
  draftId: string,
  baseRevisionId: string,
  body: string,
  message: string,
  author: Author,
  origin: Origin,
  at = new Date(),
): Promise<Revision> {
  const { store, saving } = library
  // One change to a draft at a time: the hooks' patches apply to the file they were made from.
  return store.exclusive(draftId, async () => {
    const file = store.writable(draftId)
    const current = currentRevision(file)
    if (current.id !== baseRevisionId) {
      throw new GalleyError(
        'conflict',
        `Revision ${current.number} was saved after the one you started from (by ${current.author.name}). Copy your text, reload the draft and apply your changes again.`,
      )
    }
    if (current.body === body) {
      throw new GalleyError(
        'invalid-input',
        'The text is the same as the current revision, so there is nothing new to save.',
      )
    }
    // A long text's words are counted a slice per turn of the event loop, and it is handed to
    // the hooks on the turn after it is hashed: no step holds the main thread for long.
    const words = await countWordsInSteps(body)
    // A new draft's empty text is not a revision anyone wrote: the first text saved takes its
    // place as revision 1 (nothing can be anchored to an empty text).
    const placeholder = file.revisions.length === 1 && current.body.trim() === ''
    const rev = makeRevision(placeholder ? null : current, body, message, author, origin, at, words)
    await nextTurn()
    // Annotations follow the text into the new revision, in the same write as the revision.
    // Heavy hooks work off the main thread and hand back a patch; nothing else changes this
    // draft meanwhile (exclusive), so the patch applies to the file it was computed from.
    const patches = await Promise.all(
      saving.hooks.map((hook) => hook(file, current, rev, author, at)),
    )
    // Reading the worker's answer was this turn's work; applying it and hashing is the next's.
    await nextTurn()
    file.revisions = placeholder ? [rev] : [...file.revisions, rev]
    file.draft.currentRevisionId = rev.id
    file.draft.updatedAt = at.toISOString()
    for (const patch of patches) if (typeof patch === 'function') patch(file)
    const entries: AuditEntry[] = [
      {
        action: 'revision.save',
        target: `revision/${rev.id}`,
        before: { revision: current.number, hash: current.hash },
        after: {
          revision: rev.number,
          hash: rev.hash,
          message: rev.message,
          origin: rev.origin.kind,
        },
      },
    ]
    // What made the draft ready was checked on the text before this one: back to review, and
    // marking it ready again runs the publish-readiness gate on the new text.
    if (file.draft.status === 'ready') {
      file.draft.status = 'in-review'
      entries.push({
        action: 'draft.status',
        target: `draft/${draftId}`,
        before: 'ready',
        after: 'in-review',
      })
    }
    // Revisions saved apart on two machines (team sync): the editor's new revision reconciles them.
    if (file.team && file.team.divergent.length > 0) {
      entries.push({
        action: 'revision.reconcile',
        target: `draft/${draftId}`,
        before: { divergent: file.team.divergent.map((d) => d.revisionIds) },
        after: { revision: rev.number },
      })
      delete file.team
    }
    const state = saving.stateHasher ? await saving.stateHasher(file) : undefined
    appendAudit(file, entries, author, at, state, auditSigner(library))
    await store.commit(draftId, 'revision', false)
    return rev
  })
}
