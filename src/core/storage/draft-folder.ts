import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, rm, rmdir, unlink } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import type { LibraryProblem } from '@shared/domain'
import { syncDir, writeFileAtomic, isTempName } from './atomic'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  type DraftFile,
} from './draft-file'
import {
  CLAIM_PART_NAMES,
  COLLECTION_NAMES,
  DraftHeadSchema,
  DraftHeadV5Schema,
  HEAD_SCHEMA_VERSION,
  assembleDraft,
  isHead,
  recordHash,
  splitDraft,
  type AnyDraftHead,
  type BadRecord,
  type RecordFile,
} from './draft-records'
import {
  CONFLICT_REASON,
  CorruptFileError,
  parseStored,
  quarantine,
  readStoredEntry,
  textOf,
} from './json-store'
import { readLibraryFile } from './safe-read'

/** A whole draft in one file (schemas 1 to 5): read, migrated and checked as before. */
export const wholeDraftSpec = {
  schema: DraftFileSchema,
  version: DRAFT_SCHEMA_VERSION,
  migrations: DRAFT_MIGRATIONS,
}

/**
 * Parses a draft's head file (its record and the list of its record files): schema 6, or 5 (a
 * claim's parts inside the claim's file), read as it is and written as 6 at the next write.
 * Anything else, a newer Galley's head included, is a CorruptFileError saying why.
 */
export function parseHead(file: string, text: string): AnyDraftHead {
  let version: unknown = null
  try {
    version = (JSON.parse(text) as { schemaVersion?: unknown } | null)?.schemaVersion
  } catch {
    // parseStored says why.
  }
  if (version === 5) {
    return parseStored(file, text, { schema: DraftHeadV5Schema, version: 5, migrations: [] }).data
  }
  return parseStored(file, text, {
    schema: DraftHeadSchema,
    version: HEAD_SCHEMA_VERSION,
    migrations: [],
  }).data
}

/**
 * What a draft's file may hold, checked on its own (a backup before it is restored, a file after
 * a kill): a head of schema 5 or 6, or a whole draft of schema 1 to 5. Its `draft` is the draft's
 * record.
 */
export const storedDraftSpec = {
  schema: z.union([
    DraftHeadSchema,
    DraftHeadV5Schema.extend({ schemaVersion: z.literal(HEAD_SCHEMA_VERSION) }),
    DraftFileSchema.extend({ schemaVersion: z.literal(HEAD_SCHEMA_VERSION) }),
  ]),
  version: HEAD_SCHEMA_VERSION,
  // Schemas 1 to 4 of a whole draft as always; 5 to 6 only says it was read by this Galley.
  migrations: [...DRAFT_MIGRATIONS, (doc: Record<string, unknown>) => doc],
}

/** A folder left by a migration a crash interrupted: `.<id>.migrating.<pid>.<hex>`. */
export function isMigratingName(name: string): boolean {
  return /^\.[A-Za-z0-9_-]{1,64}\.migrating\.[0-9]+\.[0-9a-f]{12}$/.test(name)
}

/** What Galley last read or wrote of one file: its status and the hash of its bytes. */
interface Known {
  readonly size: number
  readonly mtimeMs: number
  readonly ctimeMs: number
  readonly ino: number
  readonly hash: string
}

const knownOf = (s: Stats, hash: string): Known => ({
  size: s.size,
  mtimeMs: s.mtimeMs,
  ctimeMs: s.ctimeMs,
  ino: s.ino,
  hash,
})

const sameStatus = (a: Stats, b: Known) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino

