import { createHash } from 'node:crypto'
import type { RevisionSpans } from '@shared/channels/revisions'
import type { Library } from '../library'
import { listPeople } from '../people/service'
import { ComputePool } from '../workers/pool'
import { readingShares, type ReadingShare } from './shared-reading'
import { nextTurn } from '../workers/turn'
import type { SpansInput } from '../revisions/spans'
import { has, storePacked, textDigest, unpackValue } from './engines'
import { analyseRevision, ANALYSIS_HALVES, preparedKeys, type AnalysisInput } from './prepare'

/**
 * Characters beyond which a draft's analysis always goes to the worker before a list reads it:
 * below it the analysers take at most about 35 ms here once warm (see warmAnalysers), so a ping
 * waits no longer than the host's 50 ms bound; above it they would hold the loop.
 */
const LONG_TEXT = 25_000

/** A short piece that goes through every analyser (quotes, speakers, claims, disclosures). */
const WARM_TEXT = [
  '# Harbour council approves a new ferry',
  'By Ana Ruiz',
  'The council voted 7 to 2 on Tuesday to buy a second ferry for £4.2 million.',
  '“It will halve the wait in summer,” said Tomas Reyes, the harbour master. He added that the old boat was 31 years old.',
  'Dr. Ilka Moss, a paid adviser to Corvane Marine, called the design “the safest on the coast”.',
  'This article contains affiliate links; we may earn a commission.',
].join('\n\n')

/**
 * Runs every analyser once over a short piece, here, so the first draft the window opens is
 * not also the one that loads the language model and compiles the analysers (about half a
 * second on the loop, measured in the built host): the hosts call it before they listen.
 */
export function warmAnalysers(): void {
  analyseRevision({ body: WARM_TEXT, people: [], quoteRecords: [], relations: [], subject: '' })
}
/**
 * The analysis workers' young generation: 96 MB, semi-spaces of 32 MB (./workers/pool.ts gives a
 * worker its own over the host's 8 MB, scripts/host-node-flags.js). A long draft's analysis makes
 * millions of short-lived objects, and with 8 MB semi-spaces the speech half of a
 * 5,000,000-character draft spent 1.8-2.0 s in garbage collection; with these 1.2 s (in process,
 * two runs each, load 7-17; 16 MB: 1.5 s, 64 MB: 0.9-1.0 s). The workers start with the first
 * long draft analysed or compared (a short one is analysed on the main thread), so the host's
 * memory bound at 5,000 short drafts (issue 13) does not see them.
 */
const ANALYSIS_LIMITS = { maxYoungGenerationSizeMb: 96 }

/** Snapshots whose cache keys are remembered, and revisions whose spans are kept. */
const KEPT = 32

/** Keeps at most KEPT entries, the least recently used going first. */
function keep<T>(map: Map<string, T>, key: string, value: T): T {
  map.delete(key)
  map.set(key, value)
  while (map.size > KEPT) map.delete(map.keys().next().value as string)
  return value
}

/** What one revision's analysis reads, and a key for "the same analysis". */
function snapshot(library: Library, draftId: string): { input: AnalysisInput; key: string } {
  const input = library.store.read(draftId, (file, current) => ({
    body: current.body,
    people: [...listPeople(library)],
    quoteRecords: [...file.quotes],
    relations: [...file.draft.relations],
    subject: file.legal.subject,
  }))
  const key = createHash('sha1')
    .update(textDigest(input.body))
    .update(JSON.stringify({ ...input, body: undefined }))
    .digest('hex')
  return { input, key }
}

/**
 * Runs the analysers off the event loop: two worker threads, each running one half of the
 * analysers (./prepare.ts) so a long draft takes about the time of the slower half; one
 * analysis per draft at a time, and a draft's analysis that a newer one of the same draft
 * replaces is stopped. Handlers await `prepare(draftId)`; what it leaves in the cache, their
 * synchronous code then reads at no cost.
 */
export class AnalysisService {
  private readonly pools = ANALYSIS_HALVES.map((half) => ({
    half,
    pool: new ComputePool(ANALYSIS_LIMITS),
  }))
  private readonly running = new Map<string, { key: string; done: Promise<void> }>()
  /**
   * Each snapshot's cache keys, once its quotes are in: working the disclosure key out again
   * merges every quote record with the text (about 100 ms on the loop at 600,000 characters),
   * and every request of an open draft asks.
   */
  private readonly keysOf = new Map<string, readonly string[]>()
  private readonly spansKept = new Map<string, Promise<RevisionSpans>>()

  constructor(private readonly library: Library) {}

