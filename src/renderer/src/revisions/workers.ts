// The compare workers: one for the diff, one for each side's Markdown marks, each a script of
// its own. Kept out of the comparison's code (which carries the diff engine) so that the draft
// view can start the diff's worker ahead of need (./prepare.ts). Before, a worker started
// when the comparison asked for it, and its start (fetching, parsing and running its script)
// was 35-190 ms of the window's wait for the diff on this 2-core machine (load 4-6).
import type { CompareAnswer, DiffRequest, MarksRequest } from './protocol'

/** Pairs longer than this together (characters) are compared on the workers. */
export const LONG_PAIR = 120_000

/** Which worker: the diff's, or the marks' of the old or the new side. */
export type Slot = 'diff' | 'old' | 'new'

const workers = new Map<Slot, Worker>()
/** Each job waiting for its answer: how it settles, and the worker it was given to. */
const waiting = new Map<number, { settle: (a: CompareAnswer) => void; worker: Worker }>()
let nextId = 1

function create(slot: Slot): Worker {
  // Literal addresses: the bundler makes a script of each.
  return slot === 'diff'
    ? new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./marks.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * A worker that could not load its script, or failed outside a job (out of memory on a huge
 * pair), answers nothing more: each job given to it settles as an error (the comparison then
 * works the pair out in the window), and the slot's next job starts a new worker.
 */
function failed(slot: Slot, w: Worker, why: string): void {
  if (workers.get(slot) === w) workers.delete(slot)
  w.terminate()
  for (const [id, job] of waiting) {
    if (job.worker !== w) continue
    waiting.delete(id)
    job.settle({ id, error: why })
  }
}

/** The slot's worker, started if it is not yet. */
function startWorker(slot: Slot): Worker {
  let w = workers.get(slot)
  if (!w) {
    const started = create(slot)
    started.onmessage = (e: MessageEvent<CompareAnswer>) => {
      waiting.get(e.data.id)?.settle(e.data)
      waiting.delete(e.data.id)
    }
    started.onerror = (e: ErrorEvent) => {
      e.preventDefault()
      failed(slot, started, `The comparison's worker stopped: ${e.message || 'it could not start'}`)
    }
    started.onmessageerror = () =>
      failed(slot, started, "The comparison's worker sent an answer that could not be read.")
    w = started
    workers.set(slot, w)
  }
  return w
}

/**
 * Runs one job on the slot's worker (started if it is not yet). An error the worker answers, or
 * the worker failing (its script not loading, the worker dying), rejects.
 */
export function ask(slot: 'diff', job: Omit<DiffRequest, 'id'>): Promise<CompareAnswer>
export function ask(slot: 'old' | 'new', job: Omit<MarksRequest, 'id'>): Promise<CompareAnswer>
export function ask(
  slot: Slot,
  job: Omit<DiffRequest, 'id'> | Omit<MarksRequest, 'id'>,
): Promise<CompareAnswer> {
  const w = startWorker(slot)
  return new Promise((resolve, reject) => {
    const id = nextId++
    waiting.set(id, {
      settle: (a) => ('error' in a ? reject(new Error(a.error)) : resolve(a)),
      worker: w,
    })
    w.postMessage({ ...job, id })
  })
}

/** Starts the slot's worker ahead of need, so that its first job does not wait for its start. */
export function prepareWorker(slot: Slot): void {
  startWorker(slot)
}
