import { createHash, randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { lstat, mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import type { LibraryProblem } from '@shared/domain'
import { writeFileAtomic } from './atomic'
import type { JsonPieces } from './json-pieces'
import { SchemaError, migrate, type Migration } from './migrations'
import {
  UnreadableEntryError,
  decodeUtf8,
  kindOf,
  readLibraryEntry,
  readLibraryFile,
} from './safe-read'

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
 * A library file's bytes: only a regular file, never through a link, its size checked first
 * (see `readLibraryFile`); null when there is none. Anything else is a CorruptFileError whose
 * reason says what the entry is.
 */
export async function readStoredBytes(file: string): Promise<Buffer | null> {
  return (await readStoredEntry(file))?.bytes ?? null
}

/** `readStoredBytes` with the file's status as it was read. */
export async function readStoredEntry(
  file: string,
): Promise<{ bytes: Buffer; info: Stats } | null> {
  try {
    return await readLibraryEntry(file)
  } catch (e) {
    if (e instanceof UnreadableEntryError) {
      throw new CorruptFileError(
        file,
        `${e.reason}. Galley moved it to quarantine and opened everything else; look at it there, then delete it or put the right file back in its place`,
      )
    }
    throw e
  }
}

/** A library file's text; invalid UTF-8 is refused, never replaced. */
export function textOf(file: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes)
  if ('text' in decoded) return decoded.text
  throw new CorruptFileError(
    file,
    `it is not valid UTF-8 text (byte ${decoded.invalidAt} starts an invalid sequence); it was changed outside Galley or damaged`,
  )
}

type Content = string | Uint8Array | readonly Uint8Array[]

/** The file as Galley last read or wrote it: its status, and its hash or the bytes written. */
interface KnownState {
  readonly size: number
  readonly mtimeMs: number
  readonly ctimeMs: number
  readonly ino: number
  /** sha-256 of the bytes read (a file Galley read and has not written since). */
  readonly hash: string | null
  /** What Galley last wrote (a reference to chunks it keeps anyway, not a copy). */
  readonly written: Content | null
}

function sameStatus(a: Stats, b: KnownState): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino
}

function chunksOf(content: Content): readonly Uint8Array[] {
  if (typeof content === 'string') return [Buffer.from(content, 'utf8')]
  return content instanceof Uint8Array ? [content] : content
}

/** True when `bytes` is exactly the content, chunk by chunk, without joining the chunks. */
function sameBytes(bytes: Buffer, content: Content): boolean {
  let at = 0
  for (const chunk of chunksOf(content)) {
    if (at + chunk.byteLength > bytes.byteLength) return false
    if (!bytes.subarray(at, at + chunk.byteLength).equals(chunk)) return false
    at += chunk.byteLength
  }
  return at === bytes.byteLength
}

/** The folder a library file belongs to: drafts live one level down. */
function libraryOf(file: string): string {
  const dir = dirname(file)
  return basename(dir) === 'drafts' ? dirname(dir) : dir
}

/** Why a file that changed under Galley was moved to quarantine, and what to do. */
export const CONFLICT_REASON =
  'it was changed on disk by another program (a sync tool, a Git pull, an edit by hand) after Galley last read or wrote it. Both versions are kept: Galley saved its own in its place and moved the other one here. Compare them, copy by hand anything you need from this one, then dismiss this'