  /** Makes sure the current revision's analysis is in the cache (computed on the worker). */
  async prepare(draftId: string): Promise<void> {
    const { input, key } = snapshot(this.library, draftId)
    if (this.prepared(draftId, input, key)) {
      // The window asks for a long draft's quotes, claims, legal view and people at once: each
      // handler's own work then goes on a turn of its own, with pings and timers between them.
      if (input.body.length > LONG_TEXT) await nextTurn()
      return
    }
    const current = this.running.get(draftId)
    // Requests waiting on one analysis go on one turn of the loop each, not all in one.
    if (current?.key === key) return current.done.then(nextTurn)
    // The draft changed while its analysis ran: that analysis is worth nothing now. The new run
    // is recorded before the old one is stopped, so the requests that ask meanwhile (the window
    // asks for four tabs at once) wait for it instead of each starting one of their own.
    const stopped = current
      ? Promise.all(this.pools.map((p) => p.pool.restart(`superseded:${draftId}`)))
      : Promise.resolve()
    const done = stopped
      .then(() => this.run(draftId, input, key))
      .finally(() => {
        if (this.running.get(draftId)?.done === done) this.running.delete(draftId)
      })
    this.running.set(draftId, { key, done })
    return done.then(nextTurn)
  }

  /** Whether the current revision's analysis is already in the cache. */
  isReady(draftId: string): boolean {
    const { input, key } = snapshot(this.library, draftId)
    return this.prepared(draftId, input, key)
  }

  /**
   * The quotes (with speakers) and disclosures of any revision, worked out on an analysis worker
   * and kept by their inputs. Never on the loop: a past revision of a long draft takes seconds.
   */
  spans(input: SpansInput): Promise<RevisionSpans> {
    const key = createHash('sha1')
      .update(textDigest(input.body))
      .update(JSON.stringify({ ...input, body: undefined }))
      .digest('hex')
    const kept = this.spansKept.get(key)
    if (kept) return keep(this.spansKept, key, kept)
    const { pool } = this.pools[0] as (typeof this.pools)[number]
    const run = async (): Promise<RevisionSpans> => {
      for (;;) {
        try {
          // Read a part per turn of the loop: a long draft's spans are tens of thousands.
          return (await unpackValue(
            await pool.run('spans', { input }, false),
            nextTurn,
          )) as RevisionSpans
        } catch (e) {
          // Stopped for a draft's newer analysis: the spans are still wanted, so they go again.
          if (e instanceof Error && e.message.startsWith('superseded:')) continue
          throw e
        }
      }
    }
    const value = run()
    value.catch(() => this.spansKept.get(key) === value && this.spansKept.delete(key))
    return keep(this.spansKept, key, value)
  }

  /**
   * Whether working out this draft's analysis here would hold the loop: a long current text
   * (over about 10,000 words) not analysed yet. A short one takes milliseconds where it is.
   */
  wouldBlock(draftId: string): boolean {
    const { input, key } = snapshot(this.library, draftId)
    return input.body.length > LONG_TEXT && !this.prepared(draftId, input, key)
  }

  /** Whether the snapshot's results are all in the cache; its keys are worked out once. */
  private prepared(draftId: string, input: AnalysisInput, key: string): boolean {
    const known = this.keysOf.get(key)
    if (known) return known.every(has)
    // Its analysis is still running (or its results still being read in): not yet, and the
    // keys come with the results. Working them out here merges every quote and hashes the
    // disclosure input, 20-45 ms of the loop at 5,000,000 characters, each time the window
    // asks whether the draft is ready while the last results are read in.
    if (this.running.get(draftId)?.key === key) return false
    const found = preparedKeys(input)
    if (!found) return false
    keep(this.keysOf, key, found)
    return found.every(has)
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.pool.close()))
  }

  private async run(draftId: string, input: AnalysisInput, key: string): Promise<void> {
    // A long text's sentences are read once, by the two threads together (./shared-reading.ts).
    const shares = input.body.length > LONG_TEXT ? readingShares() : null
    const halves = await Promise.all(
      this.pools.map(({ half, pool }, k) =>
        this.runHalf(draftId, input, half, pool, shares?.[k] ?? null),
      ),
    )
    // The workers worked out the cache keys as they analysed: kept for this snapshot, so no
    // request works them out again here (the disclosure key merges every quote with the
    // reviewer's records: about 100 ms on the loop at 5,000,000 characters).
    if (halves.every((keys) => keys !== null)) keep(this.keysOf, key, halves.flat())
  }

  private async runHalf(
    draftId: string,
    input: AnalysisInput,
    half: (typeof ANALYSIS_HALVES)[number],
    pool: ComputePool,
    share: ReadingShare | null,
  ): Promise<string[] | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // Shared on the first attempt only: a port moves to its thread once, and a run the
        // stopped thread had claimed is read by the other after a wait.
        const shared = attempt === 0 && share ? share : null
        const entries = await pool.run(
          'analyse',
          { input, half, ...(shared ? { share: shared } : {}) },
          { fallback: false, transfer: shared ? [shared.port] : [] },
        )
        await storePacked(entries, nextTurn, input.body)
        return entries.map((e) => e.key)
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e)
        // Stopped for another draft's newer analysis: this one still counts, so it goes again.
        if (why.startsWith('superseded:') && why !== `superseded:${draftId}`) continue
        if (why === `superseded:${draftId}`) return null
        // The worker failed: the handler's own code computes what is missing, here.
        console.error('Galley could not analyse a draft on its worker thread.', e)
        return null
      }
    }
    return null
  }
}
