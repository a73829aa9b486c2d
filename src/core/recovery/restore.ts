import { join } from 'node:path'
import type { LibraryProblem } from '@shared/domain'
import { problemId } from '@shared/channels/recovery'
import { GalleyError } from '@shared/errors'
import type { Library } from '../library'
import { writeFileAtomic } from '../storage/atomic'
import { storedDraftSpec } from '../storage/draft-folder'
import {
  CorruptFileError,
  backupOf,
  parseStored,
  readStoredBytes,
  resolveProblem,
  textOf,
  type FileSpec,
} from '../storage/json-store'
import { PeopleFileSchema, SettingsSchema } from '../storage/settings-file'

const DRAFT_FILE = /^drafts[\\/]([A-Za-z0-9_-]{1,64})\.json$/

/** How to check a file of this library path, or null if Galley does not restore such files. */
function specFor(rel: string): FileSpec<unknown> | null {
  if (DRAFT_FILE.test(rel)) {
    // A head (schema 5 or 6: the draft kept as records, which stay in place) or a whole draft.
    return storedDraftSpec
  }
  if (rel === 'settings.json') return { schema: SettingsSchema, version: 1, migrations: [] }
  if (rel === 'people.json') return { schema: PeopleFileSchema, version: 1, migrations: [] }
  return null
}

function find(library: Library, id: string): LibraryProblem {
  const problem = library.problems.all.find((p) => problemId(p) === id)
  if (!problem) {
    throw new GalleyError(
      'not-found',
      'That problem is not open any more (it may have been restored or dismissed already).',
    )
  }
  return problem
}

/**
 * Puts back the last good version of a quarantined file: the backup is read and validated
 * first, written atomically to the file's place (the damaged copy stays in quarantine), loaded
 * into the library, and the problem is closed.
 */
export function restoreBackup(
  library: Library,
  id: string,
): Promise<{ file: string; draftId: string | null; problems: LibraryProblem[] }> {
  return library.problems.oneAtATime(() => restoreNow(library, id))
}

/**
 * Loads a library file that was just put back in place from its backup: a draft joins the
 * library, settings or people are read again. Returns the draft's id for a draft file.
 */
async function loadRestored(library: Library, rel: string): Promise<string | null> {
  if (rel === 'settings.json' || rel === 'people.json') {
    await (rel === 'settings.json' ? library.settings : library.people).read()
    library.onChange(null, 'restored')
    return null
  }
  const id = DRAFT_FILE.exec(rel)?.[1]
  if (!id) throw new GalleyError('invalid-input', `${rel} is not a file Galley can load.`)
  await library.store.load(id)
  library.onChange(id, 'restored')
  return id
}

async function restoreNow(
  library: Library,
  id: string,
): Promise<{ file: string; draftId: string | null; problems: LibraryProblem[] }> {
  const problem = find(library, id)
  const spec = specFor(problem.file)
  const backup = await backupOf(library.dir, problem)
  if (!spec || !backup) {
    throw new GalleyError(
      'not-found',
      `There is no last good version of ${problem.file} to restore.`,
    )
  }
  let text: string
  try {
    const bytes = await readStoredBytes(join(library.dir, backup))
    if (bytes === null) throw new CorruptFileError(backup, 'it is gone')
    text = textOf(backup, bytes)
    const { data } = parseStored(backup, text, spec)
    const draftId = DRAFT_FILE.exec(problem.file)?.[1]
    const named = (data as { draft?: { id?: unknown } }).draft?.id
    if (draftId && named !== draftId) {
      throw new CorruptFileError(backup, `it holds draft "${String(named)}", not ${draftId}`)
    }
  } catch (e) {
    if (!(e instanceof CorruptFileError)) throw e
    throw new GalleyError(
      'corrupt-file',
      `The last good version of ${problem.file} cannot be used either: ${e.reason}. It stays in quarantine as it is.`,
    )
  }
  const target = join(library.dir, problem.file)
  // Whatever is at the file's place now (a fresh settings file, say) is kept as its `.bak`.
  await writeFileAtomic(target, text, { backupTo: `${target}.bak` })
  const draftId = await loadRestored(library, problem.file)
  await resolveProblem(library.dir, problem.quarantinedAs, 'restored')
  await library.problems.refresh()
  return { file: problem.file, draftId, problems: [...library.problems.all] }
}

/** Stops reporting a quarantined file; the file and its backup stay in quarantine untouched. */
export function dismissProblem(
  library: Library,
  id: string,
): Promise<{ problems: LibraryProblem[] }> {
  return library.problems.oneAtATime(async () => {
    const problem = find(library, id)
    await resolveProblem(library.dir, problem.quarantinedAs, 'dismissed')
    await library.problems.refresh()
    return { problems: [...library.problems.all] }
  })
}
