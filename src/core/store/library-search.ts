import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { LibraryProblem } from '@shared/domain'
import { writeFileAtomic } from '../storage/atomic'
import { DelayedWrite } from '../storage/delayed-write'
import type { DraftFile } from '../storage/draft-file'
import { quarantine } from '../storage/json-store'
import { readLibraryText } from '../storage/safe-read'
import type { LibraryIndex } from './library-index'
import {
  SEARCH_TERMS_VERSION,
  SearchIndex,
  draftTerms,
  draftTermsStepwise,
  terms,
  type SearchHit,
  type SearchIndexData,
} from './search-index'
import { nextTurn } from '../workers/turn'

/** Where the search index is kept: derived from the drafts, rebuilt when missing. */
export const SEARCH_FILE = join('cache', 'search.json')
const SEARCH_FILE_VERSION = 2

// Columns of plain strings, so checking a file of 100,000 words with zod is one pass over arrays.
const SearchFileSchema = z
  .object({
    schemaVersion: z.literal(SEARCH_FILE_VERSION),
    termsVersion: z.number().int(),
    docIds: z.array(z.string().nullable()),
    docFingerprints: z.array(z.string()),
    words: z.array(z.string()),
    postings: z.array(z.string()),
  })
  .refine(
    (f) => f.docIds.length === f.docFingerprints.length && f.words.length === f.postings.length,
    { message: 'its columns are not the same length' },
  )

/**
 * A full garbage collection, where the host was started with `--expose-gc` (the browser host:
 * scripts/host-node-flags.js); elsewhere nothing. Reading a big library's search index leaves
 * its text (27 MB at 5,000 drafts, with the pieces it was read in: readLibraryText) and the
 * parsed columns as garbage, and V8 may not collect them for minutes while the host is busy:
 * about 80 MB of the host's memory (issue 13). Collected once, here, they are given back at once.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (typeof gc === 'function') gc()
}

/**
 * A kept index this big or bigger is followed by a full collection (collectGarbage). Below it
 * the garbage is a few megabytes that the next collections take anyway, and a full collection
 * stops the loop for as long as it takes to mark the whole heap: about 50 ms with a
 * 5,000,000-character draft open (issue 16).
 */
const COLLECT_AFTER_BYTES = 4 * 1024 * 1024

/** Drafts to read when the index loads that a search waits for (more: read in the background). */
const WAIT_FOR = 100
/** A change is written this long after the last one (the file is large; close writes it too). */
const SAVE_DELAY_MS = 5_000

/**
 * The library's search: an inverted index over each draft's title, text, claims, sources and
 * people (./search-index.ts), kept in `cache/search.json`. It is read after the host has
 * started (or at the first search), then brought up to date with the library index: drafts
 * whose file changed since are read again, one per turn of the event loop, and until they are
 * in, they are found by their title and byline.
 */
export class LibrarySearch {
  private index: SearchIndex | null = null
  private loading: Promise<SearchIndex> | null = null
  /** Drafts whose words are not in the index yet (read in the background). */
  private readonly pending = new Set<string>()
  private catchingUp: Promise<void> | null = null
  private readonly saver = new DelayedWrite(() => this.write(), SAVE_DELAY_MS)
  /** The size of the kept index file as it was read (0 if there was none). */
  private readBytes = 0

  constructor(
    private readonly dir: string,
    private readonly library: LibraryIndex,
    /** A draft's file as it is now (from memory or disk), or null if it cannot be read. */
    private readonly read: (id: string) => Promise<Readonly<DraftFile> | null>,
    /** Told when the kept search index was damaged and moved to quarantine. */
    private readonly onProblem: (problem: LibraryProblem) => void,
    /** Told when drafts read in the background are all in (a search shown may find more now). */
    private readonly onCaughtUp: () => void = () => undefined,
  ) {}

  private get file(): string {
    return join(this.dir, SEARCH_FILE)
  }

  /** Loads the kept index once (later calls share it); the catching up runs in the background. */
  ready(): Promise<SearchIndex> {
    this.loading ??= this.load().then((index) => {
      // Once the file's bytes, text and columns are out of reach (a turn after the read).
      if (this.readBytes >= COLLECT_AFTER_BYTES) setImmediate(collectGarbage).unref()
      this.index = index
      for (const [id, entry] of this.library.entries) {
        if (index.fingerprint(id) !== entry.fingerprint) this.pending.add(id)
      }
      for (const id of [...index.ids()]) if (!this.library.has(id)) index.delete(id)
      this.catchUp()
      // A few drafts to read (a small library, or a few changed since): the search waits for them.
      return this.pending.size <= WAIT_FOR && this.catchingUp
        ? this.catchingUp.then(() => index)
        : index
    })
    return this.loading
  }

  /** Resolves when every draft's words are in the index (tests, the bench). */
  async settled(): Promise<void> {
    await this.ready()
    while (this.catchingUp) await this.catchingUp
  }

  private async load(): Promise<SearchIndex> {
    let reason: string
    try {
      const read = await readLibraryText(this.file)
      if (read === null) return new SearchIndex()
      this.readBytes = read.bytes
      const json = JSON.parse(read.text) as unknown
      const head = json as { schemaVersion?: unknown; termsVersion?: unknown } | null
      if (head?.schemaVersion !== SEARCH_FILE_VERSION || head.termsVersion !== SEARCH_TERMS_VERSION)
        return new SearchIndex() // another Galley's: built again
      const parsed = SearchFileSchema.safeParse(json)
      if (parsed.success) {
        const f = parsed.data
        return SearchIndex.fromData({
          docs: f.docIds.map((id, i) => (id === null ? null : [id, f.docFingerprints[i] ?? ''])),
          terms: f.words.map((w, i) => [w, f.postings[i] ?? '']),
        })
      }
      reason = `it does not have the shape of a search index (${parsed.error.issues[0]?.message ?? 'invalid'})`
    } catch (e) {
      reason = e instanceof SyntaxError ? 'it is not valid JSON' : String((e as Error).message ?? e)
    }
    try {
      this.onProblem(
        await quarantine(
          this.dir,
          this.file,
          `The search index could not be read: ${reason}. Galley moved it aside and is building a new one from the drafts; nothing was lost (the index only repeats what the drafts hold)`,
          { backup: false },
        ),
      )
    } catch {
      // Could not be moved either: it is not used, and replaced on the next save.
    }
    return new SearchIndex()
  }

