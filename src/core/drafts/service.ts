import { auditSigner } from '../team/signing'
import type { DraftDetail, DraftRecord, Revision, RevisionInfo } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { appendAudit, type AuditEntry } from '../audit/service'
import { newId } from '../ids'
import type { Library } from '../library'
import { profileOf } from '../profile/service'
import { makeRevision, type Author, type Origin } from '../revisions/service'
import { DRAFT_SCHEMA_VERSION, type DraftFile } from '../storage/draft-file'
import { currentRevision } from '../store/records'
import { removeAttachments } from './attachments'

function info(revision: Revision): RevisionInfo {
  const { body: _body, ...rest } = revision
  return rest
}

/** A draft with its revisions' details, its current revision's text and its attachments. */
export function draftDetail(library: Library, id: string): DraftDetail {
  const data = library.store.file(id)
  return {
    draft: { ...data.draft },
    revisions: data.revisions.map(info),
    current: currentRevision(data),
    attachments: data.attachments,
    ...(data.team && data.team.divergent.length > 0
      ? {
          divergent: data.team.divergent.map((d) => ({
            revisionIds: [...d.revisionIds],
            at: d.at,
          })),
        }
      : {}),
  }
}

/** What a new draft starts with; only the title is required. */
export interface NewDraft {
  readonly title: string
  readonly byline?: string
  readonly body?: string
  readonly credits?: string[]
  readonly status?: DraftRecord['status']
  readonly relations?: DraftRecord['relations']
}

/** Creates a draft with its first revision and writes its file. */
export async function createDraft(
  library: Library,
  input: NewDraft,
  author: Author,
  origin: Origin,
  options: { readonly message?: string; readonly at?: Date } = {},
): Promise<DraftRecord> {
  const at = options.at ?? new Date()
  const id = newId('d')
  const rev = makeRevision(
    null,
    input.body ?? '',
    options.message ?? 'First version',
    author,
    origin,
    at,
  )
  const data: DraftFile = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    draft: {
      id,
      title: input.title,
      byline: input.byline ?? '',
      credits: input.credits ?? [],
      status: input.status ?? 'draft',
      relations: input.relations ?? [],
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      archivedAt: null,
      trashedAt: null,
      currentRevisionId: rev.id,
    },
    revisions: [rev],
    attachments: [],
    claims: [],
    queries: [],
    dismissedSuggestions: [],
    quotes: [],
    transcripts: [],
    legal: { subject: '', accepted: [], signoffs: [] },
    audit: [],
  }
  appendAudit(
    data,
    [
      {
        action: 'draft.create',
        target: `draft/${id}`,
        after: { title: data.draft.title, revision: rev.number, hash: rev.hash },
      },
    ],
    author,
    at,
    undefined,
    auditSigner(library),
  )
  await library.store.add(data)
  return { ...data.draft }
}

/** Gives a draft (not in the trash) a new title. */
export function renameDraft(library: Library, id: string, title: string): Promise<DraftRecord> {
  const { store } = library
  return store.exclusive(id, async () => {
    store.writable(id).draft.title = title
    return store.commit(id, 'renamed')
  })
}

/**
 * Changes the draft's byline, credits, status or brand relations. `guard` runs first, in the
 * same turn of the draft's queue, so what it checks (publish readiness) is what gets changed.
 */
export function updateDraftMeta(
  library: Library,
  id: string,
  patch: Partial<Pick<DraftRecord, 'byline' | 'credits' | 'status' | 'relations'>>,
  guard?: () => Promise<void>,
  at = new Date(),
): Promise<DraftRecord> {
  const { store } = library
  return store.exclusive(id, async () => {
    await guard?.()
    const file = store.writable(id)
    const d = file.draft
    const entries: AuditEntry[] = []
    if (patch.byline !== undefined) d.byline = patch.byline
    if (patch.credits !== undefined) d.credits = patch.credits
    if (patch.status !== undefined && patch.status !== d.status) {
      entries.push({
        action: 'draft.status',
        target: `draft/${id}`,
        before: d.status,
        after: patch.status,
      })
      d.status = patch.status
    }
    if (patch.relations !== undefined) {
      entries.push({
        action: 'draft.relations',
        target: `draft/${id}`,
        before: d.relations,
        after: patch.relations,
      })
      d.relations = patch.relations
    }
    appendAudit(file, entries, profileOf(library), at, undefined, auditSigner(library))
    return store.commit(id, 'meta', true, at)
  })
}

/** Moves a draft (not in the trash) to Archived or back. */
export function setArchived(
  library: Library,
  id: string,
  archived: boolean,
  at = new Date(),
): Promise<DraftRecord> {
  const { store } = library
  return store.exclusive(id, async () => {
    store.writable(id).draft.archivedAt = archived ? at.toISOString() : null
    return store.commit(id, archived ? 'archived' : 'unarchived')
  })
}

/** Moves a draft to the trash (where it takes no changes); its date of change stays. */
export function trashDraft(library: Library, id: string): Promise<DraftRecord> {
  const { store } = library
  return store.exclusive(id, async () => {
    const { draft } = store.file(id)
    if (draft.trashedAt === null) draft.trashedAt = new Date().toISOString()
    return store.commit(id, 'trashed', false)
  })
}

/** Takes a draft out of the trash, back to the view it was in. */
export function restoreDraft(library: Library, id: string): Promise<DraftRecord> {
  const { store } = library
  return store.exclusive(id, async () => {
    store.file(id).draft.trashedAt = null
    return store.commit(id, 'restored', false)
  })
}

/** Deletes a draft that is in the trash: its file, backup and attachments. */
export function deleteDraftForever(library: Library, id: string): Promise<void> {
  const { store } = library
  return store.exclusive(id, async () => {
    if (store.file(id).draft.trashedAt === null) {
      throw new GalleyError(
        'conflict',
        'Only drafts in the trash can be deleted for good. Move it to the trash first.',
      )
    }
    await store.remove(id)
    await removeAttachments(library, id)
    library.onChange(id, 'deleted')
  })
}
