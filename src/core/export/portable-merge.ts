// A portable draft file of a draft this library already has (sent out for review and come back,
// or the same draft exported from a teammate's library) merged into it, record by record, with
// the same rules as a team sync: additions united, a verdict never decided silently, revisions
// made apart both kept and marked divergent, foreign sign-offs kept as imported history only.
import type { Attachment, Profile } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import type { ImportedLegal } from '@shared/records'
import { appendAudit, verifyAudit } from '../audit/service'
import { readAttachment, removeAttachmentBytes, storeAttachmentBytes } from '../drafts/attachments'
import { sha256 } from '../ids'
import type { Library } from '../library'
import type { DraftFile } from '../storage/draft-file'
import { mergeDraftFiles } from '../team/merge'
import { auditSigner } from '../team/signing'
import {
  arrivedFrom,
  importedLegal,
  mergePeople,
  readPortable,
  type PortableFile,
} from './portable'

/** The draft of this library a portable file is another copy of, if any. */
export interface PortableMatch {
  readonly draftId: string
  readonly title: string
}

/**
 * The same draft: the same id, or one was imported from the other (an imported draft keeps the
 * id it had in `copyOf`). Drafts in the trash are not offered.
 */
export function findPortableMatch(library: Library, incoming: DraftFile): PortableMatch | null {
  const id = incoming.draft.id
  const from = incoming.draft.copyOf?.draftId
  let best: { row: { id: string; title: string; updatedAt: string }; rank: number } | null = null
  // From the library index: no draft is read to find the match.
  for (const { row: d, copyOf } of library.store.entries()) {
    if (d.trashedAt) continue
    const rank = d.id === id ? 0 : d.id === from ? 1 : copyOf === id ? 2 : -1
    if (rank < 0) continue
    if (!best || rank < best.rank || (rank === best.rank && d.updatedAt > best.row.updatedAt)) {
      best = { row: d, rank }
    }
  }
  return best ? { draftId: best.row.id, title: best.row.title } : null
}

/** What `import:portable` tells before importing: the file's draft and its copy here, if any. */
export function inspectPortable(
  library: Library,
  bytes: Uint8Array,
): { title: string; existing: PortableMatch | null } {
  const { file } = readPortable(new TextDecoder('utf-8').decode(bytes))
  return { title: file.draft.title, existing: findPortableMatch(library, file) }
}

export interface MergedPortable {
  readonly draftId: string
  readonly title: string
  /** The draft's revisions after the merge. */
  readonly revisions: number
  readonly revisionsAdded: number
  readonly claimsAdded: number
  readonly attachmentsAdded: number
  readonly disputes: readonly string[]
  readonly divergent: readonly string[]
  readonly notes: readonly string[]
}

/** Incoming attachments: one already here with the same bytes is reused, the others stored. */
async function attachmentsFor(
  library: Library,
  local: Readonly<DraftFile>,
  portable: PortableFile,
): Promise<{ ids: Map<string, string>; added: Attachment[] }> {
  const ids = new Map<string, string>()
  const added: Attachment[] = []
  const hashes = new Map<string, string>()
  for (const a of local.attachments) {
    try {
      hashes.set(
        sha256(Buffer.from((await readAttachment(library, local.draft.id, a.id)).bytes)),
        a.id,
      )
    } catch {
      // A missing or unreadable attachment here is reported where it is shown; not matched.
    }
  }
  try {
    for (const a of portable.attachments) {
      const here = hashes.get(a.sha256)
      if (here) {
        ids.set(a.id, here)
        continue
      }
      const att = await storeAttachmentBytes(
        library,
        local.draft.id,
        a.name,
        a.kind,
        Buffer.from(a.dataBase64, 'base64'),
        new Date(a.addedAt),
      )
      ids.set(a.id, att.id)
      hashes.set(a.sha256, att.id)
      added.push(att)
    }
  } catch (e) {
    await removeAttachmentBytes(library, local.draft.id, added)
    throw e
  }
  return { ids, added }
}

