import { mkdir, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { ZodType } from 'zod'
import { countWords } from '@shared/text'
import {
  type Attachment,
  type DraftDetail,
  type DraftRecord,
  type DraftSummary,
  type LibraryProblem,
  type LibraryView,
  type Person,
  type Profile,
  type Revision,
  type RevisionInfo,
} from '@shared/domain'
import { GalleyError } from '@shared/errors'
import { appendAudit, type AuditEntry, type AuditSink } from './audit/service'
import { newId, sha256 } from './ids'
import { isTempName } from './storage/atomic'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  draftFileJson,
  type DraftFile,
} from './storage/draft-file'
import { CorruptFileError, ValidatedJsonFile, listProblems, quarantine } from './storage/json-store'
import { acquireLock, type LibraryLock } from './storage/lock'
import {
  DEFAULT_PEOPLE,
  DEFAULT_SETTINGS,
  PeopleFileSchema,
  SettingsSchema,
  type PeopleFile,
  type Settings,
} from './storage/settings-file'
import { searchKey, snippetAround } from './search'
import { countWordsInSteps } from './revisions/words'
import { nextTurn } from './workers/turn'

export type Author = Profile
export type Origin = Revision['origin']
export type ChangeListener = (draftId: string | null, reason: string) => void

const DRAFTS = 'drafts'
const ATTACHMENTS = 'attachments'
const LOCK = 'galley.lock'

const draftSpec = {
  schema: DraftFileSchema,
  version: DRAFT_SCHEMA_VERSION,
  migrations: DRAFT_MIGRATIONS,
  serialize: draftFileJson,
}

function info(revision: Revision): RevisionInfo {
  const { body: _body, ...rest } = revision
  return rest
}

function freezeRevision(r: Revision): Revision {
  return Object.freeze({
    ...r,
    author: Object.freeze({ ...r.author }),
    origin: Object.freeze({ ...r.origin }),
  })
}

/** Builds a new immutable revision (the parent is the draft's current one). */
export function makeRevision(
  parent: Revision | null,
  body: string,
  message: string,
  author: Author,
  origin: Origin,
  at = new Date(),
  words = countWords(body),
): Revision {
  return freezeRevision({
    id: newId('r'),
    parentId: parent?.id ?? null,
    number: (parent?.number ?? 0) + 1,
    author: { name: author.name, role: author.role },
    createdAt: at.toISOString(),
    message,
    hash: sha256(body),
    words,
    origin,
    body,
  })
}

function claimCounts(file: DraftFile): DraftSummary['claims'] {
  const byVerdict: Record<string, number> = {}
  let needsRecheck = 0
  let orphaned = 0
  for (const c of file.claims) {
    byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1
    if (c.needsRecheck) needsRecheck++
    if (c.status === 'orphaned') orphaned++
  }
  return { total: file.claims.length, byVerdict, needsRecheck, orphaned }
}

/**
 * Runs inside a revision save, before the write, with the file as it was before the new
 * revision: it may change the file's annotations directly (quick work), or return a promise of
 * a patch to apply to the file once the new revision is in (heavy work done off the main thread).
 */
export type RevisionHook = (
  file: DraftFile,
  previous: Revision,
  next: Revision,
  author: Author,
  at: Date,
) => void | Promise<((file: DraftFile) => void) | void>

/**
 * The library folder: one lowdb file per draft, settings and people files, attachments beside
 * them, a quarantine for files that cannot be read, and a lock so that only one process writes.
 */
export class Library {
  private readonly drafts = new Map<string, Low<DraftFile>>()
  private problems: LibraryProblem[] = []
  private readonly revisionHooks: RevisionHook[] = []
  private readonly queues = new Map<string, Promise<void>>()
  private stateHasher: ((file: Readonly<DraftFile>) => Promise<string>) | null = null
  /** Size and modification time of each draft file as it was loaded (see `fingerprint`). */
  private readonly loadedFingerprints = new Map<string, string>()

