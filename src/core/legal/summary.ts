import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { canonicalJson } from '@shared/audit/chain'
import type { DraftSummary } from '@shared/domain'
import { sha256 } from '../ids'
import type { AnalysisService } from '../analysis/service'
import type { Library } from '../library'
import { listPeople } from '../people/service'
import { isTempName, writeFileAtomic } from '../storage/atomic'
import { DelayedWrite } from '../storage/delayed-write'
import { readLibraryFile } from '../storage/safe-read'
import type { DraftStore } from '../store/draft-store'
import { ComputePool } from '../workers/pool'
import type { ReadinessTaskArgs } from './readiness-task'
import { listReadiness } from './view'

type Readiness = NonNullable<DraftSummary['readiness']>
type Cached = { readonly key: string; readonly value: Readiness }

/**
 * Bump when what readiness means changes (rules, severities): answers kept on disk by an older
 * Galley are then worked out again. The app's version is checked too.
 */
const READINESS_RULES = 2

/** Where list readiness is kept between runs: derived data, safe to delete. */
export const READINESS_CACHE = join('cache', 'readiness.json')

const CacheFileSchema = z.object({
  schemaVersion: z.literal(1),
  rules: z.literal(READINESS_RULES),
  appVersion: z.string(),
  drafts: z.record(
    z.string(),
    z.object({
      key: z.string(),
      fingerprint: z.string().min(1),
      ready: z.boolean(),
      blocking: z.number().int().nonnegative(),
    }),
  ),
})

/** Time a list request may spend working out readiness; the rest follows in the background. */
const LIST_BUDGET_MS = 40
/**
 * The background pass waits this long after the last list request before its next draft: a
 * window that has just asked for its list is still loading its code and asking for the rest
 * (main serves both on the same thread), and those go first.
 */
const QUIET_MS = 1_000
/**
 * How long, in all, the pass holds back for lists: a window that asks for its list more often
 * than once a second (or a script that polls it) would otherwise hold it back for ever.
 */
const HOLD_BUDGET_MS = 3_000
/** A change to the answers is written this long after the last one (and when the core closes). */
const SAVE_DELAY_MS = 500
/**
 * Drafts from which a background pass runs on a worker thread of its own: a big library's first
 * pass reads and checks thousands of drafts, and the garbage that makes grows a heap to several
 * times what it holds (main's went to about 650 MB at 5,000 drafts for 65 MB live). A worker's
 * heap is capped (PASS_LIMITS) and given back whole when the pass ends. A few drafts are worked
 * out here: starting the worker (loading the checks) costs more than they do.
 */
const WORKER_FROM = 16
/**
 * The pass worker's heap: what the checks of a draft of the import limit's size need is above
 * this; such a draft makes the worker run out of memory, and it is worked out here instead.
 */
const PASS_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 }
/** Pass workers that may fail (crash, run out of memory) before the rest is worked out here. */
const WORKER_TRIES = 3

