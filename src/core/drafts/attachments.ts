import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Attachment } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { newId } from '../ids'
import type { Library } from '../library'
import type { DraftStore } from '../store/draft-store'
import { UnreadableEntryError, readLibraryFile } from '../storage/safe-read'

const ATTACHMENTS = 'attachments'

/**
 * Writes an attachment's bytes beside the draft (never replacing a file) and returns its record,
 * without listing it in the draft: the caller does that in the same change (or removes the
 * bytes with `removeAttachmentBytes` when that change fails).
 */
export async function storeAttachmentBytes(
  library: Library,
  draftId: string,
  name: string,
  kind: Attachment['kind'],
  bytes: Uint8Array,
  at = new Date(),
): Promise<Attachment> {
  const att: Attachment = {
    id: newId('a'),
    name,
    kind,
    bytes: bytes.byteLength,
    addedAt: at.toISOString(),
  }
  const dir = join(library.dir, ATTACHMENTS, draftId)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, att.id), bytes, { flag: 'wx' })
  return att
}

/** Deletes attachment bytes stored for a change that did not happen. */
export async function removeAttachmentBytes(
  library: Library,
  draftId: string,
  attachments: readonly Attachment[],
): Promise<void> {
  for (const a of attachments) {
    await rm(join(library.dir, ATTACHMENTS, draftId, a.id), { force: true })
  }
}

/** Stores a file beside the draft (never replacing one) and lists it among its attachments. */
export function addAttachment(
  library: Library,
  draftId: string,
  name: string,
  kind: Attachment['kind'],
  bytes: Uint8Array,
  at = new Date(),
): Promise<Attachment> {
  const { store } = library
  return store.exclusive(draftId, async () => {
    const file = store.writable(draftId)
    const att = await storeAttachmentBytes(library, draftId, name, kind, bytes, at)
    file.attachments = [...file.attachments, att]
    file.draft.updatedAt = att.addedAt
    await store.commit(draftId, 'attachment', false)
    return att
  })
}

/** What reading an attachment needs of a library: its folder and the draft's file. */
export interface AttachmentSource {
  readonly dir: string
  readonly store: Pick<DraftStore, 'file'>
}

/** An attachment of the draft and its bytes; a file missing from the folder is not-found. */
export async function readAttachment(
  library: AttachmentSource,
  draftId: string,
  attachmentId: string,
): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
  const att = library.store.file(draftId).attachments.find((a) => a.id === attachmentId)
  if (!att) throw new GalleyError('not-found', 'That attachment is not part of this draft.')
  try {
    // Only a regular file, never through a link, at most the size it was stored with.
    const bytes = await readLibraryFile(join(library.dir, ATTACHMENTS, draftId, att.id), att.bytes)
    if (bytes === null) throw new Error('gone')
    return { attachment: att, bytes }
  } catch (e) {
    if (e instanceof UnreadableEntryError) {
      throw new GalleyError(
        'unreadable-file',
        `The file of attachment "${att.name}" in the library folder cannot be read: ${e.reason}.`,
      )
    }
    throw new GalleyError(
      'not-found',
      `The file of attachment "${att.name}" is missing from the library folder.`,
    )
  }
}

/** Deletes every attached file of a draft (the draft is being deleted for good). */
export async function removeAttachments(library: Library, draftId: string): Promise<void> {
  await rm(join(library.dir, ATTACHMENTS, draftId), { recursive: true, force: true })
}