/** Writes a new file and flushes it to disk (used only inside a folder nobody reads yet). */
async function writeDurable(file: string, bytes: Uint8Array | string): Promise<void> {
  const fh = await open(file, 'wx', 0o600)
  try {
    await fh.writeFile(bytes)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** How a read treats what it finds (an open for use, or a look that changes nothing). */
export interface ReadMode {
  /** Move bad record files to quarantine (else the read only reports them). */
  readonly quarantine: boolean
  /** Turn a whole-draft file (schemas 1 to 4) into the records layout on disk. */
  readonly migrate: boolean
}

/**
 * lowdb adapter for one draft kept as records: `drafts/<id>.json` (the head) and
 * `drafts/<id>/<collection>/<name>.json`. A read puts the draft together and validates it with
 * the same schema as a whole-draft file; a write writes only the record files that changed
 * (atomically), then the head, which lists every record file with the hash of its bytes and is
 * what makes the write count, then removes the files of removed records. Before each file is
 * replaced or removed it is compared with what Galley last read or wrote: one another program
 * changed is moved to quarantine as a conflict, never overwritten.
 */
export class DraftFolder implements Adapter<DraftFile> {
  private queue: Promise<unknown> = Promise.resolve()
  private headKnown: Known | null = null
  /** Record files as last read or written, by path inside the draft's folder. */
  private known = new Map<string, Known>()
  /** The file on disk is a whole draft (schemas 1 to 5): the next write migrates it. */
  private whole = false
  /** The head as Galley last wrote it (kept as the backup when another program replaced it). */
  private lastHead: Buffer | null = null
  private readonly madeDirs = new Set<string>()
  /** The folders of every claim's parts were cleared of leftovers since the last read. */
  private swept = false
  /** Checked before each write (the library's lock still held); throws to refuse the write. */
  beforeWrite: (() => Promise<void>) | null = null
  /** Told of each conflict this draft met (the library reports it). */
  onConflict: ((problem: LibraryProblem) => Promise<void> | void) | null = null
  /** Record files the last read left out (quarantined, or reported where they are). */
  problems: LibraryProblem[] = []
  mode: ReadMode = { quarantine: true, migrate: false }

  constructor(
    readonly libraryDir: string,
    readonly id: string,
  ) {}

  /** The head file. */
  get file(): string {
    return join(this.libraryDir, 'drafts', `${this.id}.json`)
  }

  /** The folder of the draft's record files. */
  get folder(): string {
    return join(this.libraryDir, 'drafts', this.id)
  }

  async read(): Promise<DraftFile | null> {
    this.problems = []
    const entry = await readStoredEntry(this.file)
    if (entry === null) {
      this.headKnown = null
      this.known.clear()
      return null
    }
    const text = textOf(this.file, entry.bytes)
    let raw: unknown = null
    try {
      raw = JSON.parse(text)
    } catch {
      // parseStored says why.
    }
    if (!isHead(raw)) {
      // A whole draft in one file: as before; the first write (or this read) migrates it.
      const { data, migratedFrom } = parseStored(this.file, text, wholeDraftSpec)
      this.headKnown = knownOf(entry.info, recordHash(entry.bytes))
      this.known.clear()
      this.whole = true
      if (migratedFrom !== null && migratedFrom < 4 && this.mode.quarantine) {
        // Keep the file as it was before its content was migrated, once, in case anyone needs it
        // back (a schema-4 file is kept as the head's .bak when it becomes records).
        await writeDurable(`${this.file}.schema-${migratedFrom}.bak`, entry.bytes).catch(
          () => undefined,
        )
      }
      if (this.mode.migrate) await this.enqueue(() => this.migrate(data))
      return data
    }
    const head = parseHead(this.file, text)
    this.whole = false
    const known = new Map<string, Known>()
    const { draft, bad } = await assembleDraft(head, async (path, hash) => {
      const full = join(this.folder, ...path.split('/'))
      const found = await readStoredEntry(full)
      if (found === null) return null
      const onDisk = recordHash(found.bytes)
      known.set(path, knownOf(found.info, onDisk))
      if (onDisk === hash) return found.bytes
      // Written by a save a crash cut short before its head: the backup is the version the head
      // lists (the next write puts it back). Anything else was changed by another program.
      const bak = await readLibraryFile(`${full}.bak`).catch(() => null)
      if (bak !== null && recordHash(bak) === hash) return bak
      return found.bytes
    })
    const parsed = DraftFileSchema.safeParse(draft)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
      const left = bad.length > 0 ? ` (${bad.map((b) => `${b.path}: ${b.reason}`).join('; ')})` : ''
      throw new CorruptFileError(
        this.file,
        `its contents are not what Galley expects${where}: ${issue?.message ?? 'invalid'}${left}`,
      )
    }
    const current = parsed.data.draft.currentRevisionId
    if (!parsed.data.revisions.some((r) => r.id === current)) {
      const why = bad.find((b) => b.path === `revisions/${current}.json`)?.reason
      throw new CorruptFileError(
        this.file,
        `its current revision cannot be read (${why ?? 'it is not listed'}). Restore the last good version, or keep the files in quarantine to see what was changed`,
      )
    }
    for (const b of bad) known.delete(b.path)
    this.headKnown = knownOf(entry.info, recordHash(entry.bytes))
    this.known = known
    this.swept = false
    if (bad.length > 0) await this.setAside(bad)
    return parsed.data
  }

  /** Moves bad record files to quarantine (or, in a look, only reports them). */
  private async setAside(bad: readonly BadRecord[]): Promise<void> {
    for (const b of bad) {
      const rel = `drafts/${this.id}/${b.path}`
      const full = join(this.folder, ...b.path.split('/'))
      const reason = `${b.reason}. Galley opened the draft without this record and moved the file here; the rest of the draft is unchanged`
      const there = await lstat(full).catch(() => null)
      if (this.mode.quarantine && there) {
        try {
          this.problems.push(await quarantine(this.libraryDir, full, reason, { backup: false }))
          continue
        } catch {
          // Reported where it is, below.
        }
      }
      this.problems.push({
        file: rel,
        quarantinedAs: rel,
        reason: there
          ? `${b.reason}; the draft opened without this record`
          : `this record of the draft is missing (its file ${rel} is gone); the draft opened without it`,
        at: new Date().toISOString(),
        backupAvailable: false,
      })
    }
  }

  write(data: DraftFile): Promise<void> {
    // Split now, so the files get the data as it is at this call, whatever changes next.
    const split = splitDraft(data)
    return this.enqueue(async () => {
      await this.beforeWrite?.()
      if (this.whole) await this.migrateSplit(split)
      else await this.writeSplit(split)
    })
  }

  private enqueue(fn: () => Promise<void>): Promise<void> {
    const run = this.queue.then(fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves once every write queued so far has finished (successfully or not). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined)
  }

  private async writeSplit(split: { head: string; records: RecordFile[] }): Promise<void> {
    const next = new Set(split.records.map((r) => r.path))
    const changed = split.records.filter((r) => this.known.get(r.path)?.hash !== r.hash)
    for (let i = 0; i < changed.length; i += 16) {
      await Promise.all(changed.slice(i, i + 16).map((r) => this.writeRecord(r)))
    }
    // The head lists the records as they are now: written last, it is what makes the write count.
    const headBytes = Buffer.from(split.head)
    const headHash = recordHash(headBytes)
    if (this.headKnown?.hash !== headHash || changed.length > 0) {
      if (await this.foreign(this.file, this.headKnown)) {
        await this.keepForeign(this.file)
        // The backup is then the last head Galley wrote, not the other program's.
        if (this.lastHead) await writeFileAtomic(`${this.file}.bak`, this.lastHead)
      }
      await writeFileAtomic(this.file, headBytes, { backupTo: `${this.file}.bak` })
      this.headKnown = knownOf(await lstat(this.file), headHash)
      this.lastHead = headBytes
    }
    const touched = new Set(changed.map((r) => r.collection))
    for (const path of [...this.known.keys()]) {
      if (next.has(path)) continue
      const full = join(this.folder, ...path.split('/'))
      if (await this.foreign(full, this.known.get(path) ?? null)) await this.keepForeign(full)
      else await rm(full, { force: true })
      await rm(`${full}.bak`, { force: true })
      this.known.delete(path)
      touched.add(path.slice(0, path.lastIndexOf('/')))
    }
    await this.dropLeftovers(next, touched)
  }

  private async writeRecord(r: RecordFile): Promise<void> {
    const full = join(this.folder, ...r.path.split('/'))
    const dir = dirname(full)
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true })
      this.madeDirs.add(dir)
    }
    // A file Galley did not read with the very bytes it is about to write was left by a write a
    // kill cut short before its head (records are named by id or hash): nobody else's.
    if (await this.foreign(full, this.known.get(r.path) ?? null, r.hash)) {
      await this.keepForeign(full)
    }
    await writeFileAtomic(full, r.bytes, r.immutable ? {} : { backupTo: `${full}.bak` })
    this.known.set(r.path, knownOf(await lstat(full), r.hash))
  }

  /**
   * Whether a file on disk is no longer the one Galley last read or wrote (`alike`: the hash of
   * bytes that make a file Galley never read no other program's).
   */
  private async foreign(full: string, known: Known | null, alike?: string): Promise<boolean> {
    const now = await lstat(full).catch(() => null)
    if (now === null) return false
    if (known === null && alike === undefined) return true
    if (known === null) {
      if (!now.isFile()) return true
      const bytes = await readLibraryFile(full).catch(() => null)
      return bytes === null || recordHash(bytes) !== alike
    }
    if (sameStatus(now, known)) return false
    try {
      const bytes = await readLibraryFile(full)
      if (bytes === null) return false
      return recordHash(bytes) !== known.hash
    } catch {
      return true
    }
  }

  /** Moves another program's version of a file to quarantine (both versions are kept). */
  private async keepForeign(full: string): Promise<void> {
    const problem = await quarantine(this.libraryDir, full, CONFLICT_REASON, {
      backup: false,
      conflict: true,
    })
    await this.onConflict?.(problem)
  }

  /**
   * Removes files in the record folders the head does not list: temp files and records of a
   * write a crash cut short before its head (they never counted). The folders of a claim's parts
   * are all looked through at the first write after a read (a crash left its leftovers before
   * it), then only those this write changed; a claim's folder left empty goes.
   */
  private async dropLeftovers(
    listed: ReadonlySet<string>,
    touched: ReadonlySet<string>,
  ): Promise<void> {
    const sweep = async (folder: string): Promise<number> => {
      const items = await readdir(join(this.folder, ...folder.split('/')), {
        withFileTypes: true,
      }).catch(() => null)
      if (items === null) return -1
      let left = 0
      for (const item of items) {
        const n = item.name
        const path = `${folder}/${n}`
        if (item.isDirectory() || (n.endsWith('.bak') && !isTempName(n))) {
          left++
          continue
        }
        if (listed.has(path) || (!isTempName(n) && this.known.has(path))) {
          left++
          continue
        }
        await unlink(join(this.folder, ...path.split('/'))).catch(() => left++)
      }
      return left
    }
    for (const c of COLLECTION_NAMES) await sweep(c)
    const claimFolders = new Set<string>()
    if (!this.swept) {
      const items = await readdir(join(this.folder, 'claims'), { withFileTypes: true }).catch(
        () => [],
      )
      for (const item of items) if (item.isDirectory()) claimFolders.add(`claims/${item.name}`)
      this.swept = true
    }
    for (const t of touched) {
      const m = /^(claims\/[^/]+)\/[^/]+$/.exec(t)
      if (m?.[1]) claimFolders.add(m[1])
    }
    for (const claim of claimFolders) {
      let left = 0
      for (const p of CLAIM_PART_NAMES) {
        const folder = `${claim}/${p}`
        const n = await sweep(folder)
        if (n === 0) await this.dropFolder(folder)
        else if (n > 0) left++
      }
      if (left === 0) await this.dropFolder(claim)
    }
  }

  /** Removes an empty folder of the draft (nothing when it is not empty or not there). */
  private async dropFolder(folder: string): Promise<void> {
    const full = join(this.folder, ...folder.split('/'))
    try {
      await rmdir(full)
    } catch {
      return
    }
    for (const d of this.madeDirs)
      if (d === full || d.startsWith(`${full}${sep}`)) this.madeDirs.delete(d)
  }

  /** Turns the whole-draft file just read into the records layout (see `migrateSplit`). */
  private async migrate(data: DraftFile): Promise<void> {
    if (!this.whole) return
    await this.migrateSplit(splitDraft(data))
  }

  /**
   * From a whole-draft file to the records layout, so that a crash at any point loses nothing:
   * the record files are written in a new folder under a temp name, which is renamed into place
   * (replacing what an interrupted migration left), then the head replaces the whole-draft file
   * in one rename (the file it replaces is kept as `.bak`). Until that rename the whole-draft
   * file is the draft, and the next read migrates again; temp folders are removed at open.
   */
  private async migrateSplit(split: { head: string; records: RecordFile[] }): Promise<void> {
    if (await this.foreign(this.file, this.headKnown)) await this.keepForeign(this.file)
    const drafts = dirname(this.file)
    const tmp = join(
      drafts,
      `.${this.id}.migrating.${process.pid}.${randomBytes(6).toString('hex')}`,
    )
    await mkdir(tmp)
    try {
      const dirs = new Set(split.records.map((r) => r.collection))
      for (const d of dirs) await mkdir(join(tmp, ...d.split('/')), { recursive: true })
      for (let i = 0; i < split.records.length; i += 16) {
        await Promise.all(
          split.records
            .slice(i, i + 16)
            .map((r) => writeDurable(join(tmp, ...r.path.split('/')), r.bytes)),
        )
      }
      // Deepest first: each folder's own entries are flushed before its parent's.
      const all = new Set<string>()
      for (const d of dirs) {
        for (let at = d; at !== '.' && at !== ''; at = dirname(at)) all.add(at)
      }
      for (const d of [...all].sort((a, b) => b.length - a.length)) {
        await syncDir(join(tmp, ...d.split('/')))
      }
      // Whatever is at the folder's place was left by an earlier migration a crash cut short:
      // the whole-draft file is still the draft.
      await rm(this.folder, { recursive: true, force: true })
      await rename(tmp, this.folder)
      await syncDir(drafts)
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => undefined)
      throw e
    }
    const headBytes = Buffer.from(split.head)
    await writeFileAtomic(this.file, headBytes, { backupTo: `${this.file}.bak` })
    this.headKnown = knownOf(await lstat(this.file), recordHash(headBytes))
    this.known.clear()
    this.madeDirs.clear()
    for (const r of split.records) {
      const s = await lstat(join(this.folder, ...r.path.split('/')))
      this.known.set(r.path, knownOf(s, r.hash))
    }
    this.whole = false
  }
}
