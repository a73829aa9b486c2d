import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DraftSummarySchema, IdSchema, type LibraryProblem } from '@shared/domain'
import { isTempName, writeFileAtomic } from '../storage/atomic'
import type { DraftFile } from '../storage/draft-file'
import { quarantine } from '../storage/json-store'
import { decodeUtf8, readLibraryFile } from '../storage/safe-read'
import { currentRevision } from './records'

/** Where the library index is kept: derived from the drafts, rebuilt when missing. */
export const INDEX_FILE = join('cache', 'index.json')
const INDEX_VERSION = 1

const RowSchema = DraftSummarySchema.omit({ snippet: true, readiness: true })
export type IndexRow = z.infer<typeof RowSchema>

const EntrySchema = z.object({
  /** The draft file's size, modification time and inode when this entry was made from it. */
  fingerprint: z.string().min(1),
  row: RowSchema,
  /** What publish readiness depends on (with the people register): see legal/summary.ts. */
  auditHead: z.string(),
  currentRevisionId: IdSchema,
  attachments: z.number().int().nonnegative(),
  /** Register people the draft's quotes and transcripts name (people:merge rewrites them). */
  personIds: z.array(IdSchema),
  /** The draft this one was imported as a copy of (portable files), if any. */
  copyOf: IdSchema.nullable(),
})
export type IndexEntry = z.infer<typeof EntrySchema>

const IndexFileSchema = z.object({
  schemaVersion: z.number().int(),
  drafts: z.record(IdSchema, EntrySchema),
})

/** What the library list and readiness need of a draft, worked out from its file. */
export function indexEntry(file: Readonly<DraftFile>, fingerprint: string): IndexEntry {
  const d = file.draft
  const byVerdict: Record<string, number> = {}
  let needsRecheck = 0
  let orphaned = 0
  for (const c of file.claims) {
    byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1
    if (c.needsRecheck) needsRecheck++
    if (c.status === 'orphaned') orphaned++
  }
  const personIds = new Set<string>()
  for (const q of file.quotes) if (q.speaker?.personId) personIds.add(q.speaker.personId)
  for (const t of file.transcripts) if (t.personId) personIds.add(t.personId)
  return {
    fingerprint,
    row: {
      id: d.id,
      title: d.title,
      byline: d.byline,
      status: d.status,
      updatedAt: d.updatedAt,
      revisionCount: file.revisions.length,
      archivedAt: d.archivedAt,
      trashedAt: d.trashedAt,
      claims: { total: file.claims.length, byVerdict, needsRecheck, orphaned },
    },
    auditHead: file.audit.at(-1)?.hash ?? '',
    currentRevisionId: currentRevision(file).id,
    attachments: file.attachments.length,
    personIds: [...personIds],
    copyOf: d.copyOf?.draftId ?? null,
  }
}

/** A change to the index is written this long after the last one (and when the library closes). */
const SAVE_DELAY_MS = 1_000

/**
 * The library index (`cache/index.json`): one entry per draft file with its list row and the
 * fingerprint (size, modification time, inode) of the file it was made from, so a start reads
 * the index and stats each draft file instead of reading every draft. Written atomically a
 * moment after each change; a damaged one is moved to quarantine and reported, then rebuilt.
 */
export class LibraryIndex {
  readonly entries = new Map<string, IndexEntry>()
  private timer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private closed = false

  constructor(private readonly dir: string) {}

  private get file(): string {
    return join(this.dir, INDEX_FILE)
  }

  /**
   * Reads the kept index. Missing, or written by another version: nothing is kept (the drafts
   * are read again). Damaged (not JSON, wrong shape): moved to quarantine, and the problem is
   * returned so it can be reported; it is never overwritten in place.
   */
  async load(): Promise<LibraryProblem | null> {
    const cache = join(this.dir, 'cache')
    try {
      for (const name of await readdir(cache)) {
        if (isTempName(name)) await unlink(join(cache, name)).catch(() => undefined)
      }
    } catch {
      return null // no cache folder yet
    }
    let reason: string
    try {
      const bytes = await readLibraryFile(this.file)
      if (bytes === null) return null
      const text = decodeUtf8(bytes)
      if (!('text' in text)) throw new Error(`it is not valid UTF-8 text (byte ${text.invalidAt})`)
      const json = JSON.parse(text.text) as unknown
      const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion
      if (typeof version === 'number' && version !== INDEX_VERSION) return null
      const parsed = IndexFileSchema.safeParse(json)
      if (parsed.success) {
        for (const [id, entry] of Object.entries(parsed.data.drafts)) {
          if (entry.row.id === id) this.entries.set(id, entry)
        }
        return null
      }
      reason = `it does not have the shape of a library index (${parsed.error.issues[0]?.message ?? 'invalid'})`
    } catch (e) {
      reason = e instanceof SyntaxError ? 'it is not valid JSON' : String((e as Error).message ?? e)
    }
    try {
      return await quarantine(
        this.dir,
        this.file,
        `The library index could not be read: ${reason}. Galley moved it aside and built a new one from the drafts; nothing was lost (the index only repeats what the drafts hold)`,
        { backup: false },
      )
    } catch {
      return null // could not be moved either: it is simply not used, and replaced on save
    }
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id)
  }

  set(id: string, entry: IndexEntry): void {
    this.entries.set(id, entry)
    this.changed()
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.changed()
  }

  /** Asks for a write a moment from now (changes close together are written once). */
  changed(): void {
    if (this.closed) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS)
    this.timer.unref()
  }

  /** Writes the index now if it changed; one write at a time, never failing the caller. */
  flush(): Promise<void> {
    if (!this.timer) return this.saving
    clearTimeout(this.timer)
    this.timer = null
    this.saving = this.saving.then(() => this.write()).catch(() => undefined)
    return this.saving
  }

  /** The last write, then no more. */
  async close(): Promise<void> {
    await this.flush()
    this.closed = true
  }

  private async write(): Promise<void> {
    await mkdir(join(this.dir, 'cache'), { recursive: true })
    const data = { schemaVersion: INDEX_VERSION, drafts: Object.fromEntries(this.entries) }
    await writeFileAtomic(this.file, JSON.stringify(data))
  }
}