  private constructor(
    readonly dir: string,
    private readonly lock: LibraryLock,
    private readonly settings: Low<Settings>,
    private readonly people: Low<PeopleFile>,
    private readonly onChange: ChangeListener,
  ) {}

  /** Opens (creating if needed) a library folder; refuses if another process holds it. */
  static async open(
    dir: string,
    mode: string,
    onChange: ChangeListener = () => undefined,
  ): Promise<Library> {
    await mkdir(join(dir, DRAFTS), { recursive: true })
    const lock = await acquireLock(join(dir, LOCK), mode)
    try {
      const settings = await Library.loadSmall(
        dir,
        'settings.json',
        SettingsSchema,
        DEFAULT_SETTINGS,
      )
      const people = await Library.loadSmall(dir, 'people.json', PeopleFileSchema, DEFAULT_PEOPLE)
      const library = new Library(dir, lock, settings, people, onChange)
      await library.loadDrafts()
      return library
    } catch (e) {
      await lock.release()
      throw e
    }
  }

  private static async loadSmall<T>(
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

  private async loadDrafts(): Promise<void> {
    const dir = join(this.dir, DRAFTS)
    const names = await readdir(dir)
    // Leftovers of writes that a crash interrupted: never the real file, safe to drop.
    await Promise.all(
      names.filter(isTempName).map((n) => unlink(join(dir, n)).catch(() => undefined)),
    )
    const files = names.filter((n) => /^[A-Za-z0-9_-]{1,64}\.json$/.test(n))
    await Promise.all(
      files.map(async (name) => {
        const file = join(dir, name)
        const db = new Low<DraftFile>(
          new ValidatedJsonFile(file, draftSpec),
          null as unknown as DraftFile,
        )
        try {
          await db.read()
          if (db.data.draft.id !== name.slice(0, -5)) {
            throw new CorruptFileError(
              file,
              `it names draft "${db.data.draft.id}" but is stored as ${name}`,
            )
          }
          db.data.revisions = db.data.revisions.map(freezeRevision)
          this.drafts.set(db.data.draft.id, db)
          this.loadedFingerprints.set(db.data.draft.id, await this.fingerprint(db.data.draft.id))
        } catch (e) {
          if (!(e instanceof CorruptFileError)) throw e
          await quarantine(this.dir, file, e.reason)
        }
      }),
    )
    await this.refreshProblems()
  }

  /** Reads the quarantine again, e.g. after a problem was resolved. */
  async refreshProblems(): Promise<void> {
    this.problems = await listProblems(this.dir)
  }

  /**
   * Loads a library file that was just put back in place from its backup: a draft joins the
   * library, settings or people are read again. Returns the draft's id for a draft file.
   */
  async loadRestored(rel: string): Promise<string | null> {
    if (rel === 'settings.json' || rel === 'people.json') {
      await (rel === 'settings.json' ? this.settings : this.people).read()
      this.onChange(null, 'restored')
      return null
    }
    const id = /^drafts[\\/]([A-Za-z0-9_-]{1,64})\.json$/.exec(rel)?.[1]
    if (!id) throw new GalleyError('invalid-input', `${rel} is not a file Galley can load.`)
    if (this.drafts.has(id)) throw new GalleyError('conflict', 'That draft is already open.')
    const file = join(this.dir, DRAFTS, `${id}.json`)
    const db = new Low<DraftFile>(
      new ValidatedJsonFile(file, draftSpec),
      null as unknown as DraftFile,
    )
    await db.read()
    if (db.data.draft.id !== id) {
      throw new CorruptFileError(
        file,
        `it names draft "${db.data.draft.id}" but is stored as ${id}.json`,
      )
    }
    db.data.revisions = db.data.revisions.map(freezeRevision)
    this.drafts.set(id, db)
    this.loadedFingerprints.set(id, await this.fingerprint(id))
    this.onChange(id, 'restored')
    return id
  }

  /**
   * A draft file's size and modification time on disk now ("" if it is gone): with
   * `loadedFingerprint`, tells whether the file is the one some derived data was worked out for,
   * even if it was changed by hand while Galley was closed.
   */
  async fingerprint(id: string): Promise<string> {
    try {
      const s = await stat(join(this.dir, DRAFTS, `${id}.json`))
      return `${s.size}:${s.mtimeMs}`
    } catch {
      return ''
    }
  }

  /** The draft file's fingerprint when this library was opened (or the draft restored). */
  loadedFingerprint(id: string): string | undefined {
    return this.loadedFingerprints.get(id)
  }

  /** Files moved to quarantine because they could not be read. */
  getProblems(): readonly LibraryProblem[] {
    return this.problems
  }

  get draftCount(): number {
    return this.drafts.size
  }

  get profile(): Profile | null {
    return this.settings.data.profile
  }

  get sampleSeededAt(): string | null {
    return this.settings.data.sampleSeededAt
  }

  async setProfile(profile: Profile): Promise<Profile> {
    this.settings.data.profile = { name: profile.name, role: profile.role }
    await this.settings.write()
    return this.settings.data.profile
  }

  async markSampleSeeded(): Promise<void> {
    this.settings.data.sampleSeededAt = new Date().toISOString()
    await this.settings.write()
  }

  listPeople(): readonly Person[] {
    return this.people.data.people
  }

  async addPeople(people: readonly Omit<Person, 'id'>[]): Promise<void> {
    for (const p of people) this.people.data.people.push({ ...p, id: newId('p') })
    await this.people.write()
  }

  /** Adds a person (no id) or replaces the one with that id; returns it as it was and is. */
  async savePerson(
    person: Omit<Person, 'id'> & { readonly id?: string | undefined },
  ): Promise<{ before: Person | null; after: Person }> {
    const all = this.people.data.people
    const before = person.id ? (all.find((p) => p.id === person.id) ?? null) : null
    if (person.id && !before)
      throw new GalleyError('not-found', 'That person is not in the register any more.')
    const after: Person = { ...structuredClone(person), id: before?.id ?? newId('p') }
    await this.writePeople(
      before ? all.map((p) => (p.id === after.id ? after : p)) : [...all, after],
    )
    return { before, after }
  }

  /** Removes a person from the register; returns who was removed. */
  async deletePerson(id: string): Promise<Person> {
    const gone = this.people.data.people.find((p) => p.id === id)
    if (!gone) throw new GalleyError('not-found', 'That person is not in the register any more.')
    await this.writePeople(this.people.data.people.filter((p) => p.id !== id))
    return gone
  }

  /** Writes the register (temp file, fsync, rename); on failure the old list stays. */
  private async writePeople(people: Person[]): Promise<void> {
    const previous = this.people.data.people
    this.people.data.people = people
    try {
      await this.people.write()
    } catch (e) {
      this.people.data.people = previous
      throw e
    }
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

  private current(file: DraftFile): Revision {
    const rev = file.revisions.find((r) => r.id === file.draft.currentRevisionId)
    if (!rev) throw new GalleyError('corrupt-file', 'This draft has no current revision.')
    return rev
  }

  private async commit(
    db: Low<DraftFile>,
    reason: string,
    touch = true,
    at = new Date(),
  ): Promise<DraftRecord> {
    if (touch) db.data.draft.updatedAt = at.toISOString()
    await db.write()
    this.onChange(db.data.draft.id, reason)
    return { ...db.data.draft }
  }

  /** Drafts in one view, newest change first; with a query, those whose title or text match. */
  list(view: LibraryView, query?: string): DraftSummary[] {
    const needle = query ? searchKey(query.trim()) : ''
    const out: DraftSummary[] = []
    for (const { data } of this.drafts.values()) {
      const d = data.draft
      const inView =
        view === 'trash'
          ? d.trashedAt !== null
          : d.trashedAt === null && (view === 'archived') === (d.archivedAt !== null)
      if (!inView) continue
      let snippet: string | null = null
      if (needle) {
        const inTitle = searchKey(d.title).includes(needle)
        snippet = snippetAround(this.current(data).body, needle)
        if (!inTitle && snippet === null) continue
      }
      out.push({
        id: d.id,
        title: d.title,
        byline: d.byline,
        status: d.status,
        updatedAt: d.updatedAt,
        revisionCount: data.revisions.length,
        archivedAt: d.archivedAt,
        trashedAt: d.trashedAt,
        snippet,
        claims: claimCounts(data),
      })
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  detail(id: string): DraftDetail {
    const { data } = this.db(id)
    return {
      draft: { ...data.draft },
      revisions: data.revisions.map(info),
      current: this.current(data),
      attachments: data.attachments,
    }
  }

  revision(draftId: string, revisionId: string): Revision {
    const rev = this.db(draftId).data.revisions.find((r) => r.id === revisionId)
    if (!rev) throw new GalleyError('not-found', 'That revision is not part of this draft.')
    return rev
  }

  async create(
    input: {
      title: string
      byline?: string
      body?: string
      credits?: string[]
      status?: DraftRecord['status']
      relations?: DraftRecord['relations']
    },
    author: Author,
    origin: Origin,
    options: { message?: string; at?: Date } = {},
  ): Promise<DraftRecord> {
    const at = options.at ?? new Date()
    const id = newId('d')
    const rev = makeRevision(
      null,
      input.body ?? '',
      options.message ?? 'First version',
      author,
      origin,
      at,
    )
    const file = join(this.dir, DRAFTS, `${id}.json`)
    const data: DraftFile = {
      schemaVersion: DRAFT_SCHEMA_VERSION,
      draft: {
        id,
        title: input.title,
        byline: input.byline ?? '',
        credits: input.credits ?? [],
        status: input.status ?? 'draft',
        relations: input.relations ?? [],
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        archivedAt: null,
        trashedAt: null,
        currentRevisionId: rev.id,
      },
      revisions: [rev],
      attachments: [],
      claims: [],
      dismissedSuggestions: [],
      quotes: [],
      transcripts: [],
      legal: { subject: '', accepted: [], signoffs: [] },
      audit: [],
    }
    appendAudit(
      data,
      [
        {
          action: 'draft.create',
          target: `draft/${id}`,
          after: { title: data.draft.title, revision: rev.number, hash: rev.hash },
        },
      ],
      author,
      at,
    )
    const db = new Low<DraftFile>(new ValidatedJsonFile(file, draftSpec), data)
    await db.write()
    this.drafts.set(id, db)
    this.onChange(id, 'created')
    return { ...data.draft }
  }

  private writable(id: string): Low<DraftFile> {
    const db = this.db(id)
    if (db.data.draft.trashedAt !== null) {
      throw new GalleyError(
        'conflict',
        'This draft is in the trash. Restore it first to change it.',
      )
    }
    return db
  }

  async rename(id: string, title: string): Promise<DraftRecord> {
    return this.exclusive(id, async () => {
      const db = this.writable(id)
      db.data.draft.title = title
      return this.commit(db, 'renamed')
    })
  }

  /**
   * Changes the draft's byline, credits, status or brand relations. `guard` runs first, in the
   * same turn of the draft's queue, so what it checks (publish readiness) is what gets changed.
   */
  async updateMeta(
    id: string,
    patch: Partial<Pick<DraftRecord, 'byline' | 'credits' | 'status' | 'relations'>>,
    guard?: () => Promise<void>,
    at = new Date(),
  ): Promise<DraftRecord> {
    return this.exclusive(id, async () => {
      await guard?.()
      const db = this.writable(id)
      const d = db.data.draft
      const entries: AuditEntry[] = []
      if (patch.byline !== undefined) d.byline = patch.byline
      if (patch.credits !== undefined) d.credits = patch.credits
      if (patch.status !== undefined && patch.status !== d.status) {
        entries.push({
          action: 'draft.status',
          target: `draft/${id}`,
          before: d.status,
          after: patch.status,
        })
        d.status = patch.status
      }
      if (patch.relations !== undefined) {
        entries.push({
          action: 'draft.relations',
          target: `draft/${id}`,
          before: d.relations,
          after: patch.relations,
        })
        d.relations = patch.relations
      }
      appendAudit(db.data, entries, this.profile, at)
      return this.commit(db, 'meta', true, at)
    })
  }

  async setArchived(id: string, archived: boolean, at = new Date()): Promise<DraftRecord> {
    return this.exclusive(id, async () => {
      const db = this.writable(id)
      db.data.draft.archivedAt = archived ? at.toISOString() : null
      return this.commit(db, archived ? 'archived' : 'unarchived')
    })
  }

  async trash(id: string): Promise<DraftRecord> {
    return this.exclusive(id, async () => {
      const db = this.db(id)
      if (db.data.draft.trashedAt === null) db.data.draft.trashedAt = new Date().toISOString()
      return this.commit(db, 'trashed', false)
    })
  }

  async restore(id: string): Promise<DraftRecord> {
    return this.exclusive(id, async () => {
      const db = this.db(id)
      db.data.draft.trashedAt = null
      return this.commit(db, 'restored', false)
    })
  }

  /** Deletes a draft that is in the trash: its file, backup and attachments. */
  async deleteForever(id: string): Promise<void> {
    return this.exclusive(id, async () => {
      const db = this.db(id)
      if (db.data.draft.trashedAt === null) {
        throw new GalleyError(
          'conflict',
          'Only drafts in the trash can be deleted for good. Move it to the trash first.',
        )
      }
      const file = join(this.dir, DRAFTS, `${id}.json`)
      this.drafts.delete(id)
      await rm(file, { force: true })
      await rm(`${file}.bak`, { force: true })
      await rm(join(this.dir, ATTACHMENTS, id), { recursive: true, force: true })
      this.onChange(id, 'deleted')
    })
  }

  /** Saves a new immutable revision on top of `baseRevisionId`, which must be the current one. */
  saveRevision(
    draftId: string,
    baseRevisionId: string,
    body: string,
    message: string,
    author: Author,
    origin: Origin,
    at = new Date(),
  ): Promise<Revision> {
    return this.exclusive(draftId, () =>
      this.saveRevisionNow(draftId, baseRevisionId, body, message, author, origin, at),
    )
  }

  private async saveRevisionNow(
    draftId: string,
    baseRevisionId: string,
    body: string,
    message: string,
    author: Author,
    origin: Origin,
    at: Date,
  ): Promise<Revision> {
    const db = this.writable(draftId)
    const current = this.current(db.data)
    if (current.id !== baseRevisionId) {
      throw new GalleyError(
        'conflict',
        `Revision ${current.number} was saved after the one you started from (by ${current.author.name}). Copy your text, reload the draft and apply your changes again.`,
      )
    }
    if (current.body === body) {
      throw new GalleyError(
        'invalid-input',
        'The text is the same as the current revision, so there is nothing new to save.',
      )
    }
    // A long text's words are counted a slice per turn of the event loop, and it is handed to
    // the hooks on the turn after it is hashed: no step holds the main thread for long.
    const words = await countWordsInSteps(body)
    const rev = makeRevision(current, body, message, author, origin, at, words)
    await nextTurn()
    // Annotations follow the text into the new revision, in the same write as the revision.
    // Heavy hooks work off the main thread and hand back a patch; nothing else changes this
    // draft meanwhile (exclusive), so the patch applies to the file it was computed from.
    const patches = await Promise.all(
      this.revisionHooks.map((hook) => hook(db.data, current, rev, author, at)),
    )
    // Reading the worker's answer was this turn's work; applying it and hashing is the next's.
    await nextTurn()
    db.data.revisions = [...db.data.revisions, rev]
    db.data.draft.currentRevisionId = rev.id
    db.data.draft.updatedAt = at.toISOString()
    for (const patch of patches) if (typeof patch === 'function') patch(db.data)
    const entries: AuditEntry[] = [
      {
        action: 'revision.save',
        target: `revision/${rev.id}`,
        before: { revision: current.number, hash: current.hash },
        after: {
          revision: rev.number,
          hash: rev.hash,
          message: rev.message,
          origin: rev.origin.kind,
        },
      },
    ]
    // What made the draft ready was checked on the text before this one: back to review, and
    // marking it ready again runs the publish-readiness gate on the new text.
    if (db.data.draft.status === 'ready') {
      db.data.draft.status = 'in-review'
      entries.push({
        action: 'draft.status',
        target: `draft/${draftId}`,
        before: 'ready',
        after: 'in-review',
      })
    }
    const state = this.stateHasher ? await this.stateHasher(db.data) : undefined
    appendAudit(db.data, entries, author, at, state)
    await this.commit(db, 'revision', false)
    return rev
  }

  /** Works out the audit state hash of a big save elsewhere (a worker thread). */
  useStateHasher(hasher: (file: Readonly<DraftFile>) => Promise<string>): void {
    this.stateHasher = hasher
  }

  /** Registers work to do on a draft's file whenever a new revision is saved (re-anchoring). */
  onNewRevision(hook: RevisionHook): void {
    this.revisionHooks.push(hook)
  }

  /** Reads from one draft's file; `fn` must not keep or change what it is given. */
  read<T>(draftId: string, fn: (file: Readonly<DraftFile>, current: Revision) => T): T {
    const db = this.db(draftId)
    return fn(db.data, this.current(db.data))
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
  private exclusive<T>(draftId: string, fn: () => Promise<T>): Promise<T> {
    const before = this.queues.get(draftId) ?? Promise.resolve()
    const run = before.then(fn)
    const settled = run.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(draftId, settled)
    void settled.then(() => {
      if (this.queues.get(draftId) === settled) this.queues.delete(draftId)
    })
    return run
  }

  private async updateNow<T>(
    draftId: string,
    reason: string,
    fn: (file: DraftFile, current: Revision, audit: AuditSink) => T,
  ): Promise<T> {
    const db = this.writable(draftId)
    const { revisions, audit, ...rest } = db.data
    // Work on a copy of everything but the immutable revisions and the append-only audit
    // trail, so a throw leaves no trace.
    const copy: DraftFile = { ...structuredClone(rest), revisions, audit }
    const entries: AuditEntry[] = []
    const result = fn(copy, this.current(copy), (e) => entries.push(e))
    appendAudit(copy, entries, this.profile)
    db.data = copy
    await this.commit(db, reason)
    return result
  }

  async addAttachment(
    draftId: string,
    name: string,
    kind: Attachment['kind'],
    bytes: Uint8Array,
    at = new Date(),
  ): Promise<Attachment> {
    return this.exclusive(draftId, async () => {
      const db = this.writable(draftId)
      const att: Attachment = {
        id: newId('a'),
        name,
        kind,
        bytes: bytes.byteLength,
        addedAt: at.toISOString(),
      }
      const dir = join(this.dir, ATTACHMENTS, draftId)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, att.id), bytes, { flag: 'wx' })
      db.data.attachments = [...db.data.attachments, att]
      db.data.draft.updatedAt = att.addedAt
      await this.commit(db, 'attachment', false)
      return att
    })
  }

  async readAttachment(
    draftId: string,
    attachmentId: string,
  ): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
    const att = this.db(draftId).data.attachments.find((a) => a.id === attachmentId)
    if (!att) throw new GalleyError('not-found', 'That attachment is not part of this draft.')
    try {
      return {
        attachment: att,
        bytes: await readFile(join(this.dir, ATTACHMENTS, draftId, att.id)),
      }
    } catch {
      throw new GalleyError(
        'not-found',
        `The file of attachment "${att.name}" is missing from the library folder.`,
      )
    }
  }

  /**
   * Waits for writes in flight, then lets go of the lock. Every change was written when it was
   * made, so nothing is rewritten here (a file damaged on disk meanwhile stays as it is, to be
   * quarantined on the next open).
   */
  async close(): Promise<void> {
    const files = [...this.drafts.values(), this.settings, this.people].map((db) => db.adapter)
    await Promise.all(
      files.map((a) => (a instanceof ValidatedJsonFile ? a.idle() : Promise.resolve())),
    )
    await this.lock.release()
  }
}
