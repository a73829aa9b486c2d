import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DraftStatusSchema, type DraftSummary, IdSchema, type LibraryProblem } from '@shared/domain'
import { VERDICTS } from '@shared/constants'
import { isTempName, writeFileAtomic } from '../storage/atomic'
import { DelayedWrite } from '../storage/delayed-write'
import type { DraftFile } from '../storage/draft-file'
import { quarantine } from '../storage/json-store'
import { decodeUtf8, readLibraryFile } from '../storage/safe-read'
import { currentRevision } from './records'

/** Where the library index is kept: derived from the drafts, rebuilt when missing. */
export const INDEX_FILE = join('cache', 'index.json')
const INDEX_VERSION = 2

/** A library list row as the index keeps it (snippet and readiness are added when listing). */
export type IndexRow = Omit<DraftSummary, 'snippet' | 'readiness'>

/** A draft's entry: its list row and what else is worked out from its file without reading it. */
export interface IndexEntry {
  /** The draft file's size, modification time and inode when this entry was made from it. */
  readonly fingerprint: string
  readonly row: IndexRow
  /** What publish readiness depends on (with the people register): see legal/summary.ts. */
  readonly auditHead: string
  readonly currentRevisionId: string
  readonly attachments: number
  /** Register people the draft's quotes and transcripts name (people:merge rewrites them). */
  readonly personIds: readonly string[]
  /** The draft this one was imported as a copy of (portable files), if any. */
  readonly copyOf: string | null
}

/**
 * The file keeps the entries as columns (one array per field), so that checking it with zod is a
 * pass over plain arrays: a record of 5,000 entry objects took 400 ms to check, columns a few ms.
 */
const COUNTS = ['revisions', 'attachments', 'claims', 'needsRecheck', 'orphaned', ...VERDICTS]
const column = <T extends z.ZodType>(item: T) => z.array(item)
const IndexFileSchema = z
  .object({
    schemaVersion: z.number().int(),
    ids: column(IdSchema),
    fingerprints: column(z.string().min(1)),
    titles: column(z.string()),
    bylines: column(z.string()),
    statuses: column(DraftStatusSchema),
    updatedAt: column(z.string()),
    archivedAt: column(z.string().nullable()),
    trashedAt: column(z.string().nullable()),
    auditHeads: column(z.string()),
    currentRevisionIds: column(IdSchema),
    /** COUNTS numbers per draft, one after another. */
    counts: column(z.number().int().nonnegative()),
    personIds: column(z.array(IdSchema)),
    copyOf: column(IdSchema.nullable()),
  })
  .refine(
    (f) =>
      [
        f.fingerprints,
        f.titles,
        f.bylines,
        f.statuses,
        f.updatedAt,
        f.archivedAt,
        f.trashedAt,
        f.auditHeads,
        f.currentRevisionIds,
        f.personIds,
        f.copyOf,
      ].every((c) => c.length === f.ids.length) && f.counts.length === f.ids.length * COUNTS.length,
    { message: 'its columns are not all the same length' },
  )
type IndexFile = z.infer<typeof IndexFileSchema>

function toFile(entries: ReadonlyMap<string, IndexEntry>): IndexFile {
  const f: IndexFile = {
    schemaVersion: INDEX_VERSION,
    ids: [],
    fingerprints: [],
    titles: [],
    bylines: [],
    statuses: [],
    updatedAt: [],
    archivedAt: [],
    trashedAt: [],
    auditHeads: [],
    currentRevisionIds: [],
    counts: [],
    personIds: [],
    copyOf: [],
  }
  for (const [id, e] of entries) {
    const r = e.row
    f.ids.push(id)
    f.fingerprints.push(e.fingerprint)
    f.titles.push(r.title)
    f.bylines.push(r.byline)
    f.statuses.push(r.status)
    f.updatedAt.push(r.updatedAt)
    f.archivedAt.push(r.archivedAt)
    f.trashedAt.push(r.trashedAt)
    f.auditHeads.push(e.auditHead)
    f.currentRevisionIds.push(e.currentRevisionId)
    f.counts.push(
      r.revisionCount,
      e.attachments,
      r.claims.total,
      r.claims.needsRecheck,
      r.claims.orphaned,
      ...VERDICTS.map((v) => r.claims.byVerdict[v] ?? 0),
    )
    f.personIds.push([...e.personIds])
    f.copyOf.push(e.copyOf)
  }
  return f
}

function fromFile(f: IndexFile): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>()
  const k = COUNTS.length
  f.ids.forEach((id, i) => {
    const n = (j: number) => f.counts[i * k + j] as number
    const byVerdict: Record<string, number> = {}
    VERDICTS.forEach((v, j) => {
      if (n(5 + j) > 0) byVerdict[v] = n(5 + j)
    })
    out.set(id, {
      fingerprint: f.fingerprints[i] as string,
      row: {
        id,
        title: f.titles[i] as string,
        byline: f.bylines[i] as string,
        status: f.statuses[i] as IndexEntry['row']['status'],
        updatedAt: f.updatedAt[i] as string,
        revisionCount: n(0),
        archivedAt: f.archivedAt[i] ?? null,
        trashedAt: f.trashedAt[i] ?? null,
        claims: { total: n(2), byVerdict, needsRecheck: n(3), orphaned: n(4) },
      },
      auditHead: f.auditHeads[i] as string,
      currentRevisionId: f.currentRevisionIds[i] as string,
      attachments: n(1),
      personIds: f.personIds[i] ?? [],
      copyOf: f.copyOf[i] ?? null,
    })
  })
  return out
}

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
  private readonly saver = new DelayedWrite(() => this.write(), SAVE_DELAY_MS)

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
        for (const [id, entry] of fromFile(parsed.data)) this.entries.set(id, entry)
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
    this.saver.changed()
  }

  /** Writes the index now if it changed; one write at a time, never failing the caller. */
  flush(): Promise<void> {
    return this.saver.flush()
  }

  /** The last write, then no more. */
  close(): Promise<void> {
    return this.saver.close()
  }

  private async write(): Promise<void> {
    await mkdir(join(this.dir, 'cache'), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify(toFile(this.entries)))
  }
}
