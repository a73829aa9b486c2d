import { join } from 'node:path'
import { Low } from 'lowdb'
import type { ZodType } from 'zod'
import { CorruptFileError, ValidatedJsonFile, quarantine } from '../storage/json-store'

/**
 * Opens one of the library's small files (settings, people); a file that cannot be read is
 * quarantined first and then started afresh from `defaults`, never overwritten in place.
 */
export async function openSmallFile<T>(
  dir: string,
  name: string,
  schema: ZodType<T>,
  defaults: T,
): Promise<Low<T>> {
  const file = join(dir, name)
  const db = new Low<T>(
    new ValidatedJsonFile(file, { schema, version: 1, migrations: [] }),
    structuredClone(defaults),
  )
  try {
    await db.read()
  } catch (e) {
    if (!(e instanceof CorruptFileError)) throw e
    await quarantine(dir, file, e.reason)
    db.data = structuredClone(defaults)
  }
  return db
}
