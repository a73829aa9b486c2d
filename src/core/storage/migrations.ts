/** A migration takes a file of version N (parsed JSON) and returns it as version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

export class SchemaError extends Error {}

/**
 * Runs the ordered migrations from the file's `schemaVersion` up to `current`.
 * `migrations[k]` turns version k + 1 into version k + 2.
 */
export function migrate(
  data: unknown,
  current: number,
  migrations: readonly Migration[],
): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SchemaError('it is not a JSON object')
  }
  let doc = data as Record<string, unknown>
  const version = doc['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SchemaError('it has no valid schemaVersion')
  }
  if (version > current) {
    throw new SchemaError(
      `it was written by a newer Galley (schema ${version}; this one reads up to ${current})`,
    )
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1]
    if (!step) throw new SchemaError(`no migration from schema ${v}`)
    doc = { ...step(doc), schemaVersion: v + 1 }
  }
  return doc
}