/**
 * lowdb adapter for one library file: validated reads (corrupt files throw instead of becoming
 * defaults), atomic writes one at a time, and a last-good backup beside the file. Before each
 * write the file on disk is compared with what Galley last read or wrote (size, modification and
 * change times, inode, then the bytes themselves): a file another program changed meanwhile is
 * moved to quarantine as a conflict (both kept), never overwritten, and the backup then holds the
 * last version Galley wrote rather than the other program's.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve()
  private known: KnownState | null = null
  /** Checked before each write (the library's lock still held); throws to refuse the write. */
  beforeWrite: (() => Promise<void>) | null = null
  /** Told of each conflict this file met (the library reports it). */
  onConflict: ((problem: LibraryProblem) => Promise<void> | void) | null = null

  constructor(
    readonly file: string,
    private readonly spec: FileSpec<T>,
  ) {}

  async read(): Promise<T | null> {
    const entry = await readStoredEntry(this.file)
    if (entry === null) {
      this.known = null
      return null
    }
    const { bytes, info } = entry
    const { data, migratedFrom } = parseStored(this.file, textOf(this.file, bytes), this.spec)
    this.known = {
      size: info.size,
      mtimeMs: info.mtimeMs,
      ctimeMs: info.ctimeMs,
      ino: info.ino,
      hash: createHash('sha256').update(bytes).digest('hex'),
      written: null,
    }
    if (migratedFrom !== null) {
      // Keep the file as it was before migration, once, in case anyone needs it back.
      await writeFile(`${this.file}.schema-${migratedFrom}.bak`, bytes, { flag: 'wx' }).catch(
        () => undefined,
      )
    }
    return data
  }

  write(data: T): Promise<void> {
    // Serialised now, so the file gets the data as it is at this call, whatever changes next;
    // written after every earlier write of this file.
    const json = this.spec.serialize ? this.spec.serialize(data) : JSON.stringify(data)
    const run = this.queue.then(async () => {
      const content = typeof json === 'string' ? json : await json.bytes()
      await this.beforeWrite?.()
      const foreign = await this.changedOnDisk()
      if (foreign) await this.keepForeign()
      // After a conflict the file's place is empty, so the backup (just set to Galley's last
      // version) is not rotated to the other program's bytes.
      await writeFileAtomic(this.file, content, { backupTo: `${this.file}.bak` })
      const info = await lstat(this.file)
      this.known = {
        size: info.size,
        mtimeMs: info.mtimeMs,
        ctimeMs: info.ctimeMs,
        ino: info.ino,
        hash: null,
        written: content,
      }
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Whether the file on disk is no longer the one Galley last read or wrote. */
  private async changedOnDisk(): Promise<boolean> {
    const now = await lstat(this.file).catch(() => null)
    // Gone (deleted, or never written): there is nothing to lose by writing.
    if (now === null) return false
    const known = this.known
    // There, though Galley never read nor wrote it this session: someone else's.
    if (known === null) return true
    if (sameStatus(now, known)) return false
    // Touched, or rewritten with the same bytes, is no change; anything unreadable is one.
    try {
      const bytes = await readLibraryFile(this.file)
      if (bytes === null) return false
      if (known.written !== null) return !sameBytes(bytes, known.written)
      return createHash('sha256').update(bytes).digest('hex') !== known.hash
    } catch {
      return true
    }
  }

  /** Moves the other program's file to quarantine and puts Galley's last version in `.bak`. */
  private async keepForeign(): Promise<void> {
    const libraryDir = libraryOf(this.file)
    const problem = await quarantine(libraryDir, this.file, CONFLICT_REASON, {
      backup: false,
      conflict: true,
    })
    const last = this.known?.written
    if (last) await writeFileAtomic(`${this.file}.bak`, chunksOf(last))
    await this.onConflict?.(problem)
  }

  /** Resolves once every write queued so far has finished (successfully or not). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined)
  }
}

export const QUARANTINE = 'quarantine'

async function isRegular(path: string): Promise<boolean> {
  return lstat(path).then(
    (s) => s.isFile(),
    () => false,
  )
}

/**
 * Moves a corrupt file out of the way (never deleting or overwriting it) and records why. Its
 * last-good backup (`<file>.bak`), if any, is copied beside it in quarantine, so that later
 * writes to a fresh file of the same name cannot replace the backup before anyone restores it.
 * Any kind of entry moves (a folder, a link, a FIFO: rename never follows or opens it); only a
 * backup that is a regular file is copied. `options.as` names the entry in the record when it was
 * moved aside under another name first; `options.backup` false skips the backup copy.
 */
export async function quarantine(
  libraryDir: string,
  file: string,
  reason: string,
  options: { as?: string; backup?: boolean; conflict?: boolean } = {},
): Promise<LibraryProblem> {
  const dir = join(libraryDir, QUARANTINE)
  await mkdir(dir, { recursive: true })
  const at = new Date().toISOString()
  const rel = options.as ?? relative(libraryDir, file)
  const dest = join(dir, `${at.replace(/[:.]/g, '-')}-${basename(rel)}`)
  await rename(file, dest)
  let backupAvailable = false
  if (options.backup !== false && (await isRegular(`${file}.bak`))) {
    try {
      const bytes = await readLibraryFile(`${file}.bak`)
      if (bytes !== null) {
        await writeFile(`${dest}.bak`, bytes, { flag: 'wx' })
        backupAvailable = true
      }
    } catch {
      // A backup that cannot be read is no backup; the file itself is safe in quarantine.
    }
  }
  const problem: LibraryProblem = {
    file: rel,
    quarantinedAs: relative(libraryDir, dest),
    reason,
    at,
    backupAvailable,
  }
  const record = options.conflict ? { ...problem, conflict: true } : problem
  await writeFile(`${dest}.reason.json`, JSON.stringify(record, null, 2))
  return problem
}

/**
 * Makes sure one of the library's folders (drafts/, quarantine/) is a folder: anything else in
 * its place (a file, a link, a FIFO) is moved to quarantine with a reason, then an empty folder
 * is made. Never follows a link out of the library.
 */
export async function ensureFolder(libraryDir: string, name: string): Promise<void> {
  const path = join(libraryDir, name)
  const info = await lstat(path).catch(() => null)
  if (info?.isDirectory()) return
  if (info) {
    const reason = `${name}/ should be a folder but is ${kindOf(info) === 'not a regular file' ? 'a file' : kindOf(info)} (not a folder). Galley moved it to quarantine and started an empty ${name} folder; look at it there and move back by hand anything you need`
    if (name === QUARANTINE) {
      // It cannot be moved into itself: aside first, then into the fresh folder.
      const tag = `${process.pid}.${randomBytes(6).toString('hex')}`
      const aside = join(libraryDir, `.${name}.${tag}.aside`)
      await rename(path, aside)
      await mkdir(path)
      await quarantine(libraryDir, aside, reason, { as: name, backup: false })
      return
    }
    await quarantine(libraryDir, path, reason, { backup: false })
  }
  await mkdir(path, { recursive: true })
}

/** What became of a quarantined file: put back from its backup, or dismissed (left in quarantine). */
export interface ProblemResolution {
  readonly how: 'restored' | 'dismissed'
  readonly at: string
}

/** The record of a quarantined entry, beside it: `quarantine/<name>.reason.json`. */
function recordPath(libraryDir: string, name: string): string {
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(name)) {
    throw new Error(`not a quarantine name: ${name}`)
  }
  return join(libraryDir, QUARANTINE, `${name}.reason.json`)
}

/**
 * Records that a quarantined file was dealt with, so it is no longer reported (the file stays).
 * Only the record named by `quarantinedAs`'s last segment inside quarantine/ is ever written,
 * whatever a record says about itself.
 */
export async function resolveProblem(
  libraryDir: string,
  quarantinedAs: string,
  how: ProblemResolution['how'],
): Promise<void> {
  const name = quarantinedAs.split(/[\\/]/).pop() ?? ''
  const file = recordPath(libraryDir, name)
  const bytes = await readStoredBytes(file)
  let problem: Record<string, unknown> = {}
  try {
    const parsed: unknown = bytes === null ? {} : JSON.parse(textOf(file, bytes))
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      problem = parsed as Record<string, unknown>
    }
  } catch {
    // An unreadable record is replaced by one that says it was dealt with.
  }
  const resolved: ProblemResolution = { how, at: new Date().toISOString() }
  await writeFileAtomic(file, JSON.stringify({ ...problem, resolved }, null, 2))
}

/**
 * A path a quarantine record names, if it stays inside the library: relative, no `..` segment,
 * no NUL or other control character. Records are untrusted (anyone can write one).
 */
export function libraryRelative(path: unknown): string | null {
  if (typeof path !== 'string' || path.length === 0 || path.length > 300) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return null
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return null
  const parts = path.split(/[\\/]/)
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return null
  return parts.join('/')
}

/**
 * The last-good backup of a quarantined file: the copy kept in quarantine, else the `.bak` still
 * beside the original name. Paths are relative to the library; only regular files count.
 */
export async function backupOf(
  libraryDir: string,
  problem: Pick<LibraryProblem, 'file' | 'quarantinedAs'>,
): Promise<string | null> {
  for (const rel of [`${problem.quarantinedAs}.bak`, `${problem.file}.bak`]) {
    if (libraryRelative(rel) === null) continue
    if (await isRegular(join(libraryDir, rel))) return rel
  }
  return null
}

/**
 * Every file in quarantine that nobody has dealt with yet, as problems to report. Records are
 * read as untrusted input: where the entry lies is always the record's own name in quarantine/,
 * and a recorded original path that would leave the library is not believed.
 */
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
    const base = name.replace(/\.reason\.json$/, '')
    const quarantinedAs = `${QUARANTINE}/${base}`
    let record: Record<string, unknown>
    try {
      const file = join(dir, name)
      const parsed: unknown = JSON.parse(textOf(file, (await readStoredBytes(file)) ?? Buffer.of()))
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error()
      record = parsed as Record<string, unknown>
    } catch {
      record = { reason: 'its quarantine record could not be read' }
    }
    if (record['resolved']) continue
    const recorded = libraryRelative(record['file'])
    const file = recorded ?? quarantinedAs
    const reason =
      typeof record['reason'] === 'string' ? record['reason'].slice(0, 2_000) : 'unknown'
    const at =
      typeof record['at'] === 'string' && !Number.isNaN(Date.parse(record['at']))
        ? new Date(record['at']).toISOString()
        : new Date(0).toISOString()
    const problem = {
      file,
      quarantinedAs,
      reason:
        recorded === null && record['file'] !== undefined
          ? `${reason} (its record names a place outside the library, which Galley ignores)`
          : reason,
      at,
    }
    // A conflict is no damage: there is nothing to restore, only the other version to look at.
    const backupAvailable =
      record['conflict'] !== true && (await backupOf(libraryDir, problem)) !== null
    problems.push({
      ...problem,
      backupAvailable,
      ...(record['conflict'] === true ? { conflict: true } : {}),
    })
  }
  return problems
}
