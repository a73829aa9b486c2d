import { watch as fsWatch, type FSWatcher, type Stats } from 'node:fs'
import { lstat, readdir, rm, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { DraftRecord, LibraryProblem, Profile, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { appendAudit, type AuditEntry, type AuditSigner, type AuditSink } from '../audit/service'
import { isTempName } from '../storage/atomic'
import type { DraftFile } from '../storage/draft-file'
import { DraftFolder, isMigratingName } from '../storage/draft-folder'
import { CorruptFileError, quarantine } from '../storage/json-store'
import { DRAFTS, draftDb, draftPath, filesIdle, readDraft } from './files'
import { LibraryIndex, indexEntry, type IndexEntry } from './library-index'
import { LibrarySearch } from './library-search'
import { DraftQueues } from './queue'
import { currentRevision, freezeRevision } from './records'

/** How many drafts stay in memory once no request uses them (the rest are read when opened). */
const KEEP_IN_MEMORY = 24
/** How long after the library opens the search index is read in the background. */
const SEARCH_LOAD_DELAY_MS = 1_500
/** File events for one draft file are let settle this long before it is read again. */
const WATCH_SETTLE_MS = 150

/** What the index compares to tell a changed draft file: size, modification time, inode. */
function stamp(s: Stats): string {
  return `${s.size}:${s.mtimeMs}:${s.ino}`
}

/** Tells the window that a draft (or, with null, the whole library) changed, and why. */
export type ChangeListener = (draftId: string | null, reason: string) => void

/**
 * The unit of work over each draft's file: reads, changes run one at a time per draft with
 * their audit entries, atomic writes, and what the store knows of each file as it was loaded.
 */
export class DraftStore {
  /** Drafts read into memory, least recently used first; the others are read when asked for. */
  private readonly drafts = new Map<string, Low<DraftFile>>()
  private readonly loading = new Map<string, Promise<void>>()
  /** Drafts a request is using: never let go of while it runs. */
  private readonly pins = new Map<string, number>()
  private readonly queues = new DraftQueues()
  /** Size and modification time of each draft file as it was found at start (see `fingerprint`). */
  private readonly loadedFingerprints = new Map<string, string>()
  /** One entry per draft file: the list rows and what readiness depends on (cache/index.json). */
  readonly index: LibraryIndex
  /** The words of every draft's title, text, claims, sources and people (cache/search.json). */
  readonly search: LibrarySearch
  /** Draft files that could not be read nor moved to quarantine: reported, left where they are. */
  readonly unmoved: LibraryProblem[] = []
  /** Told when a draft file changed on disk under Galley was moved aside (a conflict). */
  onConflict: ((problem: LibraryProblem) => Promise<void>) | null = null
  /** Told when a file was moved to quarantine while the library is open (not a conflict). */
  onProblem: ((problem: LibraryProblem) => void) | null = null
  /** Checked before each draft write (the library's lock still held); throws to refuse it. */
  beforeWrite: (() => Promise<void>) | null = null
  /**
   * Told, and waited for, before the index records that a draft's file changed or went (a shared
   * library's change journal, src/core/team/changes.ts); an index entry is never newer than it.
   */
  private readonly onFileChanged: ((id: string) => Promise<void>) | null
  private watcher: FSWatcher | null = null
  private readonly watched = new Set<string>()
  private watchTimer: NodeJS.Timeout | null = null
  private closed = false

  private constructor(
    private readonly dir: string,
    private readonly actor: () => Profile | null,
    private readonly onChange: ChangeListener,
    /** Signs each audit event (team libraries); null signs nothing. */
    private readonly signer: AuditSigner | null,
    /** How many drafts stay in memory once nothing uses them. */
    private readonly keep: number,
    onFileChanged: ((id: string) => Promise<void>) | null = null,
  ) {
    this.onFileChanged = onFileChanged
    this.index = new LibraryIndex(dir)
    this.search = new LibrarySearch(
      dir,
      this.index,
      (id) => this.peek(id),
      (problem) => this.onProblem?.(problem),
      () => this.onChange(null, 'search'),
    )
  }

  /**
   * Opens the draft files of a library folder from its index: leftovers of interrupted writes are
   * removed, each draft file's size, time and inode are compared with the index, and only the
   * files that changed (or are new, or the whole folder when there is no index) are read; a file
   * that cannot be read is quarantined. `actor` is who the audit trail records for `update`.
   */
  static async open(
    dir: string,
    actor: () => Profile | null,
    onChange: ChangeListener,
    signer: AuditSigner | null = null,
    options: {
      keep?: number
      watch?: boolean
      onFileChanged?: (id: string) => Promise<void>
    } = {},
  ): Promise<DraftStore> {
    const store = new DraftStore(
      dir,
      actor,
      onChange,
      signer,
      options.keep ?? KEEP_IN_MEMORY,
      options.onFileChanged ?? null,
    )
    await store.index.load()
    await store.scan()
    // A library small enough to keep in memory is read whole, as it is opened (as before the
    // index); a bigger one is read a draft at a time, when each is used.
    if (store.index.entries.size <= store.keep) {
      for (const id of [...store.index.entries.keys()])
        await store.ensure(id).catch(() => undefined)
    }
    if (options.watch !== false) store.watchFolder()
    // The search index is read once the window has had its start (or at the first search).
    const later = setTimeout(() => {
      if (!store.closed) void store.search.ready()
    }, SEARCH_LOAD_DELAY_MS)
    later.unref()
    return store
  }

  /** Brings the index up to date with the draft files on disk. */
  private async scan(): Promise<void> {
    const dir = join(this.dir, DRAFTS)
    const names = await readdir(dir)
    // Leftovers of writes that a crash interrupted: never the real file, safe to drop; so is a
    // folder a migration to the records layout was building (its whole-draft file is intact).
    await Promise.all(
      names.filter(isTempName).map((n) => unlink(join(dir, n)).catch(() => undefined)),
    )
    await Promise.all(
      names
        .filter(isMigratingName)
        .map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)),
    )
    const ids = new Set(
      names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n)).map((n) => n.slice(0, -5)),
    )
    for (const id of [...this.index.entries.keys()]) {
      if (ids.has(id)) continue
      await this.onFileChanged?.(id)
      this.index.delete(id)
    }
    // Stats, a bounded number at a time; only a file whose stat differs from its entry is read.
    const stale: string[] = []
    const all = [...ids]
    for (let i = 0; i < all.length; i += 256) {
      await Promise.all(
        all.slice(i, i + 256).map(async (id) => {
          const s = await lstat(draftPath(this.dir, id)).catch(() => null)
          if (s) this.loadedFingerprints.set(id, `${s.size}:${s.mtimeMs}`)
          if (!s || this.index.get(id)?.fingerprint !== stamp(s)) stale.push(id)
        }),
      )
    }
    for (let i = 0; i < stale.length; i += 16) {
      await Promise.all(stale.slice(i, i + 16).map((id) => this.refresh(id)))
    }
  }

  /**
   * Reads a draft file into the index (and the search); one that cannot be read is moved to
   * quarantine and reported, or, if even that fails, reported where it is.
   */
  private async refresh(id: string): Promise<Low<DraftFile> | null> {
    const name = `${id}.json`
    try {
      const db = await readDraft(this.dir, id)
      this.reportRecords(db)
      await this.indexed(id, db.data)
      return db
    } catch (e) {
      this.index.delete(id)
      this.search.delete(id)
      // One bad entry never stops the library: it is moved aside and reported, or, if even
      // that fails, reported where it is.
      const reason =
        e instanceof CorruptFileError ? e.reason : `it could not be read (${String(e)})`
      try {
        const problem = await quarantine(this.dir, draftPath(this.dir, id), reason)
        this.onProblem?.(problem)
      } catch (moving) {
        if ((moving as NodeJS.ErrnoException).code === 'ENOENT') return null // gone meanwhile
        this.unmoved.push({
          file: `${DRAFTS}/${name}`,
          quarantinedAs: `${DRAFTS}/${name}`,
          reason: `${reason}; it could not be moved to quarantine either (${String(moving)}), so it stays where it is and the draft is not opened`,
          at: new Date().toISOString(),
          backupAvailable: false,
        })
      }
      return null
    }
  }

  /** Reports the record files a read left out (quarantined, or where they are). */
  private reportRecords(db: Low<DraftFile>): void {
    if (!(db.adapter instanceof DraftFolder)) return
    for (const problem of db.adapter.problems) {
      if (problem.quarantinedAs === problem.file) this.unmoved.push(problem)
      else this.onProblem?.(problem)
    }
    db.adapter.problems = []
  }

  /** Records a draft as it is now in the index and the search. */
  private async indexed(id: string, file: Readonly<DraftFile>): Promise<void> {
    const s = await lstat(draftPath(this.dir, id)).catch(() => null)
    if (!s) return
    const fingerprint = stamp(s)
    // The same file as the index knows (a draft read to be opened): nothing to do.
    if (this.index.get(id)?.fingerprint !== fingerprint) {
      await this.onFileChanged?.(id)
      this.index.set(id, indexEntry(file, fingerprint))
    }
    this.search.update(id, file, fingerprint)
  }

  /**
   * Picks up draft files another program changes while the library is open (a sync tool, a
   * script): a draft not in memory has its index entry and words read again (or is quarantined
   * if it cannot be read); a draft in memory keeps Galley's version, and the other program's
   * file is kept aside as a conflict at its next write (docs/storage.md).
   */
  private watchFolder(): void {
    try {
      this.watcher = fsWatch(join(this.dir, DRAFTS), (_event, name) => {
        const n = typeof name === 'string' ? name : ''
        if (!/^[A-Za-z0-9_-]{1,64}\.json$/.test(n)) return
        this.watched.add(n.slice(0, -5))
        if (this.watchTimer) clearTimeout(this.watchTimer)
        this.watchTimer = setTimeout(() => void this.picked(), WATCH_SETTLE_MS)
        this.watchTimer.unref()
      })
      this.watcher.on('error', () => this.watcher?.close())
      this.watcher.unref()
    } catch {
      // No file events here (some network shares): the next start compares every file.
    }
  }

  private async picked(): Promise<void> {
    const ids = [...this.watched]
    this.watched.clear()
    for (const id of ids) {
      if (this.closed || this.drafts.has(id) || this.queues.busy(id)) continue
      await this.queues.run(id, async () => {
        const s = await lstat(draftPath(this.dir, id)).catch(() => null)
        const known = this.index.get(id)
        if (!s) {
          if (known) {
            await this.onFileChanged?.(id)
            this.index.delete(id)
            this.search.delete(id)
            this.onChange(id, 'changed-on-disk')
          }
          return
        }
        if (known?.fingerprint === stamp(s) || this.drafts.has(id)) return
        await this.refresh(id)
        this.onChange(id, 'changed-on-disk')
      })
    }
  }

  /**
   * A draft's file as it is now, without keeping it in memory: the one in memory, else read from
   * disk (null when it cannot be read).
   */
  private async peek(id: string): Promise<Readonly<DraftFile> | null> {
    const loaded = this.drafts.get(id)
    if (loaded) return loaded.data
    try {
      return (await readDraft(this.dir, id, { quarantine: false })).data
    } catch {
      return null
    }
  }

  /**
   * Reads a draft into memory if it is not there yet (the others are let go of, least recently
   * used first, once nothing uses them). A file that cannot be read any more is quarantined and
   * reported; asking for it then fails with a sentence.
   */
  async ensure(id: string): Promise<void> {
    const db = this.drafts.get(id)
    if (db) {
      this.drafts.delete(id)
      this.drafts.set(id, db)
      return
    }
    if (!this.index.has(id)) return
    let loading = this.loading.get(id)
    if (!loading) {
      loading = (async () => {
        const read = await this.refresh(id)
        if (read && !this.drafts.has(id)) this.adopt(id, read)
      })().finally(() => this.loading.delete(id))
      this.loading.set(id, loading)
    }
    await loading
    if (!this.drafts.has(id)) {
      throw new GalleyError(
        'unreadable-file',
        "That draft's file could not be read, so Galley moved it to quarantine: see the problems above the library list.",
      )
    }
  }

  /**
   * Runs `fn` with these drafts in memory (ids that are not drafts are ignored) and keeps them
   * there until it is done.
   */
  async using<T>(ids: readonly string[], fn: () => Promise<T>): Promise<T> {
    const drafts = ids.filter((id) => this.index.has(id) || this.drafts.has(id))
    for (const id of drafts) this.pins.set(id, (this.pins.get(id) ?? 0) + 1)
    try {
      for (const id of drafts) await this.ensure(id)
      return await fn()
    } finally {
      for (const id of drafts) {
        const n = (this.pins.get(id) ?? 1) - 1
        if (n > 0) this.pins.set(id, n)
        else this.pins.delete(id)
      }
      this.trim()
    }
  }

  /** Lets go of the least recently used drafts nothing uses, beyond the ones kept. */
  private trim(): void {
    if (this.drafts.size <= this.keep) return
    for (const id of [...this.drafts.keys()]) {
      if (this.drafts.size <= this.keep) return
      if (this.pins.has(id) || this.queues.busy(id)) continue
      this.drafts.delete(id)
    }
  }

  /** Stops watching the drafts folder and writes the index and the search index. */
  async close(): Promise<void> {
    this.closed = true
    this.watcher?.close()
    if (this.watchTimer) clearTimeout(this.watchTimer)
    await this.idle()
    await this.index.close()
    await this.search.close()
  }

  /** Lets the library hear of conflicts met while writing this draft's file. */
  private watch(db: Low<DraftFile>): Low<DraftFile> {
    if (db.adapter instanceof DraftFolder) {
      db.adapter.onConflict = (problem) => this.onConflict?.(problem)
      db.adapter.beforeWrite = async () => this.beforeWrite?.()
    }
    return db
  }

  private adopt(id: string, db: Low<DraftFile>): void {
    this.drafts.set(id, this.watch(db))
    this.trim()
  }

  /**
   * Loads a draft file that was just put back in place (from its backup); throws CorruptFileError
   * if it cannot be read, and refuses a draft that is already open.
   */
  async load(id: string): Promise<void> {
    if (this.has(id)) throw new GalleyError('conflict', 'That draft is already open.')
    const db = await readDraft(this.dir, id)
    this.reportRecords(db)
    await this.indexed(id, db.data)
    this.loadedFingerprints.set(id, await this.fingerprint(id))
    this.adopt(id, db)
  }

  /**
   * A draft file's size and modification time on disk now ("" if it is gone): with
   * `loadedFingerprint`, tells whether the file is the one some derived data was worked out for,
   * even if it was changed by hand while Galley was closed.
   */
  async fingerprint(id: string): Promise<string> {
    try {
      const s = await stat(draftPath(this.dir, id))
      return `${s.size}:${s.mtimeMs}`
    } catch {
      return ''
    }
  }

  /** The draft file's fingerprint when the library was opened (or the draft restored). */
  loadedFingerprint(id: string): string | undefined {
    return this.loadedFingerprints.get(id)
  }

  /** How many drafts the library holds (trashed ones included). */
  get size(): number {
    return this.index.entries.size
  }

  /** Whether this draft is in memory now (reading it from there costs nothing). */
  inMemory(id: string): boolean {
    return this.drafts.has(id)
  }

  /** How many drafts are in memory now. */
  get loaded(): number {
    return this.drafts.size
  }

  /** Every draft's index entry (its list row and more), in no particular order. */
  entries(): IterableIterator<IndexEntry> {
    return this.index.entries.values()
  }

  /**
   * One draft's file as it is now (in memory: see `ensure`, `using`). Change it only inside
   * `exclusive`, then `commit`; a reader must not keep or change what it is given.
   */
  file(id: string): DraftFile {
    return this.db(id).data
  }

  /** Like `file`, for a change: refuses a draft in the trash. */
  writable(id: string): DraftFile {
    const file = this.file(id)
    if (file.draft.trashedAt !== null) {
      throw new GalleyError(
        'conflict',
        'This draft is in the trash. Restore it first to change it.',
      )
    }
    return file
  }

  /** Writes the draft's file as it is now (with `touch`, dated `at`) and says it changed. */
  async commit(id: string, reason: string, touch = true, at = new Date()): Promise<DraftRecord> {
    const db = this.db(id)
    if (touch) db.data.draft.updatedAt = at.toISOString()
    await db.write()
    await this.indexed(id, db.data)
    this.onChange(db.data.draft.id, reason)
    return { ...db.data.draft }
  }

  private db(id: string): Low<DraftFile> {
    const db = this.drafts.get(id)
    if (db) return db
    if (this.index.has(id)) {
      // A caller that did not ask for the draft first (`ensure`): a mistake in Galley.
      throw new Error(`draft ${id} was used before it was read into memory (ensure it first)`)
    }
    throw new GalleyError(
      'not-found',
      'That draft is not in this library (it may have been deleted).',
    )
  }

  /** Whether the library holds this draft (trashed ones included). */
  has(id: string): boolean {
    return this.index.has(id) || this.drafts.has(id)
  }

  /**
   * Puts a draft's file as a team sync merged it in place: writes it (atomically, keeping the
   * file it replaces as .bak) and says it changed. Run inside `exclusive(id)`.
   */
  async put(id: string, data: DraftFile, reason: string): Promise<void> {
    const file: DraftFile = { ...data, revisions: data.revisions.map(freezeRevision) }
    // Its file as last read, so the write can tell a change by another program from ours.
    if (this.index.has(id)) await this.ensure(id)
    const db = this.drafts.get(id)
    if (db) {
      db.data = file
      await this.commit(id, reason, false)
      return
    }
    const fresh = this.watch(draftDb(this.dir, id, file))
    await fresh.write()
    this.adopt(id, fresh)
    await this.indexed(id, file)
    this.loadedFingerprints.set(id, await this.fingerprint(id))
    this.onChange(id, reason)
  }

  /** Writes a new draft's file and adds it to the library. */
  async add(data: DraftFile): Promise<void> {
    const id = data.draft.id
    const db = this.watch(draftDb(this.dir, id, data))
    await db.write()
    this.adopt(id, db)
    await this.indexed(id, data)
    this.onChange(id, 'created')
  }

  /** Takes a draft out of the library and deletes its files (head, records) and their backups. */
  async remove(id: string): Promise<void> {
    const file = draftPath(this.dir, id)
    await this.onFileChanged?.(id)
    this.drafts.delete(id)
    this.index.delete(id)
    this.search.delete(id)
    await rm(file, { force: true })
    await rm(`${file}.bak`, { force: true })
    await rm(join(this.dir, DRAFTS, id), { recursive: true, force: true })
  }

  /** Reads from one draft's file; `fn` must not keep or change what it is given. */
  read<T>(draftId: string, fn: (file: Readonly<DraftFile>, current: Revision) => T): T {
    const file = this.file(draftId)
    return fn(file, currentRevision(file))
  }

  /**
   * Changes one draft's file (not in the trash) and writes it: `fn` mutates the file it is
   * given and returns what the caller should get back. Throwing in `fn` writes nothing.
   */
  update<T>(
    draftId: string,
    reason: string,
    fn: (file: DraftFile, current: Revision, audit: AuditSink) => T,
  ): Promise<T> {
    return this.exclusive(draftId, () => this.updateNow(draftId, reason, fn))
  }

  /** Runs changes to one draft one at a time, in the order they were asked for. */
  exclusive<T>(draftId: string, fn: () => Promise<T>): Promise<T> {
    // In memory for the change (and kept there while it runs: a busy draft is never let go of).
    return this.queues.run(draftId, async () => {
      await this.ensure(draftId)
      return fn()
    })
  }

  private async updateNow<T>(
    draftId: string,
    reason: string,
    fn: (file: DraftFile, current: Revision, audit: AuditSink) => T,
  ): Promise<T> {
    const { revisions, audit, ...rest } = this.writable(draftId)
    // Work on a copy of everything but the immutable revisions and the append-only audit
    // trail, so a throw leaves no trace.
    const copy: DraftFile = { ...structuredClone(rest), revisions, audit }
    const entries: AuditEntry[] = []
    const result = fn(copy, currentRevision(copy), (e) => entries.push(e))
    appendAudit(copy, entries, this.actor(), undefined, undefined, this.signer)
    this.db(draftId).data = copy
    await this.commit(draftId, reason)
    return result
  }

  /** Resolves once every draft write queued so far has finished (successfully or not). */
  idle(): Promise<void> {
    return filesIdle(this.drafts.values())
  }
}