/** Each draft's publish readiness as last worked out, kept on disk between runs. */
export class ReadinessIndex {
  readonly answers = new Map<string, Cached>()
  filling: Promise<void> | null = null
  /** When a list last asked for readiness (performance.now()). */
  askedAt = 0
  /** The library is closing or closed: a background pass stops. */
  closed = false
  /** How many drafts a background pass needs to run on a worker thread (tests set it). */
  workerFrom = WORKER_FROM
  /** The pass worker's heap caps (tests set them). */
  workerLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } = PASS_LIMITS
  /** Told, with a sentence, when a pass worker failed (the pass goes on here). */
  onWorkerFailed: (sentence: string, error: unknown) => void = (sentence, error) =>
    console.error(sentence, error)
  /** Drafts whose readiness background passes worked out on their worker, and here. */
  readonly worked = { worker: 0, here: 0 }
  /** The running pass's worker thread, if it has one. */
  private worker: ComputePool | null = null
  private readonly saver = new DelayedWrite(() => this.write(), SAVE_DELAY_MS)

  constructor(
    private readonly dir: string,
    private readonly drafts: Pick<DraftStore, 'fingerprint' | 'loadedFingerprint'>,
    private readonly appVersion: string,
  ) {}

  private get file(): string {
    return join(this.dir, READINESS_CACHE)
  }

  /**
   * Takes the answers a previous run kept, for drafts whose file is byte for byte the one they
   * were worked out for (same size and modification time), so a file changed by hand while
   * Galley was closed is checked again. A missing, unreadable or outdated cache is ignored: it is
   * only ever derived from the drafts, and is written afresh.
   */
  async load(): Promise<void> {
    const dir = join(this.dir, 'cache')
    try {
      // Leftovers of a write a crash interrupted.
      for (const name of await readdir(dir)) {
        if (isTempName(name)) await unlink(join(dir, name)).catch(() => undefined)
      }
      // Only a regular file is read (a FIFO or a link to a device is ignored like a bad cache).
      const bytes = await readLibraryFile(this.file)
      if (bytes === null) return
      const parsed = CacheFileSchema.safeParse(JSON.parse(bytes.toString('utf8')))
      if (!parsed.success || parsed.data.appVersion !== this.appVersion) return
      for (const [id, entry] of Object.entries(parsed.data.drafts)) {
        if (this.drafts.loadedFingerprint(id) !== entry.fingerprint) continue
        this.answers.set(id, {
          key: entry.key,
          value: { ready: entry.ready, blocking: entry.blocking },
        })
      }
    } catch {
      // No cache yet, or not readable: every draft is worked out again.
    }
  }

  changed(): void {
    this.saver.changed()
  }

  /** Writes the answers now if any changed; one write at a time, never failing the caller. */
  flush(): Promise<void> {
    return this.saver.flush()
  }

  /** The last write, then no more: the library's lock is about to be let go. */
  async close(): Promise<void> {
    this.closed = true
    // A pass's worker stops now (its draft in hand is dropped), not after its draft.
    await this.stopWorker('the library closed')
    return this.saver.close()
  }

  /** A new worker thread for the pass (the one before, if any, stopped). */
  async startWorker(): Promise<ComputePool> {
    await this.stopWorker('replaced')
    // A background pass: ten steps of priority below the main thread.
    this.worker = new ComputePool(this.workerLimits, 10)
    return this.worker
  }

  /** Ends the pass's worker thread: its heap is given back whole. */
  async stopWorker(why: string): Promise<void> {
    const w = this.worker
    this.worker = null
    await w?.restart(why)
  }

  private async write(): Promise<void> {
    const drafts: z.infer<typeof CacheFileSchema>['drafts'] = {}
    for (const [id, { key, value }] of this.answers) {
      // The file as it is on disk now: if a write of it is still under way, its key will not
      // match what the next run reads, and that draft is simply worked out again.
      const fingerprint = await this.drafts.fingerprint(id)
      if (fingerprint) drafts[id] = { key, fingerprint, ...value }
    }
    await mkdir(join(this.dir, 'cache'), { recursive: true })
    const data: z.infer<typeof CacheFileSchema> = {
      schemaVersion: 1,
      rules: READINESS_RULES,
      appVersion: this.appVersion,
      drafts,
    }
    await writeFileAtomic(this.file, JSON.stringify(data))
  }
}

/** The people register as it bears on readiness (key order does not matter: kept on disk). */
function peopleKey(library: Library): string {
  return sha256(canonicalJson(listPeople(library)))
}

/** What a draft's readiness depends on; a new key means it is worked out again. */
function cacheKey(library: Library, id: string, people: string): string {
  // From the library index, so a draft not in memory is not read to list it.
  const entry = library.store.index.get(id)
  if (!entry) throw new Error(`draft ${id} is not in the library index`)
  return `${entry.auditHead}|${entry.currentRevisionId}|${entry.attachments}|${entry.row.status}|${people}`
}

async function workOut(library: Library, id: string, key: string): Promise<Cached> {
  return { key, value: await library.store.using([id], () => listReadiness(library, id)) }
}

/**
 * Adds publish readiness (ready, and how many items block) to library list rows. Each draft's
 * answer is kept until its audit head, current revision, attachments or the people register
 * change, so listing again after an unrelated change does not re-run the checks; answers are
 * also kept on disk (`cache/readiness.json`), so the next start lists at once. A list request
 * spends at most LIST_BUDGET_MS working answers out: a big library opening cold lists at once,
 * and the rows left without readiness get it in the background, after which `onFilled` asks
 * for a reload.
 */
