// Reaching into a library's drafts as another program would: a draft is a head
// (drafts/<id>.json) and one file per record (drafts/<id>/<kind>/<name>.json).
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DraftFile } from '../../src/core/storage/draft-file'
import { readDraft } from '../../src/core/store/files'

/** A draft as Galley reads it (head and records put together), without changing anything. */
export async function readWholeDraft(libraryDir: string, id: string): Promise<DraftFile> {
  return structuredClone((await readDraft(libraryDir, id, { quarantine: false })).data)
}

/**
 * Edits by hand the record files of one kind (`audit`, `claims`, `signoffs`…) of a draft, in the
 * order the head lists them: `edit` changes a record and returns true to write it back.
 * Returns how many were written.
 */
export async function editRecords<T>(
  libraryDir: string,
  draftId: string,
  kind: string,
  edit: (record: T, index: number) => boolean,
): Promise<number> {
  const head = JSON.parse(
    await readFile(join(libraryDir, 'drafts', `${draftId}.json`), 'utf8'),
  ) as { records: Record<string, Array<[string, string]>> }
  const folder = join(libraryDir, 'drafts', draftId, kind)
  const present = new Set(await readdir(folder))
  let n = 0
  for (const [index, [name]] of (head.records[kind] ?? []).entries()) {
    if (!present.has(`${name}.json`)) continue
    const file = join(folder, `${name}.json`)
    const record = JSON.parse(await readFile(file, 'utf8')) as T
    if (!edit(record, index)) continue
    await writeFile(file, JSON.stringify(record))
    n++
  }
  return n
}
