import { copyFile, mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import type { LibraryProblem } from '@shared/domain'
import { writeFileAtomic } from './atomic'
import type { JsonPieces } from './json-pieces'
import { SchemaError, migrate, type Migration } from './migrations'

/** A library file that cannot be read as what it claims to be. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${basename(file)} could not be read: ${reason}`)
  }
}

export interface FileSpec<T> {
  readonly schema: z.ZodType<T>
  readonly version: number
  readonly migrations: readonly Migration[]
  /** The text to write; pieces for big files, so that no single step blocks for long. */
  readonly serialize?: (data: T) => string | JsonPieces
}

/** Parses, migrates and validates a file's text; throws CorruptFileError with a reason a person can read. */
export function parseStored<T>(
  file: string,
  text: string,
  spec: FileSpec<T>,
): { data: T; migratedFrom: number | null } {
  if (text.trim().length === 0) throw new CorruptFileError(file, 'the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    const reason = /^\0+$/.test(text.slice(0, 64))
      ? 'the file is filled with zero bytes (often left by a crash or full disk)'
      : 'it is not valid JSON (it may have been cut short)'
    throw new CorruptFileError(file, reason)
  }
  let migrated: Record<string, unknown>
  try {
    migrated = migrate(raw, spec.version, spec.migrations)
  } catch (e) {
    if (e instanceof SchemaError) throw new CorruptFileError(file, e.message)
    throw e
  }
  const parsed = spec.schema.safeParse(migrated)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new CorruptFileError(
      file,
      `its contents are not what Galley expects${where}: ${issue?.message ?? 'invalid'}`,
    )
  }
  const version = (raw as { schemaVersion: number }).schemaVersion
  return { data: parsed.data, migratedFrom: version < spec.version ? version : null }
}

/**
 * lowdb adapter for one library file: validated reads (corrupt files throw instead of becoming
 * defaults), atomic writes one at a time, and a last-good backup beside the file.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly file: string,
    private readonly spec: FileSpec<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    const { data, migratedFrom } = parseStored(this.file, text, this.spec)
    if (migratedFrom !== null) {
      // Keep the file as it was before migration, once, in case anyone needs it back.
      await copyFile(this.file, `${this.file}.schema-${migratedFrom}.bak`).catch(() => undefined)
    }
    return data
  }

  write(data: T): Promise<void> {
    // Serialised now, so the file gets the data as it is at this call, whatever changes next;
    // written after every earlier write of this file.
    const json = this.spec.serialize ? this.spec.serialize(data) : JSON.stringify(data)
    const run = this.queue.then(async () => {
      const content = typeof json === 'string' ? json : await json.bytes()
      await writeFileAtomic(this.file, content, { backupTo: `${this.file}.bak` })
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves once every write queued so far has finished (successfully or not). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined)
  }
}

const QUARANTINE = 'quarantine'

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/**
 * Moves a corrupt file out of the way (never deleting or overwriting it) and records why. Its
 * last-good backup (`<file>.bak`), if any, is copied beside it in quarantine, so that later
 * writes to a fresh file of the same name cannot replace the backup before anyone restores it.
 */
export async function quarantine(
  libraryDir: string,
  file: string,
  reason: string,
): Promise<LibraryProblem> {
  const dir = join(libraryDir, QUARANTINE)
  await mkdir(dir, { recursive: true })
  const at = new Date().toISOString()
  const rel = relative(libraryDir, file)
  const dest = join(dir, `${at.replace(/[:.]/g, '-')}-${basename(file)}`)
  await rename(file, dest)
  const backupAvailable = await copyFile(`${file}.bak`, `${dest}.bak`).then(
    () => true,
    () => false,
  )
  const problem: LibraryProblem = {
    file: rel,
    quarantinedAs: relative(libraryDir, dest),
    reason,
    at,
    backupAvailable,
  }
  await writeFile(`${dest}.reason.json`, JSON.stringify(problem, null, 2))
  return problem
}

/** What became of a quarantined file: put back from its backup, or dismissed (left in quarantine). */
export interface ProblemResolution {
  readonly how: 'restored' | 'dismissed'
  readonly at: string
}

/** Records that a quarantined file was dealt with, so it is no longer reported (the file stays). */
export async function resolveProblem(
  libraryDir: string,
  quarantinedAs: string,
  how: ProblemResolution['how'],
): Promise<void> {
  const file = join(libraryDir, `${quarantinedAs}.reason.json`)
  const problem = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  const resolved: ProblemResolution = { how, at: new Date().toISOString() }
  await writeFileAtomic(file, JSON.stringify({ ...problem, resolved }, null, 2))
}

/**
 * The last-good backup of a quarantined file: the copy kept in quarantine, else the `.bak` still
 * beside the original name. Paths are relative to the library.
 */
export async function backupOf(
  libraryDir: string,
  problem: Pick<LibraryProblem, 'file' | 'quarantinedAs'>,
): Promise<string | null> {
  for (const rel of [`${problem.quarantinedAs}.bak`, `${problem.file}.bak`]) {
    if (await exists(join(libraryDir, rel))) return rel
  }
  return null
}

/** Every file in quarantine that nobody has dealt with yet, as problems to report. */
export async function listProblems(libraryDir: string): Promise<LibraryProblem[]> {
  const dir = join(libraryDir, QUARANTINE)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const problems: LibraryProblem[] = []
  for (const name of names.filter((n) => n.endsWith('.reason.json')).sort()) {
    try {
      const p = JSON.parse(await readFile(join(dir, name), 'utf8')) as LibraryProblem & {
        resolved?: ProblemResolution
      }
      if (p.resolved) continue
      const { resolved: _r, ...problem } = p
      problems.push({ ...problem, backupAvailable: (await backupOf(libraryDir, p)) !== null })
    } catch {
      problems.push({
        file: name.replace(/\.reason\.json$/, ''),
        quarantinedAs: join(QUARANTINE, name.replace(/\.reason\.json$/, '')),
        reason: 'unknown',
        at: '',
        backupAvailable: false,
      })
    }
  }
  return problems
}