export async function withReadiness(
  library: Library,
  rows: readonly DraftSummary[],
  onFilled: () => void = () => undefined,
  /** The analysis worker: a draft whose analysis is not ready yet is filled in later. */
  analysis?: Pick<AnalysisService, 'prepare' | 'wouldBlock'>,
): Promise<DraftSummary[]> {
  const started = performance.now()
  const index = library.readiness
  index.askedAt = started
  const later: string[] = []
  const people = peopleKey(library)
  const out: DraftSummary[] = []
  for (const row of rows) {
    if (row.trashedAt !== null) {
      out.push(row)
      continue
    }
    try {
      const key = cacheKey(library, row.id, people)
      let hit = index.answers.get(row.id)
      // Over budget, the draft not in memory, or its analysis still to run: the list does not
      // wait for it.
      if (
        hit?.key !== key &&
        (performance.now() - started > LIST_BUDGET_MS ||
          !library.store.inMemory(row.id) ||
          analysis?.wouldBlock(row.id))
      ) {
        later.push(row.id)
        out.push(row)
        continue
      }
      if (hit?.key !== key) {
        hit = await workOut(library, row.id, key)
        index.answers.set(row.id, hit)
        index.changed()
      }
      out.push({ ...row, readiness: hit.value })
    } catch {
      out.push(row) // a draft that cannot be analysed still lists
    }
  }
  if (later.length > 0 && !index.filling) {
    index.filling = fillLater(library, index, later, analysis)
      .then(onFilled)
      .finally(() => (index.filling = null))
  }
  return out
}

/** How long the background pass still waits after the last list request. */
const quietLeft = (index: ReadinessIndex) => index.askedAt + QUIET_MS - performance.now()

/** What the pass's worker reads besides the draft's file (../workers/tasks.ts `readiness`). */
function taskArgs(library: Library, draftId: string): ReadinessTaskArgs {
  return {
    dir: library.dir,
    draftId,
    people: library.people.data.people,
    roster: library.team.roster,
    suggestionsBlockReadiness: library.settings.data.suggestionsBlockReadiness === true,
  }
}

/**
 * Works out readiness for the drafts a list left without it, one draft at a time, each on a turn
 * of the event loop of its own, nothing kept but the answer. From WORKER_FROM drafts the pass
 * runs on a worker thread of its own with a capped heap (reading each draft's file with the
 * library's validated reader), ended when the pass ends; only the answers come back. A draft
 * the worker cannot read or check, and every draft once the worker has failed WORKER_TRIES
 * times, is worked out here, as a few drafts are: a short draft's checks run here
 * (milliseconds: the analysis workers are not started for them); a long one's analysis goes to
 * the analysis worker first, as when it is opened.
 */
async function fillLater(
  library: Library,
  index: ReadinessIndex,
  ids: readonly string[],
  analysis?: Pick<AnalysisService, 'prepare' | 'wouldBlock'>,
) {
  let held = 0
  let failures = 0
  let worker = ids.length >= index.workerFrom ? await index.startWorker() : null
  try {
    for (const id of ids) {
      await new Promise((r) => setImmediate(r))
      // The window's own requests first: a list asked for lately holds the pass back, for at
      // most HOLD_BUDGET_MS over the whole pass.
      for (let w = quietLeft(index); w > 0 && held < HOLD_BUDGET_MS; w = quietLeft(index)) {
        const from = performance.now()
        await new Promise((r) => setTimeout(r, Math.min(w, HOLD_BUDGET_MS - held)).unref())
        held += performance.now() - from
      }
      // A library closed meanwhile (the app quit or opened another): the pass is worth nothing.
      if (index.closed) return
      try {
        const people = peopleKey(library)
        const key = cacheKey(library, id, people)
        if (index.answers.get(id)?.key === key) continue
        if (worker) {
          const args = taskArgs(library, id)
          try {
            const value = await worker.run('readiness', args, false)
            // Kept only if nothing it was worked out from changed meanwhile (else the next list
            // asks again).
            const now = taskArgs(library, id)
            if (
              !index.closed &&
              cacheKey(library, id, peopleKey(library)) === key &&
              now.suggestionsBlockReadiness === args.suggestionsBlockReadiness
            ) {
              index.answers.set(id, { key, value })
              index.worked.worker++
              index.changed()
            }
            continue
          } catch (e) {
            if (index.closed) return
            if (worker.failed) {
              failures++
              const rest =
                failures < WORKER_TRIES
                  ? 'that draft is worked out in the main process and a new worker goes on with the rest'
                  : 'the rest is worked out in the main process, a draft at a time'
              index.onWorkerFailed(
                `Galley's worker thread for the library list's readiness stopped (${e instanceof Error ? e.message : String(e)}); ${rest}.`,
                e,
              )
              worker = failures < WORKER_TRIES ? await index.startWorker() : null
              if (!worker) await index.stopWorker('given up')
            }
            // A draft it could not read or check: read here (quarantined if it cannot be read).
          }
        }
        await library.store.using([id], async () => {
          if (analysis?.wouldBlock(id)) await analysis.prepare(id)
          index.answers.set(id, await workOut(library, id, cacheKey(library, id, people)))
        })
        index.worked.here++
        index.changed()
      } catch {
        // Deleted or unreadable meanwhile: it lists without readiness.
      }
    }
  } finally {
    if (worker) await index.stopWorker('the pass is done')
  }
}
