import { readdir, rm, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { DraftRecord, LibraryProblem, Profile, Revision } from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { appendAudit, type AuditEntry, type AuditSigner, type AuditSink } from '../audit/service'
import { isTempName } from '../storage/atomic'
import type { DraftFile } from '../storage/draft-file'
import { CorruptFileError, ValidatedJsonFile, quarantine } from '../storage/json-store'
import { DRAFTS, draftDb, draftPath, filesIdle, readDraft } from './files'
import { DraftQueues } from './queue'
import { currentRevision, freezeRevision } from './records'

/** Tells the window that a draft (or, with null, the whole library) changed, and why. */
export type ChangeListener = (draftId: string | null, reason: string) => void

/**
 * The unit of work over each draft's file: reads, changes run one at a time per draft with
 * their audit entries, atomic writes, and what the store knows of each file as it was loaded.
 */
export class DraftStore {
  private readonly drafts = new Map<string, Low<DraftFile>>()
  private readonly queues = new DraftQueues()
  /** Size and modification time of each draft file as it was loaded (see `fingerprint`). */
  private readonly loadedFingerprints = new Map<string, string>()
  /** Draft files that could not be read nor moved to quarantine: reported, left where they are. */
  readonly unmoved: LibraryProblem[] = []
  /** Told when a draft file changed on disk under Galley was moved aside (a conflict). */
  onConflict: ((problem: LibraryProblem) => Promise<void>) | null = null
  /** Checked before each draft write (the library's lock still held); throws to refuse it. */
  beforeWrite: (() => Promise<void>) | null = null

  private constructor(
    private readonly dir: string,
    private readonly actor: () => Profile | null,
    private readonly onChange: ChangeListener,
    /** Signs each audit event (team libraries); null signs nothing. */
    private readonly signer: AuditSigner | null,
  ) {}

  /**
   * Loads every draft file of a library folder: leftovers of interrupted writes are removed and a
   * file that cannot be read is quarantined. `actor` is who the audit trail records for `update`.
   */
  static async open(
    dir: string,
    actor: () => Profile | null,
    onChange: ChangeListener,
    signer: AuditSigner | null = null,
  ): Promise<DraftStore> {
    const store = new DraftStore(dir, actor, onChange, signer)
    await store.loadAll()
    return store
  }

  private async loadAll(): Promise<void> {
    const dir = join(this.dir, DRAFTS)
    const names = await readdir(dir)
    // Leftovers of writes that a crash interrupted: never the real file, safe to drop.
    await Promise.all(
      names.filter(isTempName).map((n) => unlink(join(dir, n)).catch(() => undefined)),
    )
    const files = names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n))
    await Promise.all(
      files.map(async (name) => {
        const id = name.slice(0, -5)
        try {
          await this.adopt(id, await readDraft(this.dir, id))
        } catch (e) {
          // One bad entry never stops the library: it is moved aside and reported, or, if even
          // that fails, reported where it is.
          const reason =
            e instanceof CorruptFileError ? e.reason : `it could not be read (${String(e)})`
          try {
            await quarantine(this.dir, join(dir, name), reason)
          } catch (moving) {
            this.unmoved.push({
              file: `${DRAFTS}/${name}`,
              quarantinedAs: `${DRAFTS}/${name}`,
              reason: `${reason}; it could not be moved to quarantine either (${String(moving)}), so it stays where it is and the draft is not opened`,
              at: new Date().toISOString(),
              backupAvailable: false,
            })
          }
        }
      }),
    )
  }

  /** Lets the library hear of conflicts met while writing this draft's file. */
  private watch(db: Low<DraftFile>): Low<DraftFile> {
    if (db.adapter instanceof ValidatedJsonFile) {
      db.adapter.onConflict = (problem) => this.onConflict?.(problem)
      db.adapter.beforeWrite = async () => this.beforeWrite?.()
    }
    return db
  }

  private async adopt(id: string, db: Low<DraftFile>): Promise<void> {
    this.drafts.set(id, this.watch(db))
    this.loadedFingerprints.set(id, await this.fingerprint(id))
  }

  /**
   * Loads a draft file that was just put back in place (from its backup); throws CorruptFileError
   * if it cannot be read, and refuses a draft that is already open.
   */
  async load(id: string): Promise<void> {
    if (this.drafts.has(id)) throw new GalleyError('conflict', 'That draft is already open.')
    await this.adopt(id, await readDraft(this.dir, id))
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
    return this.drafts.size
  }

  /** Every draft's file, in no particular order; what is given must not be kept or changed. */
  *files(): IterableIterator<Readonly<DraftFile>> {
    for (const { data } of this.drafts.values()) yield data
  }

  /**
   * One draft's file as it is now. Change it only inside `exclusive`, then `commit`; a reader
   * must not keep or change what it is given.
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
    this.onChange(db.data.draft.id, reason)
    return { ...db.data.draft }
  }

  private db(id: string): Low<DraftFile> {
    const db = this.drafts.get(id)
    if (!db)
      throw new GalleyError(
        'not-found',
        'That draft is not in this library (it may have been deleted).',
      )
    return db
  }

  /** Whether the library holds this draft (trashed ones included). */
  has(id: string): boolean {
    return this.drafts.has(id)
  }

  /**
   * Puts a draft's file as a team sync merged it in place: writes it (atomically, keeping the
   * file it replaces as .bak) and says it changed. Run inside `exclusive(id)`.
   */
  async put(id: string, data: DraftFile, reason: string): Promise<void> {
    const file: DraftFile = { ...data, revisions: data.revisions.map(freezeRevision) }
    const db = this.drafts.get(id)
    if (db) {
      db.data = file
      await this.commit(id, reason, false)
      return
    }
    const fresh = this.watch(draftDb(draftPath(this.dir, id), file))
    await fresh.write()
    this.drafts.set(id, fresh)
    this.loadedFingerprints.set(id, await this.fingerprint(id))
    this.onChange(id, reason)
  }

  /** Writes a new draft's file and adds it to the library. */
  async add(data: DraftFile): Promise<void> {
    const id = data.draft.id
    const db = this.watch(draftDb(draftPath(this.dir, id), data))
    await db.write()
    this.drafts.set(id, db)
    this.onChange(id, 'created')
  }

  /** Takes a draft out of the library and deletes its file and that file's backup. */
  async remove(id: string): Promise<void> {
    const file = draftPath(this.dir, id)
    this.drafts.delete(id)
    await rm(file, { force: true })
    await rm(`${file}.bak`, { force: true })
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
    return this.queues.run(draftId, fn)
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
