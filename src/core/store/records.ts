import type { Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { sha256 } from '../ids'
import type { DraftFile } from '../storage/draft-file'

/** A revision that cannot be changed by accident: it is shared by every reader of the file. */
export function freezeRevision(r: Revision): Revision {
  return Object.freeze({
    ...r,
    author: Object.freeze({ ...r.author }),
    origin: Object.freeze({ ...r.origin }),
  })
}

/** The draft's current revision; a file without one is corrupt. */
export function currentRevision(file: Readonly<DraftFile>): Revision {
  const rev = file.revisions.find((r) => r.id === file.draft.currentRevisionId)
  if (!rev) throw new GalleyError('corrupt-file', 'This draft has no current revision.')
  return rev
}

/**
 * The first revision whose body does not hash to the sha-256 recorded when it was saved (a body
 * edited by hand inside a valid file), or null when every one matches.
 */
export function alteredRevision(file: Readonly<Pick<DraftFile, 'revisions'>>): Revision | null {
  return file.revisions.find((r) => sha256(r.body) !== r.hash) ?? null
}