  private catchUp(): void {
    if (this.catchingUp || this.pending.size === 0) return
    const many = this.pending.size > WAIT_FOR
    this.catchingUp = (async () => {
      while (this.pending.size > 0 && !this.closed) {
        const id = this.pending.values().next().value as string
        await new Promise((r) => setImmediate(r))
        const entry = this.library.get(id)
        if (entry && this.index?.fingerprint(id) !== entry.fingerprint) {
          const file = await this.read(id).catch(() => null)
          // A long draft's words are read a step per turn of the loop (search-index.ts).
          const found = file && (await draftTermsStepwise(file, nextTurn))
          const now = this.library.get(id)
          if (found && now) this.index?.set(id, now.fingerprint, found)
          this.changed()
        }
        // Found by title until here (a draft that cannot be read stays found by title only).
        this.pending.delete(id)
      }
    })().finally(() => {
      this.catchingUp = null
      if (many && !this.closed) this.onCaughtUp()
    })
  }

  /** A draft as just written: its words replace what the index held (once the index is loaded). */
  update(id: string, file: Readonly<DraftFile>, fingerprint: string): void {
    if (!this.index) return // the catching up after loading will read it
    if (this.index.fingerprint(id) === fingerprint) return // the words it has are these
    this.pending.delete(id)
    this.index.set(id, fingerprint, draftTerms(file))
    this.changed()
  }

  /** A draft gone from the library. */
  delete(id: string): void {
    this.pending.delete(id)
    if (!this.index) return
    this.index.delete(id)
    this.changed()
  }

  /**
   * Drafts matching every word of `query`, best first. Drafts whose words are still being read
   * into the index are matched on their title and byline meanwhile.
   */
  async search(query: string): Promise<SearchHit[]> {
    const index = await this.ready()
    const hits = index.search(query)
    if (this.pending.size > 0) {
      const words = terms(query)
      const last = words.length - 1
      const found = new Set(hits.map((h) => h.id))
      for (const id of this.pending) {
        if (found.has(id)) continue
        const row = this.library.get(id)?.row
        if (!row) continue
        const have = terms(`${row.title} ${row.byline}`)
        const all = words.every((w, i) =>
          have.some((h) => (i === last ? h.startsWith(w) : h === w)),
        )
        if (all && words.length > 0) hits.push({ id, score: 1, fields: ['title'] })
      }
    }
    return hits
  }

  private get closed(): boolean {
    return this.saver.closed
  }

  private changed(): void {
    this.saver.changed()
  }

  /** Writes the index now if it changed; one write at a time, never failing the caller. */
  flush(): Promise<void> {
    return this.saver.flush()
  }

  async close(): Promise<void> {
    this.saver.stop()
    await this.catchingUp
    await this.saver.flush()
  }

  private async write(): Promise<void> {
    const index = this.index
    if (!index) return
    // In steps, so a big library's index (27 MB of postings at 5,000 drafts) never holds the
    // loop; a draft put in meanwhile starts it again, and a third such try is made in one go.
    let data: SearchIndexData | null = null
    for (let attempt = 0; attempt < 2 && !data; attempt++)
      data = await index.toDataStepwise(nextTurn)
    data ??= index.toData()
    await mkdir(join(this.dir, 'cache'), { recursive: true })
    await writeFileAtomic(this.file, await searchFileJson(data, nextTurn))
  }
}

/** About how many characters of a column searchFileJson writes per step. */
const JSON_STEP = 500_000

/**
 * The kept file's JSON, the same as JSON.stringify of its object (schemaVersion, termsVersion,
 * docIds, docFingerprints, words, postings), as UTF-8 chunks to write in order: a slice of each
 * long column per step, and never the whole text in one string (27 MB at 5,000 drafts, which
 * with its pieces would have been held twice).
 */
export async function searchFileJson(
  data: SearchIndexData,
  between: () => Promise<void>,
): Promise<Buffer[]> {
  const chunks: Buffer[] = []
  const put = (text: string) => chunks.push(Buffer.from(text, 'utf8'))
  const column = async (items: readonly string[]) => {
    let from = 0
    while (from < items.length) {
      if (from > 0) await between()
      let to = from
      for (let size = 0; to < items.length && size < JSON_STEP; to++)
        size += (items[to] as string).length
      put(`${from > 0 ? ',' : ''}${JSON.stringify(items.slice(from, to)).slice(1, -1)}`)
      from = to
    }
  }
  const head = JSON.stringify({
    schemaVersion: SEARCH_FILE_VERSION,
    termsVersion: SEARCH_TERMS_VERSION,
    docIds: data.docs.map((d) => d?.[0] ?? null),
    docFingerprints: data.docs.map((d) => d?.[1] ?? ''),
  }).slice(0, -1)
  put(`${head},"words":[`)
  await column(data.terms.map((t) => t[0]))
  put('],"postings":[')
  await between()
  await column(data.terms.map((t) => t[1]))
  put(']}')
  return chunks
}
