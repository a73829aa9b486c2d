import { createHash } from 'node:crypto'
import type { Library } from '../library'
import { listPeople } from '../people/service'
import { ComputePool } from '../workers/pool'
import { nextTurn } from '../workers/turn'
import { store } from './engines'
import { ANALYSIS_HALVES, isPrepared, type AnalysisInput } from './prepare'

/** Characters beyond which a draft's analysis always goes to the worker before a list reads it. */
const LONG_TEXT = 60_000

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
    .update(input.body)
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
  private readonly pools = ANALYSIS_HALVES.map((half) => ({ half, pool: new ComputePool() }))
  private readonly running = new Map<string, { key: string; done: Promise<void> }>()

  constructor(private readonly library: Library) {}

  /** Makes sure the current revision's analysis is in the cache (computed on the worker). */
  async prepare(draftId: string): Promise<void> {
    const { input, key } = snapshot(this.library, draftId)
    if (isPrepared(input)) return
    const current = this.running.get(draftId)
    // Requests waiting on one analysis go on one turn of the loop each, not all in one.
    if (current?.key === key) return current.done.then(nextTurn)
    // The draft changed while its analysis ran: that analysis is worth nothing now.
    if (current) await Promise.all(this.pools.map((p) => p.pool.restart(`superseded:${draftId}`)))
    const done = this.run(draftId, input).finally(() => {
      if (this.running.get(draftId)?.done === done) this.running.delete(draftId)
    })
    this.running.set(draftId, { key, done })
    return done.then(nextTurn)
  }

  /** Whether the current revision's analysis is already in the cache. */
  isReady(draftId: string): boolean {
    return isPrepared(snapshot(this.library, draftId).input)
  }

  /**
   * Whether working out this draft's analysis here would hold the loop: a long current text
   * (over about 10,000 words) not analysed yet. A short one takes milliseconds where it is.
   */
  wouldBlock(draftId: string): boolean {
    const { input } = snapshot(this.library, draftId)
    return input.body.length > LONG_TEXT && !isPrepared(input)
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.pool.close()))
  }

  private async run(draftId: string, input: AnalysisInput): Promise<void> {
    await Promise.all(this.pools.map(({ half, pool }) => this.runHalf(draftId, input, half, pool)))
  }

  private async runHalf(
    draftId: string,
    input: AnalysisInput,
    half: (typeof ANALYSIS_HALVES)[number],
    pool: ComputePool,
  ): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        store(await pool.run('analyse', { input, half }, false))
        return
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e)
        // Stopped for another draft's newer analysis: this one still counts, so it goes again.
        if (why.startsWith('superseded:') && why !== `superseded:${draftId}`) continue
        if (why === `superseded:${draftId}`) return
        // The worker failed: the handler's own code computes what is missing, here.
        console.error('Galley could not analyse a draft on its worker thread.', e)
        return
      }
    }
  }
}