/**
 * Merges a portable file into the draft `draftId` is, which must be the same draft
 * (`findPortableMatch`). Nothing is written when it fails; the draft's audit trail gains one
 * "draft.merge-import" event and still verifies.
 */
export async function mergePortable(
  library: Library,
  author: Profile,
  fileName: string,
  bytes: Uint8Array,
  draftId: string,
): Promise<MergedPortable> {
  const { portable, file: incoming } = readPortable(new TextDecoder('utf-8').decode(bytes))
  const match = findPortableMatch(library, incoming)
  if (!library.store.has(draftId)) {
    throw new GalleyError('not-found', 'That draft is no longer in this library.')
  }
  if (match?.draftId !== draftId) {
    throw new GalleyError(
      'conflict',
      `“${fileName}” is not a copy of “${library.store.file(draftId).draft.title}”, so it cannot be merged into it; import it as a new draft instead.`,
    )
  }
  const chainBefore = verifyAudit(incoming)
  const from: ImportedLegal['from'] = {
    fileName,
    exportedAt: portable.exportedAt,
    exportedBy: portable.exportedBy?.name ?? null,
    importedAt: new Date().toISOString(),
  }
  return library.store.exclusive(draftId, async () => {
    const local = library.store.file(draftId)
    const atts = await attachmentsFor(library, local, portable)
    try {
      const people = await mergePeople(library, portable.people)
      const person = (id: string | null) => (id === null ? null : (people.ids.get(id) ?? id))
      const att = (id: string) => atts.ids.get(id) ?? id
      // The file as this library may take it: this draft's id, title and place; never ready;
      // its sign-offs and accepted findings only as imported history.
      const draft = {
        ...incoming.draft,
        id: local.draft.id,
        title: local.draft.title,
        status: incoming.draft.status === 'ready' ? 'in-review' : incoming.draft.status,
        trashedAt: local.draft.trashedAt,
        archivedAt: local.draft.archivedAt,
      } as DraftFile['draft']
      if (local.draft.copyOf) draft.copyOf = local.draft.copyOf
      else delete draft.copyOf
      const theirs: DraftFile = {
        ...incoming,
        draft,
        attachments: [...local.attachments, ...atts.added],
        claims: incoming.claims.map((c) => ({
          ...c,
          sources: c.sources.map((s) =>
            s.attachmentId ? { ...s, attachmentId: att(s.attachmentId) } : s,
          ),
        })),
        quotes: incoming.quotes.map((q) => ({
          ...q,
          speaker: q.speaker ? { ...q.speaker, personId: person(q.speaker.personId) } : null,
        })),
        transcripts: incoming.transcripts.map((t) => ({
          ...t,
          attachmentId: att(t.attachmentId),
          personId: person(t.personId),
        })),
        legal: importedLegal(incoming.legal, from),
      }
      const signer = auditSigner(library)
      const { file, report } = mergeDraftFiles(null, local, theirs, {
        at: new Date(),
        actor: author,
        sign: library.identity ? (t) => library.identity!.sign(t) : undefined,
      })
      const result: MergedPortable = {
        draftId,
        title: local.draft.title,
        revisions: file.revisions.length,
        revisionsAdded: file.revisions.length - local.revisions.length,
        claimsAdded: file.claims.length - local.claims.length,
        attachmentsAdded: atts.added.length,
        disputes: report.disputes,
        divergent: report.divergent,
        notes: report.notes,
      }
      appendAudit(
        file,
        [
          {
            action: 'draft.merge-import',
            target: `draft/${draftId}`,
            before: arrivedFrom(portable, incoming, fileName, chainBefore.intact),
            after: {
              revisionsAdded: result.revisionsAdded,
              claimsAdded: result.claimsAdded,
              attachmentsAdded: result.attachmentsAdded,
              disputes: result.disputes.length,
              divergent: result.divergent.length,
            },
          },
        ],
        author,
        undefined,
        undefined,
        signer,
      )
      await library.store.put(draftId, file, 'merged')
      return result
    } catch (e) {
      await removeAttachmentBytes(library, draftId, atts.added)
      throw e
    }
  })
}
